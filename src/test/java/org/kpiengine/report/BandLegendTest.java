package org.kpiengine.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpiengine.ProjectFiles;
import org.kpiengine.api.KpiEngine;
import org.kpiengine.report.ScorecardView.BandChip;
import org.kpiengine.report.ScorecardView.BandLegendRow;
import org.kpiengine.rules.Interpretation;

/**
 * The band legend is built from the definitions: the bands and target in force on the last day of the
 * latest period, and the rounding rule that decides the band. The fixture's scorecard ends in February 2026.
 */
class BandLegendTest {

    @TempDir
    Path workspace;

    private ScorecardView viewWith(String resolutionJudgement, String escalationJudgement) throws IOException {
        Path definitions = ProjectFiles.copyFixtureInto(workspace);
        replaceJudgement(definitions.resolve("kpis/resolution_rate.yaml"), "minimum_sample:", resolutionJudgement);
        replaceJudgement(definitions.resolve("kpis/escalation_rate.yaml"), null, escalationJudgement);
        KpiEngine engine = KpiEngine.load(definitions);
        Interpretation result = engine.evaluate(engine.scorecard(Optional.empty()),
                Optional.of(LocalDate.of(2026, 2, 28)));
        return ScorecardViewBuilder.build(result, "test");
    }

    /** Swaps everything from {@code target:} up to {@code until} (or the end) for the given judgement. */
    private static void replaceJudgement(Path kpi, String until, String judgement) throws IOException {
        String text = Files.readString(kpi);
        int from = text.indexOf("target:");
        int to = until == null ? text.length() : text.indexOf(until);
        Files.writeString(kpi, text.substring(0, from) + judgement + text.substring(to));
    }

    @Test
    void showsTheBandsAndTargetInForceAndTheRoundingRule() throws IOException {
        ScorecardView view = viewWith("""
                band_on: displayed_value
                targets:
                  - value: 60
                    until: 2026-01-31
                  - value: 70.25
                    from: 2026-02-01
                band_sets:
                  - until: 2026-01-31
                    bands:
                      - label: Good
                        min: 60
                        colour: "#009E73"
                      - label: Poor
                        max: 60
                        colour: "#D55E00"
                  - from: 2026-02-01
                    bands:
                      - label: Good
                        min: 66.7
                        min_inclusive: false
                        colour: "#009E73"
                      - label: Fair
                        min: 50
                        max: 66.7
                        max_inclusive: true
                        colour: "#E69F00"
                      - label: Poor
                        max: 50
                        colour: "#D55E00"
                """, """
                target: 10
                bands:
                  - label: Good
                    max: 10
                    colour: "#009E73"
                  - label: Fair
                    min: 10
                    max: 20
                    colour: "#E69F00"
                  - label: Poor
                    min: 20
                    colour: "#D55E00"
                """);

        assertEquals(List.of(
                new BandLegendRow("Complaint Resolution Rate", List.of(
                        new BandChip("Good", "#009E73", "> 66.7"),
                        new BandChip("Fair", "#E69F00", ">= 50 and <= 66.7"),
                        new BandChip("Poor", "#D55E00", "< 50")),
                        "rated on the value as displayed (1 decimal)", "70.3 %"),
                new BandLegendRow("Complaint Escalation Rate", List.of(
                        new BandChip("Good", "#009E73", "< 10"),
                        new BandChip("Fair", "#E69F00", ">= 10 and < 20"),
                        new BandChip("Poor", "#D55E00", ">= 20")),
                        "rated on the exact value", "10.0 %")),
                view.legend());
    }

    @Test
    void aKpiWithoutBandsIsNotRatedAndTheDisplayedRuleNamesItsDecimals() throws IOException {
        ScorecardView view = viewWith("""
                band_on: displayed_value
                format:
                  decimals: 2
                target: 90
                bands:
                  - label: Good
                    min: 90
                    colour: "#009E73"
                  - label: Poor
                    max: 90
                    colour: "#D55E00"
                """, "");

        assertEquals(new BandLegendRow("Complaint Resolution Rate", List.of(
                        new BandChip("Good", "#009E73", ">= 90"), new BandChip("Poor", "#D55E00", "< 90")),
                        "rated on the value as displayed (2 decimals)", "90.00 %"),
                view.legend().get(0));
        assertEquals(new BandLegendRow("Complaint Escalation Rate", List.of(), "not rated", "–"),
                view.legend().get(1));
    }

    @Test
    void thePdfPrintsEachKpisBandsRuleAndTarget() throws IOException {
        ScorecardView view = viewWith("""
                band_on: displayed_value
                target: 90
                bands:
                  - label: Good
                    min: 90
                    colour: "#009E73"
                  - label: Needs work
                    max: 90
                    colour: "#D55E00"
                """, "");
        Path pdf = workspace.resolve("legend.pdf");

        new PdfScorecardRenderer(ProjectFiles.TEMPLATES.resolve("scorecard.jrxml")).render(view, pdf);

        String text = PdfText.of(pdf);
        for (String row : List.of(
                "How each KPI is rated",
                "Complaint Resolution Rate Good >= 90 Needs work < 90 rated on the value as displayed (1 decimal) 90.0 %",
                "Complaint Escalation Rate – not rated –")) {
            assertTrue(text.contains(row), "missing '" + row + "' in:\n" + text);
        }
    }
}
