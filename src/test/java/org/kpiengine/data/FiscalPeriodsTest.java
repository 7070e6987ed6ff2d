package org.kpiengine.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpiengine.definition.Aggregation;
import org.kpiengine.definition.DatasetDefinition;
import org.kpiengine.definition.PeriodGrain;
import org.kpiengine.definition.SourceOptions;

/** Periods the calendar does not cut (a fiscal year from April) are bucketed by their own bounds. */
class FiscalPeriodsTest {

    @TempDir
    Path folder;

    @Test
    void aFiscalYearFromAprilHoldsMarchInTheYearBefore() throws IOException {
        Path file = folder.resolve("complaints.csv");
        Files.writeString(file, """
                complaint_id,received_at
                C1,2025-03-31 23:59:59
                C2,2025-04-01 00:00:00
                C3,2026-01-15 12:00:00
                C4,2026-03-31 08:00:00
                """);
        DatasetDefinition dataset = Fixtures.csv("complaints", file, SourceOptions.NONE, Map.of());
        AggregationRequest request = new AggregationRequest(dataset,
                List.of(Fixtures.measure("received", "complaints", Aggregation.COUNT, null, null)), PeriodGrain.YEAR,
                List.of(new PeriodBounds(LocalDate.of(2024, 4, 1), LocalDate.of(2025, 4, 1)),
                        new PeriodBounds(LocalDate.of(2025, 4, 1), LocalDate.of(2026, 4, 1))),
                LocalDate.of(2026, 4, 1), List.of());
        Map<LocalDate, Double> received = new TreeMap<>();
        try (MeasureSource source = new RoutingMeasureSource(List.of(dataset))) {
            source.aggregate(request).forEach(row -> received.put(row.periodStart(), row.value("received").orElseThrow()));
        }
        assertEquals(Map.of(LocalDate.of(2024, 4, 1), 1.0, LocalDate.of(2025, 4, 1), 3.0), received);
    }
}
