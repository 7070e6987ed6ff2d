package org.kpiengine.bench;

import java.util.HashMap;
import java.util.Map;
import org.kpiengine.data.MeasureRow;

/**
 * The figures of the library run on Spark beside DuckDB: both aggregation times, their ratio, rows per
 * second, and whether every figure agrees with DuckDB's.
 */
final class SparkFigures {

    private SparkFigures() {
    }

    static void add(Figures figures, String master, long rowsRead, TimedMeasureSource duckdb, TimedMeasureSource cold,
                    long coldAttachNanos, TimedMeasureSource warm, long warmAttachNanos) {
        figures.section("spark", "spark, the same library beside DuckDB (" + master + ")");
        figures.millis("attach_cold", "Spark: attach datasets, first run (context start, CSV schema inference)",
                coldAttachNanos);
        figures.millis("attach_warm", "Spark: attach datasets, second run (CSV schema inference)", warmAttachNanos);
        figures.millis("aggregation_duckdb", "DuckDB: data aggregation, warm", duckdb.totalNanos());
        figures.millis("aggregation_cold", "Spark: data aggregation, first run", cold.totalNanos());
        figures.millis("aggregation_warm", "Spark: data aggregation, second run", warm.totalNanos());
        figures.millis("measure_queries_warm", "Spark: measure queries only, second run", warm.aggregateNanos());
        figures.add("rows_per_second_duckdb", "DuckDB: rows per second", perSecond(rowsRead, duckdb.totalNanos()), "rows/s");
        figures.add("rows_per_second", "Spark: rows per second, second run", perSecond(rowsRead, warm.totalNanos()),
                "rows/s");
        figures.ratio("ratio_warm", "Spark aggregation / DuckDB aggregation, warm",
                warm.totalNanos() / (double) duckdb.totalNanos());
        figures.ratio("ratio_cold", "Spark aggregation / DuckDB aggregation, Spark's first run",
                cold.totalNanos() / (double) duckdb.totalNanos());
        Map<String, Double> expected = values(duckdb);
        Map<String, Double> actual = values(warm);
        long differing = expected.entrySet().stream().filter(entry -> {
            Double other = actual.get(entry.getKey());
            return other == null || Math.abs(other - entry.getValue()) > 1e-9 * Math.max(1, Math.abs(entry.getValue()));
        }).count();
        figures.add("compared", "figures compared with DuckDB's", expected.size(), "");
        figures.add("mismatches", "figures that differ (relative > 1e-9) or are missing", differing, "");
        figures.add("only_spark", "figures only Spark has", actual.keySet().stream()
                .filter(key -> !expected.containsKey(key)).count(), "");
    }

    private static long perSecond(long rows, long nanos) {
        return nanos == 0 ? 0 : Math.round(rows / (nanos / 1e9));
    }

    private static Map<String, Double> values(TimedMeasureSource source) {
        Map<String, Double> values = new HashMap<>();
        source.times().forEach((dataset, times) -> {
            for (MeasureRow row : times.rows) {
                row.values().forEach((measure, value) -> values.put(dataset + "|" + row.periodStart() + "|"
                        + row.dimension() + "|" + row.segment() + "|" + measure, value));
            }
        });
        return values;
    }
}
