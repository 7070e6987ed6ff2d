package org.kpiengine.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpiengine.definition.Aggregation;
import org.kpiengine.definition.DatasetDefinition;
import org.kpiengine.definition.QueryEngine;
import org.kpiengine.definition.SourceFormat;
import org.kpiengine.definition.SourceOptions;
import org.kpiengine.definition.TimestampKind;
import org.kpiengine.error.InvalidInputException;

/** A dataset that is a table of the Spark session's catalog, as a data lake registers its tables. */
class SparkCatalogTableTest {

    @TempDir
    Path folder;

    private static DatasetDefinition catalogTable(String table) {
        return new DatasetDefinition("complaints", "complaints", SourceFormat.TABLE, null, "received_at", ZoneOffset.UTC,
                TimestampKind.LOCAL, null, List.of("team"), Map.of(),
                new SourceOptions(SourceOptions.Csv.DETECTED, null, SourceOptions.BadRows.FAIL,
                        SourceOptions.DEFAULT_QUERY_TIMEOUT, null, table), Fixtures.DATASET_FILE, QueryEngine.SPARK);
    }

    @Test
    void aCatalogTableIsAggregatedLikeAFile() throws SQLException {
        Path file = folder.resolve("complaints.parquet");
        try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = duckdb.createStatement()) {
            statement.execute("COPY (SELECT * FROM (VALUES ('C1', TIMESTAMP '2026-01-05 09:00:00', 'alpha'), "
                    + "('C2', TIMESTAMP '2026-01-20 10:30:00', 'bravo'), ('C3', TIMESTAMP '2026-02-12 10:30:00', 'alpha')) "
                    + "AS t(complaint_id, received_at, team)) TO " + SqlText.literal(file.toString()) + " (FORMAT parquet)");
        }
        SparkSessions.forRun(TestSpark.MASTER).sql("CREATE TABLE IF NOT EXISTS kpi_catalog_complaints USING parquet "
                + "LOCATION " + SparkDialect.INSTANCE.literal(file.toUri().toString()));
        DatasetDefinition dataset = catalogTable("kpi_catalog_complaints");
        AggregationRequest months = Fixtures.monthly(dataset, List.of(Fixtures.measure("received", "complaints",
                Aggregation.COUNT, null, null)), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 1), "team");
        Map<String, Double> received = new TreeMap<>();
        try (MeasureSource source = new SparkMeasureSource(List.of(dataset), TestSpark.MASTER)) {
            source.aggregate(months).forEach(row -> received.put(row.periodStart() + " " + row.segment(),
                    row.values().get("received")));
        }
        assertEquals(Map.of("2026-01-01 alpha", 1.0, "2026-01-01 bravo", 1.0, "2026-01-01 null", 2.0,
                "2026-02-01 alpha", 1.0, "2026-02-01 null", 1.0), received);
    }

    @Test
    void aTableTheCatalogLacksIsNamed() {
        InvalidInputException failure = assertThrows(InvalidInputException.class,
                () -> new SparkMeasureSource(List.of(catalogTable("lake.no_such_table")), TestSpark.MASTER));
        assertEquals("datasets/complaints.yaml:1:1: error: dataset 'complaints': the table lake.no_such_table cannot be "
                + "read: the Spark catalog has no table lake.no_such_table", failure.getMessage());
    }
}
