package org.kpiengine.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpiengine.definition.Aggregation;
import org.kpiengine.definition.ColumnType;
import org.kpiengine.definition.DatasetDefinition;
import org.kpiengine.definition.MeasureDefinition;
import org.kpiengine.definition.SourceOptions;
import org.kpiengine.error.InvalidInputException;

/**
 * A CSV row that cannot be parsed fails the run with the dataset, file, line and column named; with
 * {@code on_bad_rows: skip} it is left out of every measure alike, and counted.
 */
class BadRowsTest {

    private static final SourceOptions SKIP = new SourceOptions(SourceOptions.Csv.DETECTED, null,
            SourceOptions.BadRows.SKIP);

    @TempDir
    Path folder;

    private Path file;

    @BeforeEach
    void writeFileWithOneBadTimestamp() throws IOException {
        file = folder.resolve("complaints.csv");
        Files.writeString(file, """
                complaint_id,received_at,status,escalated,team
                C1,2026-01-05 09:00:00,resolved,false,alpha
                C2,2026-01-12 10:30:00,resolved,true,bravo
                C3,2026-13-45 10:30:00,open,true,bravo
                C4,2026-01-20 16:00:00,open,false,alpha
                C5,2026-02-02 08:15:00,open,true,alpha
                """);
    }

    @Test
    void anUnparsableValueFailsWithFileLineAndColumn() {
        DatasetDefinition dataset = Fixtures.csv("complaints", file, SourceOptions.NONE, Map.of(), "team");
        try (MeasureSource source = new RoutingMeasureSource(List.of(dataset))) {
            InvalidInputException failure = assertThrows(InvalidInputException.class,
                    () -> source.aggregate(request(dataset)));
            assertEquals("datasets/complaints.yaml:1:1: error: dataset 'complaints': line 4 of " + file + ", column "
                    + "'received_at': the value '2026-13-45 10:30:00' cannot be read as timestamp; correct the file, "
                    + "declare its timestamp_format, or set on_bad_rows: skip to leave such rows out and count them",
                    failure.getMessage());
        }
    }

    @Test
    void skippingLeavesTheRowOutOfEveryMeasureAndCountsIt() {
        DatasetDefinition dataset = Fixtures.csv("complaints", file, SKIP, Map.of("escalated", ColumnType.BOOLEAN), "team");
        try (MeasureSource source = new RoutingMeasureSource(List.of(dataset))) {
            List<MeasureRow> rows = source.aggregate(request(dataset));
            MeasureRow january = rows.stream().filter(row -> row.isTotal()
                    && row.periodStart().equals(LocalDate.of(2026, 1, 1))).findFirst().orElseThrow();
            assertEquals(3.0, january.value("received").orElseThrow());
            assertEquals(1.0, january.value("escalated").orElseThrow());
            assertEquals(new DatasetStatistics("complaints", 5, 1), source.statistics(dataset));
        }
    }

    @Test
    void aFileWithoutBadRowsReportsNoneRejected() throws IOException {
        Files.writeString(file, Files.readString(file).replace("2026-13-45", "2026-01-15"));
        DatasetDefinition dataset = Fixtures.csv("complaints", file, SourceOptions.NONE, Map.of(), "team");
        try (MeasureSource source = new RoutingMeasureSource(List.of(dataset))) {
            assertEquals(new DatasetStatistics("complaints", 5, 0), source.statistics(dataset));
        }
    }

    @Test
    void aMissingFileIsNamed() {
        Path missing = folder.resolve("complaints-2026.csv");
        DatasetDefinition dataset = Fixtures.csv("complaints", missing, SourceOptions.NONE, Map.of());
        InvalidInputException failure = assertThrows(InvalidInputException.class,
                () -> new RoutingMeasureSource(List.of(dataset)).close());
        assertEquals("datasets/complaints.yaml:1:1: error: dataset 'complaints': the data file " + missing
                + " does not exist", failure.getMessage());
    }

    @Test
    void aDeclaredColumnTheFileLacksIsNamedWithTheColumnsThereAre() {
        DatasetDefinition dataset = Fixtures.csv("complaints", file, SourceOptions.NONE,
                Map.of("escalation", ColumnType.BOOLEAN));
        InvalidInputException failure = assertThrows(InvalidInputException.class,
                () -> new RoutingMeasureSource(List.of(dataset)).close());
        assertEquals("datasets/complaints.yaml:1:1: error: dataset 'complaints': the declared column 'escalation' is not "
                + "a column of complaints.csv (did you mean 'escalated'?); its columns are complaint_id, received_at, "
                + "status, escalated, team", failure.getMessage());
    }

    private static AggregationRequest request(DatasetDefinition dataset) {
        List<MeasureDefinition> measures = List.of(
                Fixtures.measure("received", dataset.id(), Aggregation.COUNT, null, null),
                Fixtures.measure("escalated", dataset.id(), Aggregation.COUNT, null, "escalated"));
        return Fixtures.monthly(dataset, measures, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 1), "team");
    }
}
