package org.kpiengine.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs the hand-written queries on a fresh in-process DuckDB connection, timing each. */
final class Baseline {

    /** One aggregated figure: a measure in a period for a segment (null: the total). */
    record Cell(String datasetId, LocalDate period, String segment, String measure) {
    }

    record Result(long connectNanos, Map<String, Long> nanosByDataset, long cpuNanos, Map<Cell, Double> values,
                  String threads) {

        long queryNanos() {
            return nanosByDataset.values().stream().mapToLong(Long::longValue).sum();
        }

        long totalNanos() {
            return connectNanos + queryNanos();
        }
    }

    private Baseline() {
    }

    static Result run(List<BaselineQueries.Query> queries) {
        long start = System.nanoTime();
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:")) {
            long connectNanos = System.nanoTime() - start;
            Map<String, Long> nanos = new LinkedHashMap<>();
            Map<Cell, Double> values = new HashMap<>();
            long cpu = 0;
            for (BaselineQueries.Query query : queries) {
                long cpuStart = TimedMeasureSource.processCpuNanos();
                long queryStart = System.nanoTime();
                try (Statement statement = connection.createStatement();
                     ResultSet result = statement.executeQuery(query.sql())) {
                    read(query, result, values);
                } catch (SQLException e) {
                    throw new IllegalStateException("the baseline query for " + query.fileName() + " failed: "
                            + e.getMessage() + "\n" + query.sql(), e);
                }
                nanos.put(query.datasetId(), System.nanoTime() - queryStart);
                cpu += TimedMeasureSource.processCpuNanos() - cpuStart;
            }
            return new Result(connectNanos, nanos, cpu, values, threads(connection));
        } catch (SQLException e) {
            throw new IllegalStateException("DuckDB could not start: " + e.getMessage(), e);
        }
    }

    private static void read(BaselineQueries.Query query, ResultSet result, Map<Cell, Double> values)
            throws SQLException {
        while (result.next()) {
            int basis = result.getInt("basis");
            LocalDate period = result.getObject("period_start", LocalDate.class);
            boolean total = result.getInt("is_total") == 1;
            String segment = total ? null : result.getString("segment") == null ? "(none)" : result.getString("segment");
            for (String measure : query.measuresByBasis().getOrDefault(basis, List.of())) {
                double value = result.getDouble(measure);
                if (!result.wasNull()) {
                    values.put(new Cell(query.datasetId(), period, segment, measure), value);
                }
            }
        }
    }

    private static String threads(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT current_setting('threads')")) {
            result.next();
            return result.getString(1);
        }
    }
}
