package org.kpiengine.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kpiengine.ProjectFiles;
import org.kpiengine.definition.Aggregation;
import org.kpiengine.definition.DatasetDefinition;
import org.kpiengine.definition.MeasureDefinition;
import org.kpiengine.definition.SourceOptions;

/**
 * Median, percentile and share over the sample complaints, per month and team, from DuckDB (the CSV)
 * and from PostgreSQL (a table loaded from it), each checked against a plain Java computation.
 */
@ExtendWith(TestPostgres.class)
class OrderStatisticsTest {

    private static final LocalDate FIRST = LocalDate.of(2025, 1, 1);
    private static final LocalDate END = LocalDate.of(2026, 1, 1);
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DatasetDefinition CSV = Fixtures.csv("complaints",
            ProjectFiles.SAMPLE_DATA.resolve("complaints.csv").toAbsolutePath(), SourceOptions.NONE, Map.of(), "team");
    private static final DatasetDefinition TABLE = Fixtures.table("complaints", "kpi.order_statistics", Map.of(), "team");

    private static Map<String, Expected> expected;

    /** The figures of one month and segment (null: all teams), computed in Java. */
    record Expected(double median, double p90, double escalatedShare, double costShare) {
    }

    @BeforeAll
    static void computeInJava() throws IOException {
        Map<String, List<CSVRecord>> cells = new HashMap<>();
        try (Reader reader = Files.newBufferedReader(CSV.path(), StandardCharsets.UTF_8)) {
            for (CSVRecord record : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                LocalDate received = LocalDateTime.parse(record.get("received_at"), TIMESTAMP).toLocalDate();
                if (received.isBefore(FIRST) || !received.isBefore(END)) {
                    continue;
                }
                String month = received.withDayOfMonth(1).toString();
                cells.computeIfAbsent(month + "/" + record.get("team"), key -> new ArrayList<>()).add(record);
                cells.computeIfAbsent(month + "/", key -> new ArrayList<>()).add(record);
            }
        }
        expected = new HashMap<>();
        cells.forEach((cell, records) -> expected.put(cell, figures(records)));
    }

    private static Expected figures(List<CSVRecord> records) {
        List<Double> minutes = new ArrayList<>();
        int escalated = 0;
        int costed = 0;
        int costedEscalated = 0;
        for (CSVRecord record : records) {
            boolean isEscalated = Boolean.parseBoolean(record.get("escalated"));
            escalated += isEscalated ? 1 : 0;
            if (!record.get("resolved_at").isEmpty()) {
                minutes.add(Double.parseDouble(record.get("handling_minutes")));
            }
            if (!record.get("resolution_cost").isEmpty()) {
                costed++;
                costedEscalated += isEscalated ? 1 : 0;
            }
        }
        Collections.sort(minutes);
        return new Expected(interpolated(minutes, 0.5), interpolated(minutes, 0.9), (double) escalated / records.size(),
                (double) costedEscalated / costed);
    }

    /** The continuous percentile: the value at rank p * (n - 1), interpolated between its neighbours. */
    private static double interpolated(List<Double> sorted, double fraction) {
        double rank = fraction * (sorted.size() - 1);
        int below = (int) Math.floor(rank);
        int above = Math.min(below + 1, sorted.size() - 1);
        return sorted.get(below) + (rank - below) * (sorted.get(above) - sorted.get(below));
    }

    @Test
    void duckdbMatchesJava() {
        try (MeasureSource source = new RoutingMeasureSource(List.of(CSV))) {
            check(source.aggregate(request(CSV)));
        }
    }

    @Test
    void postgresqlMatchesJava(TestPostgres.Server server) throws SQLException, IOException {
        try (Connection admin = server.admin(); Connection duckdb = DriverManager.getConnection("jdbc:duckdb:")) {
            SourceVariants.load(admin, duckdb, CSV, "kpi.order_statistics");
        }
        try (MeasureSource source = new RoutingMeasureSource(List.of(TABLE), server.environment())) {
            check(source.aggregate(request(TABLE)));
        }
    }

    private static void check(List<MeasureRow> rows) {
        assertEquals(expected.size(), rows.size(), "one row per month and team, and per month in total");
        for (MeasureRow row : rows) {
            String cell = row.periodStart() + "/" + (row.isTotal() ? "" : row.segment());
            Expected figures = expected.get(cell);
            assertEquals(figures.median(), row.value("median_minutes").orElseThrow(), 1e-9, cell);
            assertEquals(figures.p90(), row.value("p90_minutes").orElseThrow(), 1e-9, cell);
            assertEquals(figures.escalatedShare(), row.value("escalated_share").orElseThrow(), 1e-12, cell);
            assertEquals(figures.costShare(), row.value("costed_escalated_share").orElseThrow(), 1e-12, cell);
        }
    }

    private static AggregationRequest request(DatasetDefinition dataset) {
        List<MeasureDefinition> measures = List.of(
                Fixtures.measure("median_minutes", dataset.id(), Aggregation.MEDIAN, "handling_minutes",
                        "resolved_at IS NOT NULL"),
                Fixtures.percentile("p90_minutes", dataset.id(), "handling_minutes", "resolved_at IS NOT NULL", 0.9),
                Fixtures.measure("escalated_share", dataset.id(), Aggregation.SHARE, null, "escalated"),
                Fixtures.measure("costed_escalated_share", dataset.id(), Aggregation.SHARE, "resolution_cost", "escalated"));
        return Fixtures.monthly(dataset, measures, FIRST, END, "team");
    }
}
