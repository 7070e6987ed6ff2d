package org.kpiengine.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpiengine.definition.Aggregation;
import org.kpiengine.definition.DatasetDefinition;
import org.kpiengine.definition.QueryEngine;
import org.kpiengine.definition.SourceOptions;
import org.kpiengine.error.InvalidInputException;

/**
 * A measure whose SQL would run for hours (here a filter that counts a hundred billion numbers for
 * every row) is stopped at its dataset's query_timeout with a sentence that says what to do, instead
 * of hanging the run. PostgreSQL's side is in {@link PostgresReadOnlyTest}.
 */
class QueryTimeoutTest {

    @TempDir
    Path folder;

    private static final String STOPPED = "datasets/complaints.yaml:1:1: error: dataset 'complaints': reading "
            + "complaints.csv took longer than its query_timeout of 1 second and was stopped; look for a slow filter or "
            + "expression among its measures, or raise 'query_timeout' in its source";

    @Test
    void theEmbeddedEngineStopsAQueryAtItsTimeout() throws IOException {
        DatasetDefinition dataset = complaintsWithOneSecondTimeout();
        AggregationRequest endless = endless(dataset, "(SELECT count(*) FROM range(100000000000)) > 0");
        InvalidInputException failure = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            try (MeasureSource source = new RoutingMeasureSource(List.of(dataset))) {
                return assertThrows(InvalidInputException.class, () -> source.aggregate(endless));
            }
        });
        assertEquals(STOPPED, failure.getMessage());
    }

    @Test
    void sparkCancelsAQueryAtItsTimeout() throws IOException {
        DatasetDefinition dataset = complaintsWithOneSecondTimeout().withEngine(QueryEngine.SPARK);
        AggregationRequest endless = endless(dataset, "(SELECT sum(hash(id)) FROM range(100000000000)) <> 0");
        InvalidInputException failure = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            try (MeasureSource source = new RoutingMeasureSource(List.of(dataset), EnvironmentVariables.of(Map.of()),
                    new EngineChoice(null, TestSpark.MASTER))) {
                return assertThrows(InvalidInputException.class, () -> source.aggregate(endless));
            }
        });
        assertEquals(STOPPED, failure.getMessage());
    }

    private DatasetDefinition complaintsWithOneSecondTimeout() throws IOException {
        Path file = folder.resolve("complaints.csv");
        Files.writeString(file, """
                complaint_id,received_at,team
                C1,2026-01-05 09:00:00,alpha
                C2,2026-02-12 10:30:00,bravo
                """);
        return Fixtures.withQueryTimeout(Fixtures.csv("complaints", file, SourceOptions.NONE, Map.of(), "team"),
                Duration.ofSeconds(1));
    }

    /** One count whose filter runs far longer than the timeout. */
    private static AggregationRequest endless(DatasetDefinition dataset, String slowFilter) {
        return Fixtures.monthly(dataset, List.of(Fixtures.measure("received", "complaints", Aggregation.COUNT, null,
                slowFilter)), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 1), "team");
    }
}
