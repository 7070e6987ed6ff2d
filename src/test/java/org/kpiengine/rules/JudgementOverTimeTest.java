package org.kpiengine.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpiengine.ProjectFiles;
import org.kpiengine.api.KpiEngine;
import org.kpiengine.evaluation.Period;
import org.kpiengine.evaluation.ScorecardEvaluation;

/**
 * A past period is judged by the targets and bands in force then; a segment may have its own target;
 * and a KPI may be rated on the value as displayed. The fixture's resolution rate is 2 of 3 (66.67 %)
 * in January and in February 2026; team alpha resolved 1 of 2 in January.
 */
class JudgementOverTimeTest {

    private static final String BANDS = """
            bands:
              - label: Good
                min: 90
                colour: "#009E73"
              - label: Fair
                min: 75
                max: 90
                colour: "#E69F00"
              - label: Poor
                max: 75
                colour: "#D55E00"
            """;

    @TempDir
    Path workspace;

    private Interpretation evaluateWith(String oldJudgement, String newJudgement) throws IOException {
        Path definitions = ProjectFiles.copyFixtureInto(workspace);
        Path kpi = definitions.resolve("kpis/resolution_rate.yaml");
        Files.writeString(kpi, Files.readString(kpi).replace("target: 90\n" + BANDS, "").replace(oldJudgement, "")
                + newJudgement);
        KpiEngine engine = KpiEngine.load(definitions);
        return engine.evaluate(engine.scorecard(Optional.empty()), Optional.of(LocalDate.of(2026, 2, 28)));
    }

    private static String band(Interpretation result, String month, String segment) {
        ScorecardEvaluation evaluation = result.evaluation();
        Period period = evaluation.periods().stream().filter(p -> p.label().equals(month)).findFirst().orElseThrow();
        return result.band("resolution_rate", period, segment).orElseThrow().verdict().label();
    }

    @Test
    void aPastPeriodIsJudgedByTheBandsThenInForce() throws IOException {
        Interpretation result = evaluateWith("", """
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
                        min: 70
                        colour: "#009E73"
                      - label: Poor
                        max: 70
                        colour: "#D55E00"
                """);
        assertEquals("Good", band(result, "2026-01", null));
        assertEquals("Poor", band(result, "2026-02", null));
    }

    @Test
    void targetsFollowTheirDatesAndSegments() throws IOException {
        Interpretation result = evaluateWith("", """
                targets:
                  - value: 60
                    until: 2026-01-31
                  - value: 70
                    from: 2026-02-01
                  - value: 40
                    segment: alpha
                """ + BANDS);
        var facts = KpiResultFactory.facts(result.evaluation());
        assertEquals(Boolean.FALSE, missed(facts, "2026-01", "All"));
        assertEquals(Boolean.TRUE, missed(facts, "2026-02", "All"));
        assertEquals(Boolean.FALSE, missed(facts, "2026-01", "alpha"), "alpha's own target of 40 applies");
    }

    private static Boolean missed(java.util.List<org.kpiengine.rules.model.KpiResult> facts, String period, String segment) {
        return facts.stream().filter(f -> f.kpiId().equals("resolution_rate") && f.period().equals(period)
                && f.segment().equals(segment)).findFirst().orElseThrow().targetMissed();
    }

    @Test
    void aKpiCanBeRatedOnTheValueAsDisplayed() throws IOException {
        String bands = """
                bands:
                  - label: Good
                    min: 66.7
                    colour: "#009E73"
                  - label: Fair
                    max: 66.7
                    colour: "#E69F00"
                """;
        assertEquals("Fair", band(evaluateWith("", bands), "2026-01", null), "66.67 is below 66.7");
        assertEquals("Good", band(evaluateWith("", "band_on: displayed_value\n" + bands), "2026-01", null),
                "shown as 66.7, rated as shown");
    }
}
