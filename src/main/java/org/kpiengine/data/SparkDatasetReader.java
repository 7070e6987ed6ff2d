package org.kpiengine.data;

import java.util.Map;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.kpiengine.definition.DatasetDefinition;
import org.kpiengine.definition.SourceOptions;
import org.kpiengine.error.ProblemCollector;

/**
 * Reads a dataset's file or folder with Spark's own readers and the dataset's reading options. A CSV
 * option Spark cannot honour is refused with a sentence rather than read differently.
 */
final class SparkDatasetReader {

    private static final Map<SourceOptions.Encoding, String> CHARSETS = Map.of(
            SourceOptions.Encoding.UTF_8, "UTF-8", SourceOptions.Encoding.UTF_16, "UTF-16",
            SourceOptions.Encoding.LATIN_1, "ISO-8859-1");

    private final SparkSession session;

    SparkDatasetReader(SparkSession session) {
        this.session = session;
    }

    /** Whether Spark can read the dataset as declared; if not, says why. */
    boolean supports(DatasetDefinition dataset, ProblemCollector problems) {
        String what = "dataset '" + dataset.id() + "'";
        SourceOptions options = dataset.options();
        long before = problems.errorCount();
        if (options.onBadRows() == SourceOptions.BadRows.SKIP) {
            problems.error(dataset.location(), what + ": 'on_bad_rows: skip' cannot be counted exactly on Spark, which "
                    + "drops bad rows without a count; correct the rows, or run this dataset on 'engine: duckdb'");
        }
        if (options.csv().nullValues().size() > 1) {
            problems.error(dataset.location(), what + ": Spark reads one null marker per CSV file, but 'null_values' "
                    + "lists " + options.csv().nullValues().size() + "; keep one of " + String.join(", ",
                    options.csv().nullValues()) + ", or run this dataset on 'engine: duckdb'");
        }
        for (String format : new String[] {options.csv().dateFormat(), options.csv().timestampFormat()}) {
            if (format != null) {
                if (StrptimePattern.toJava(format).isEmpty()) {
                    problems.error(dataset.location(), what + ": the format '" + format + "' uses a % code that Spark "
                            + "cannot read; use %Y, %y, %m, %d, %H, %I, %M, %S, %f, %p, %b, %B, %j or %z");
                }
            }
        }
        return problems.errorCount() == before;
    }

    Dataset<Row> read(DatasetDefinition dataset) {
        String path = dataset.path() != null ? dataset.path().toString() : dataset.options().location();
        return switch (dataset.format()) {
            case CSV -> csv(dataset.options().csv()).csv(path);
            case PARQUET -> session.read().parquet(path);
            case JSONL -> session.read().json(path);
            case TABLE -> session.table(dataset.options().catalogTable());
            case JDBC -> throw new IllegalArgumentException("dataset " + dataset.id() + " is read in its database");
        };
    }

    private DataFrameReader csv(SourceOptions.Csv csv) {
        char quote = csv.quote() == null ? '"' : csv.quote();
        DataFrameReader reader = session.read()
                .option("header", csv.header() == null || csv.header())
                .option("inferSchema", true)
                .option("mode", "FAILFAST")
                .option("quote", String.valueOf(quote))
                // a quote inside a quoted value is doubled, as DuckDB and RFC 4180 read it
                .option("escape", String.valueOf(quote));
        if (csv.delimiter() != null) {
            reader = reader.option("sep", csv.delimiter().toString());
        }
        if (csv.encoding() != null) {
            reader = reader.option("encoding", CHARSETS.get(csv.encoding()));
        }
        if (csv.dateFormat() != null) {
            reader = reader.option("dateFormat", StrptimePattern.toJava(csv.dateFormat()).orElseThrow());
        }
        if (csv.timestampFormat() != null) {
            reader = reader.option("timestampFormat", StrptimePattern.toJava(csv.timestampFormat()).orElseThrow());
        }
        if (!csv.nullValues().isEmpty()) {
            reader = reader.option("nullValue", csv.nullValues().get(0));
        }
        return reader;
    }
}
