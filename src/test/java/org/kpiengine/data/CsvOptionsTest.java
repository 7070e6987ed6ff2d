package org.kpiengine.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpiengine.definition.Aggregation;
import org.kpiengine.definition.ColumnType;
import org.kpiengine.definition.DatasetDefinition;
import org.kpiengine.definition.SourceOptions;

/**
 * A European export: semicolons, single quotes around values holding one, Latin-1 text, day-first
 * timestamps and "NA" for no value. Declared options read it as the measures need it.
 */
class CsvOptionsTest {

    @TempDir
    Path folder;

    @Test
    void declaredOptionsReadWhatSniffingWouldNot() throws IOException {
        Path file = folder.resolve("beschwerden.csv");
        Files.write(file, """
                complaint_id;received_at;team;cost
                B1;05/01/2026 09:00;'Zürich; Nord';12,5
                B2;06/01/2026 10:30;'Zürich; Nord';NA
                B3;07/02/2026 23:59;Genève;7
                """.replace(",5", ".5").getBytes(StandardCharsets.ISO_8859_1));
        SourceOptions.Csv csv = new SourceOptions.Csv(';', '\'', true, SourceOptions.Encoding.LATIN_1, null,
                "%d/%m/%Y %H:%M", List.of("NA"));
        DatasetDefinition dataset = Fixtures.csv("beschwerden", file,
                new SourceOptions(csv, null, SourceOptions.BadRows.FAIL), Map.of("cost", ColumnType.DOUBLE), "team");
        AggregationRequest request = Fixtures.monthly(dataset, List.of(
                Fixtures.measure("received", "beschwerden", Aggregation.COUNT, null, null),
                Fixtures.measure("costed", "beschwerden", Aggregation.COUNT, "cost", null),
                Fixtures.measure("cost", "beschwerden", Aggregation.SUM, "cost", null)),
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 1), "team");
        try (MeasureSource source = new RoutingMeasureSource(List.of(dataset))) {
            MeasureRow zurich = source.aggregate(request).stream()
                    .filter(row -> "Zürich; Nord".equals(row.segment())).findFirst().orElseThrow();
            assertEquals(LocalDate.of(2026, 1, 1), zurich.periodStart());
            assertEquals(Map.of("received", 2.0, "costed", 1.0, "cost", 12.5), zurich.values());
            assertEquals(new DatasetStatistics("beschwerden", 3, 0), source.statistics(dataset));
        }
    }
}
