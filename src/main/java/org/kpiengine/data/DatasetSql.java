package org.kpiengine.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.kpiengine.definition.ColumnType;
import org.kpiengine.definition.DatasetDefinition;
import org.kpiengine.definition.SourceFormat;
import org.kpiengine.definition.SourceOptions;
import org.kpiengine.definition.TimestampKind;

/**
 * The DuckDB SELECT that exposes a dataset's file as a relation, with the reading options and column
 * types its definition declares.
 */
final class DatasetSql {

    private DatasetSql() {
    }

    /** The file as it is, with only the reading options: to learn which columns it has. */
    static String raw(DatasetDefinition dataset) {
        return read(dataset, Map.of(), List.of());
    }

    /** The file with the declared types, as the measures read it. */
    static String select(DatasetDefinition dataset) {
        return read(dataset, types(dataset), List.of());
    }

    /**
     * The declared CSV read with every option the sniffer found spelt out, so that binding a query over it does
     * not sniff the file again: DuckDB otherwise samples the file each time a statement over the relation is
     * prepared, which for a hundred measure checks costs seconds.
     */
    static String pinned(DatasetDefinition dataset, SniffedCsv sniffed) {
        SourceOptions.Csv csv = dataset.options().csv();
        List<String> options = new ArrayList<>();
        options.add("auto_detect = false");
        options.add("header = " + sniffed.header());
        options.add("delim = " + SqlText.literal(sniffed.delimiter()));
        options.add("quote = " + SqlText.literal(sniffed.quote()));
        options.add("escape = " + SqlText.literal(sniffed.escape()));
        options.add("new_line = " + SqlText.literal(sniffed.newLine()));
        options.add("comment = " + SqlText.literal(sniffed.comment()));
        options.add("skip = " + sniffed.skipRows());
        if (csv.encoding() != null) {
            options.add("encoding = " + SqlText.literal(csv.encoding().spelling()));
        }
        String dateFormat = csv.dateFormat() != null ? csv.dateFormat() : sniffed.dateFormat();
        if (dateFormat != null) {
            options.add("dateformat = " + SqlText.literal(dateFormat));
        }
        String timestampFormat = csv.timestampFormat() != null ? csv.timestampFormat() : sniffed.timestampFormat();
        if (timestampFormat != null) {
            options.add("timestampformat = " + SqlText.literal(timestampFormat));
        }
        if (!csv.nullValues().isEmpty()) {
            options.add("nullstr = " + csv.nullValues().stream().map(SqlText::literal)
                    .collect(Collectors.joining(", ", "[", "]")));
        }
        Map<String, String> declared = new LinkedHashMap<>();
        types(dataset).forEach((column, type) -> declared.put(column, type.sqlName()));
        options.add("columns = " + sniffed.columnsTyped(declared).entrySet().stream()
                .map(entry -> SqlText.literal(entry.getKey()) + ": " + SqlText.literal(entry.getValue()))
                .collect(Collectors.joining(", ", "{", "}")));
        return "SELECT * FROM read_csv(" + SqlText.literal(dataset.path().toString()) + ", " + String.join(", ", options)
                + ")";
    }

    /** The arguments of {@code sniff_csv} that make it read the file as {@link #raw} does. */
    static String sniffArguments(DatasetDefinition dataset) {
        List<String> options = csvOptions(dataset.options().csv());
        options.remove("auto_detect = true");
        return SqlText.literal(dataset.path().toString()) + ", " + String.join(", ", options);
    }

    /** The declared read, keeping the rows it rejects in the named tables (CSV only). */
    static String selectStoringRejects(DatasetDefinition dataset, String rejectsTable, String rejectsScan) {
        return read(dataset, types(dataset), List.of("store_rejects = true",
                "rejects_table = " + SqlText.literal(rejectsTable), "rejects_scan = " + SqlText.literal(rejectsScan)));
    }

    /**
     * The declared types; in a CSV file the time column is read as a timestamp unless declared
     * otherwise, so that a value that is no time is caught by the reader, with its line, rather than
     * leaving the whole column as text.
     */
    private static Map<String, ColumnType> types(DatasetDefinition dataset) {
        if (dataset.format() != SourceFormat.CSV || dataset.columnTypes().containsKey(dataset.timeColumn())) {
            return dataset.columnTypes();
        }
        Map<String, ColumnType> types = new LinkedHashMap<>(dataset.columnTypes());
        types.put(dataset.timeColumn(), dataset.timestamps() == TimestampKind.WITH_OFFSET ? ColumnType.TIMESTAMPTZ
                : ColumnType.TIMESTAMP);
        return types;
    }

    private static String read(DatasetDefinition dataset, Map<String, ColumnType> types, List<String> more) {
        String path = SqlText.literal(dataset.path().toString());
        return switch (dataset.format()) {
            case CSV -> {
                List<String> options = csvOptions(dataset.options().csv());
                if (!types.isEmpty()) {
                    options.add("types = " + csvTypes(types));
                }
                options.addAll(more);
                yield "SELECT * FROM read_csv(" + path + ", " + String.join(", ", options) + ")";
            }
            case PARQUET -> "SELECT *" + replaceCasts(types) + " FROM read_parquet(" + path + ")";
            case JSONL -> "SELECT *" + replaceCasts(types) + " FROM read_json(" + path
                    + ", format = 'newline_delimited')";
            case JDBC, TABLE -> throw new IllegalArgumentException("dataset " + dataset.id() + " is not a file");
        };
    }

    private static List<String> csvOptions(SourceOptions.Csv csv) {
        List<String> options = new ArrayList<>();
        options.add("header = " + (csv.header() == null || csv.header()));
        options.add("auto_detect = true");
        if (csv.delimiter() != null) {
            options.add("delim = " + SqlText.literal(csv.delimiter().toString()));
        }
        if (csv.quote() != null) {
            options.add("quote = " + SqlText.literal(csv.quote().toString()));
        }
        if (csv.encoding() != null) {
            options.add("encoding = " + SqlText.literal(csv.encoding().spelling()));
        }
        if (csv.dateFormat() != null) {
            options.add("dateformat = " + SqlText.literal(csv.dateFormat()));
        }
        if (csv.timestampFormat() != null) {
            options.add("timestampformat = " + SqlText.literal(csv.timestampFormat()));
        }
        if (!csv.nullValues().isEmpty()) {
            options.add("nullstr = " + csv.nullValues().stream().map(SqlText::literal)
                    .collect(Collectors.joining(", ", "[", "]")));
        }
        return options;
    }

    private static String csvTypes(Map<String, ColumnType> types) {
        return types.entrySet().stream()
                .map(entry -> SqlText.literal(entry.getKey()) + ": " + SqlText.literal(entry.getValue().sqlName()))
                .collect(Collectors.joining(", ", "{", "}"));
    }

    private static String replaceCasts(Map<String, ColumnType> types) {
        if (types.isEmpty()) {
            return "";
        }
        return types.entrySet().stream()
                .map(entry -> "CAST(" + SqlText.identifier(entry.getKey()) + " AS " + entry.getValue().sqlName() + ") AS "
                        + SqlText.identifier(entry.getKey()))
                .collect(Collectors.joining(", ", " REPLACE (", ")"));
    }
}
