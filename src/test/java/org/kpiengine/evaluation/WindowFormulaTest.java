package org.kpiengine.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpiengine.ProjectFiles;
import org.kpiengine.api.KpiEngine;

/**
 * Formulas that read other periods. The fixture's complaints: 3 in January 2026 (2 resolved), 3 in
 * February (2 resolved); none before. Windows reach back past the shown periods when they need to.
 */
class WindowFormulaTest {

    @TempDir
    Path workspace;

    private ScorecardEvaluation evaluate(String formula, int trailing) throws IOException {
        Path definitions = ProjectFiles.copyFixtureInto(workspace);
        Files.writeString(definitions.resolve("kpis/windowed.yaml"), """
                id: windowed
                name: Windowed
                category: complaint_resolution
                formula: %s
                unit: count
                direction: neither
                """.formatted(formula));
        Files.writeString(definitions.resolve("scorecards/monthly.yaml"), """
                id: monthly
                title: Monthly complaints
                kpis: [windowed]
                period:
                  grain: month
                  trailing: %d
                """.formatted(trailing));
        KpiEngine engine = KpiEngine.load(definitions);
        return engine.evaluate(engine.scorecard(Optional.empty()), Optional.of(LocalDate.of(2026, 2, 28))).evaluation();
    }

    private static Double valueIn(ScorecardEvaluation evaluation, String month) {
        Period period = evaluation.periods().stream().filter(p -> p.label().equals(month)).findFirst().orElseThrow();
        return evaluation.value("windowed", period, null).orElseThrow().value();
    }

    @Test
    void previousReadsThePeriodBeforeEvenWhenItIsNotShown() throws IOException {
        ScorecardEvaluation evaluation = evaluate("complaints_received - previous(complaints_received)", 1);
        assertEquals(0.0, valueIn(evaluation, "2026-02"));
    }

    @Test
    void trailingSumAndAverageIncludeTheCurrentPeriod() throws IOException {
        assertEquals(6.0, valueIn(evaluate("trailing_sum(complaints_received, 2)", 1), "2026-02"));
        assertEquals(2.0, valueIn(evaluate("trailing_average(complaints_resolved, 2)", 1), "2026-02"));
    }

    @Test
    void periodsWithoutRecordsCountZero() throws IOException {
        assertEquals(6.0, valueIn(evaluate("trailing_sum(complaints_received, 3)", 2), "2026-02"),
                "December has no complaints: it counts 0");
    }

    @Test
    void aWindowOnAValueThatDoesNotExistHasNoValueAndSaysWhy() throws IOException {
        ScorecardEvaluation evaluation = evaluate("resolution_rate - year_ago(resolution_rate)", 1);
        KpiValue value = evaluation.value("windowed", evaluation.latestPeriod(), null).orElseThrow();
        assertNull(value.value());
        assertEquals("no value for the same period a year before's Complaint Resolution Rate "
                + "(year_ago(resolution_rate))", value.noValueReason());
    }

    @Test
    void yearToDateFollowsTheCalendarYear() throws IOException {
        assertEquals(4.0, valueIn(evaluate("to_date_sum(complaints_resolved)", 2), "2026-02"));
    }
}
