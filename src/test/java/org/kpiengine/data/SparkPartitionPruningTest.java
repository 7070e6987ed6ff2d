package org.kpiengine.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.execution.FileSourceScanExec;
import org.apache.spark.sql.execution.QueryExecution;
import org.apache.spark.sql.execution.SparkPlan;
import org.apache.spark.sql.execution.adaptive.AdaptiveSparkPlanExec;
import org.apache.spark.sql.execution.adaptive.QueryStageExec;
import org.apache.spark.sql.util.QueryExecutionListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpiengine.definition.Aggregation;
import org.kpiengine.definition.DatasetDefinition;
import org.kpiengine.definition.PartitionColumn;
import org.kpiengine.definition.QueryEngine;
import org.kpiengine.definition.SourceFormat;
import org.kpiengine.definition.SourceOptions;
import org.kpiengine.definition.TimestampKind;
import scala.jdk.javaapi.CollectionConverters;

/**
 * A year of complaints in Parquet folders by month ({@code month=2025-01/} ...), with the partition
 * column declared: a one-quarter evaluation reads the quarter's three folders only, as Spark's own
 * executed plan shows (the scan's partition filters and the number of files and partitions it read).
 */
class SparkPartitionPruningTest {

    @TempDir
    Path folder;

    @Test
    void aQuarterReadsOnlyItsThreeMonthlyPartitions() throws SQLException, java.util.concurrent.TimeoutException {
        Path data = folder.resolve("complaints");
        writeAYearByMonth(data);
        DatasetDefinition dataset = new DatasetDefinition("complaints", "complaints", SourceFormat.PARQUET, data,
                "received_at", ZoneOffset.UTC, TimestampKind.LOCAL, null, List.of("team"), Map.of(),
                new SourceOptions(SourceOptions.Csv.DETECTED, null, SourceOptions.BadRows.FAIL,
                        SourceOptions.DEFAULT_QUERY_TIMEOUT, new PartitionColumn("month", "yyyy-MM")),
                Fixtures.DATASET_FILE, QueryEngine.SPARK);
        AggregationRequest quarter = Fixtures.monthly(dataset, List.of(Fixtures.measure("received", "complaints",
                Aggregation.COUNT, null, null)), LocalDate.of(2025, 4, 1), LocalDate.of(2025, 7, 1), "team");

        List<FileSourceScanExec> scans = new ArrayList<>();
        Map<LocalDate, Double> received = new TreeMap<>();
        try (SparkMeasureSource source = new SparkMeasureSource(List.of(dataset), TestSpark.MASTER)) {
            QueryExecutionListener listener = new ScanCollector(scans);
            source.session().listenerManager().register(listener);
            try {
                source.aggregate(quarter).stream().filter(row -> row.segment() == null)
                        .forEach(row -> received.put(row.periodStart(), row.values().get("received")));
                source.session().sparkContext().listenerBus().waitUntilEmpty();
            } finally {
                source.session().listenerManager().unregister(listener);
            }
        }

        assertEquals(Map.of(LocalDate.of(2025, 4, 1), 120.0, LocalDate.of(2025, 5, 1), 124.0,
                LocalDate.of(2025, 6, 1), 120.0), received, "four complaints a day, and only in the quarter");
        assertEquals(1, scans.size(), "one scan of the dataset");
        FileSourceScanExec scan = scans.get(0);
        String filters = CollectionConverters.asJava(scan.partitionFilters()).toString();
        assertTrue(filters.contains("month") && filters.contains("2025-04") && filters.contains("2025-06"), filters);
        assertEquals(3, scan.metrics().apply("numPartitions").value(), "partitions read of the 12 there are");
        assertEquals(3, scan.metrics().apply("numFiles").value(), "files read of the 12 there are");
    }

    /** Four complaints a day through 2025, written by DuckDB as one Parquet folder per month. */
    private static void writeAYearByMonth(Path data) throws SQLException {
        try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = duckdb.createStatement()) {
            statement.execute("COPY (SELECT 'C' || i AS complaint_id, received_at, "
                    + "CASE WHEN i % 2 = 0 THEN 'alpha' ELSE 'bravo' END AS team, strftime(received_at, '%Y-%m') AS month "
                    + "FROM (SELECT i, TIMESTAMP '2025-01-01 03:00:00' + INTERVAL (i * 6) HOUR AS received_at "
                    + "FROM range(0, 1460) AS r(i))) TO " + SqlText.literal(data.toString())
                    + " (FORMAT parquet, PARTITION_BY (month))");
        }
    }

    /** Keeps the file scans of every query the session runs, from its executed (adaptive) plan. */
    private record ScanCollector(List<FileSourceScanExec> scans) implements QueryExecutionListener {

        @Override
        public void onSuccess(String funcName, QueryExecution execution, long durationNs) {
            collect(execution.executedPlan());
        }

        @Override
        public void onFailure(String funcName, QueryExecution execution, Exception exception) {
        }

        private void collect(SparkPlan plan) {
            if (plan instanceof FileSourceScanExec scan) {
                scans.add(scan);
            } else if (plan instanceof AdaptiveSparkPlanExec adaptive) {
                collect(adaptive.executedPlan());
            } else if (plan instanceof QueryStageExec stage) {
                collect(stage.plan());
            }
            CollectionConverters.asJava(plan.children()).forEach(this::collect);
        }
    }
}
