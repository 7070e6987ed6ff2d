package org.kpiengine.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kpiengine.ProjectFiles;
import org.kpiengine.api.KpiEngine;
import org.kpiengine.rules.Interpretation;

/** The engine's figures for the committed sample equal figures computed independently in the test. */
class SampleFiguresTest {

    private static Interpretation result;
    private static IndependentSampleFigures expected;

    @BeforeAll
    static void evaluateSample() throws IOException {
        KpiEngine engine = KpiEngine.load(ProjectFiles.DEFINITIONS);
        result = engine.evaluate(engine.scorecard(Optional.of("complaints_monthly")), Optional.empty());
        expected = new IndependentSampleFigures(ProjectFiles.SAMPLE_DATA);
    }

    @Test
    void everyValueOfEveryPeriodAndSegmentMatches() {
        Map<String, Function<String, Double>> independent = Map.of(
                "complaint_resolution_rate", expected::resolutionRate,
                "complaint_escalation_rate", expected::escalationRate,
                "average_response_time", expected::averageResponseHours,
                "csat", expected::csat,
                "nps", expected::nps);
        ScorecardEvaluation evaluation = result.evaluation();
        int compared = 0;
        for (var kpi : evaluation.kpis()) {
            for (Period period : evaluation.periods()) {
                for (String segment : evaluation.segmentsAndTotal()) {
                    String key = period.label() + "|" + (segment == null ? "All" : segment);
                    Double want = independent.get(kpi.id()).apply(key);
                    Double got = evaluation.value(kpi.id(), period, segment).orElseThrow().value();
                    assertNotNull(want, key);
                    assertEquals(want, got, 1e-9, kpi.id() + " " + key);
                    compared++;
                }
            }
        }
        assertEquals(5 * 12 * 5, compared);
    }

    @Test
    void theScorecardEndsOnTheDayOfTheLatestRecord() {
        assertEquals("2026-03-31", result.evaluation().asOf().toString());
        assertEquals("2025-04", result.evaluation().periods().get(0).label());
        assertEquals("2026-03", result.evaluation().latestPeriod().label());
    }
}
