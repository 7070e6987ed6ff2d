package org.kpiengine.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kpiengine.definition.Aggregation;
import org.kpiengine.definition.DatasetDefinition;
import org.kpiengine.definition.DefinitionLoader;
import org.kpiengine.definition.DefinitionSet;
import org.kpiengine.definition.MeasureDefinition;
import org.kpiengine.definition.PeriodGrain;

/**
 * The records behind a measure: for every complaint measure of the sample library in June 2025, the ids
 * DuckDB names from the CSV are those PostgreSQL names from the same rows in a table, and a count
 * measure's figure is the number of records behind it.
 */
@ExtendWith(TestPostgres.class)
class RecordIdsTest {

    private static final PeriodBounds JUNE = new PeriodBounds(LocalDate.parse("2025-06-01"), LocalDate.parse("2025-07-01"));
    private static final LocalDate CUTOFF = LocalDate.parse("2025-06-21");

    @TempDir
    Path workspace;

    @Test
    void duckdbAndPostgresqlNameTheSameRecordsAndCountsMatchTheirFigures(TestPostgres.Server server) {
        DefinitionSet fromCsv = DefinitionLoader.load(identified(SourceVariants.csv(workspace.resolve("csv"))));
        DefinitionSet fromTable = DefinitionLoader.load(identified(complaintsInPostgres(workspace.resolve("postgres"),
                server)));
        DatasetDefinition csv = fromCsv.dataset("complaints").orElseThrow();
        DatasetDefinition table = fromTable.dataset("complaints").orElseThrow();
        List<MeasureDefinition> measures = fromCsv.measures().stream()
                .filter(measure -> measure.dataset().equals("complaints")).toList();
        assertTrue(measures.stream().anyMatch(measure -> measure.optionalState().isPresent()), "a measure in a state");

        try (MeasureSource duckdb = new RoutingMeasureSource(List.of(csv), EnvironmentVariables.of(Map.of()));
             MeasureSource postgres = new RoutingMeasureSource(List.of(table), server.environment())) {
            MeasureRow june = duckdb.aggregate(new AggregationRequest(csv, measures, PeriodGrain.MONTH, List.of(JUNE),
                    CUTOFF, List.of())).get(0);
            for (MeasureDefinition measure : measures) {
                RecordIds named = duckdb.recordIds(new RecordIdRequest(csv, measure, JUNE, CUTOFF, List.of("team"), 50));
                MeasureDefinition sameInTable = fromTable.measure(measure.id()).orElseThrow();
                assertEquals(named, postgres.recordIds(new RecordIdRequest(table, sameInTable, JUNE, CUTOFF,
                        List.of("team"), 50)), measure.id());
                if (measure.aggregation() == Aggregation.COUNT) {
                    assertEquals(june.values().getOrDefault(measure.id(), 0.0), (double) named.total(), measure.id());
                }
                assertEquals(Math.min(named.total(), 50), named.records().size(), measure.id());
            }
        }
    }

    /** The definitions with complaints identified by their complaint_id. */
    private static Path identified(Path definitions) {
        Path dataset = definitions.resolve("datasets/complaints.yaml");
        try {
            Files.writeString(dataset, Files.readString(dataset).replace("time_column: received_at\n",
                    "time_column: received_at\nid_column: complaint_id\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return definitions;
    }

    /** The sample definitions with the complaints dataset read from a PostgreSQL table loaded from its CSV. */
    private static Path complaintsInPostgres(Path folder, TestPostgres.Server server) {
        Path definitions = SourceVariants.csv(folder);
        DatasetDefinition complaints = DefinitionLoader.load(definitions).dataset("complaints").orElseThrow();
        try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:"); Connection admin = server.admin()) {
            SourceVariants.load(admin, duckdb, complaints, "kpi.evidence_complaints");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SourceVariants.rewriteSource(definitions, complaints, "  format: jdbc\n  url_env: " + TestPostgres.URL_VARIABLE
                + "\n  table: kpi.evidence_complaints\n  user_env: " + TestPostgres.USER_VARIABLE
                + "\n  password_env: " + TestPostgres.PASSWORD_VARIABLE + "\n");
        return definitions;
    }
}
