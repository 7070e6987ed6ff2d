package org.kpiengine.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kpiengine.definition.BandOn;
import org.kpiengine.definition.CatalogAttributes;
import org.kpiengine.definition.Direction;
import org.kpiengine.definition.DisplayFormat;
import org.kpiengine.definition.IntervalDefinition;
import org.kpiengine.definition.KpiCategory;
import org.kpiengine.definition.KpiDefinition;
import org.kpiengine.definition.KpiGovernance;
import org.kpiengine.definition.KpiJudgement;
import org.kpiengine.definition.KpiStatus;
import org.kpiengine.definition.Unit;
import org.kpiengine.definition.formula.FormulaParser;
import org.kpiengine.error.SourceLocation;

/** Intervals against published reference values, and the significance of a change. */
class ConfidenceIntervalTest {

    private static KpiDefinition kpi(Unit unit, IntervalDefinition interval) {
        SourceLocation at = new SourceLocation("kpis/x.yaml", 1, 1);
        return new KpiDefinition("x", "X", FormulaParser.parse("a", at, "kpi 'x'"), unit, new DisplayFormat(1, null), null,
                new KpiGovernance(KpiCategory.CUSTOMER_SATISFACTION, "", "", KpiStatus.ACTIVE, null, List.of(), Set.of()),
                new KpiJudgement(Direction.HIGHER_IS_BETTER, List.of(), null, BandOn.EXACT_VALUE, List.of(), List.of()),
                0, null, interval, CatalogAttributes.EMPTY, at);
    }

    private static ConfidenceInterval wilson(double successes, double trials) {
        IntervalDefinition proportion = new IntervalDefinition(IntervalDefinition.Method.PROPORTION,
                Map.of("successes", "s", "trials", "t"));
        return IntervalCalculator.of(kpi(Unit.SCORE, proportion), Map.of("s", successes, "t", trials)).orElseThrow();
    }

    @Test
    void wilsonIntervalsMatchNewcombesTable() {
        // Newcombe (1998), Table I, method 3 (Wilson score without continuity correction)
        assertInterval(0.0, 0.2775, wilson(0, 10));
        assertInterval(0.0179, 0.4042, wilson(1, 10));
        assertInterval(0.2366, 0.7634, wilson(5, 10));
    }

    @Test
    void percentKpisGetTheirIntervalInPercent() {
        IntervalDefinition proportion = new IntervalDefinition(IntervalDefinition.Method.PROPORTION,
                Map.of("successes", "s", "trials", "t"));
        ConfidenceInterval interval = IntervalCalculator.of(kpi(Unit.PERCENT, proportion), Map.of("s", 5.0, "t", 10.0))
                .orElseThrow();
        assertInterval(23.659, 76.341, interval);
    }

    @Test
    void npsIntervalComesFromThePromoterDetractorVariance() {
        IntervalDefinition nps = new IntervalDefinition(IntervalDefinition.Method.NPS,
                Map.of("promoters", "p", "detractors", "d", "responses", "n"));
        ConfidenceInterval interval = IntervalCalculator.of(kpi(Unit.POINTS, nps), Map.of("p", 50.0, "d", 20.0, "n", 100.0))
                .orElseThrow();
        // P = 0.5, D = 0.2: variance (0.7 - 0.09) / 100, standard error 7.81 points, NPS 30 +- 15.31
        assertEquals(7.8102, interval.standardError(), 1e-4);
        assertInterval(14.692, 45.308, interval);
    }

    @Test
    void averagesGetStudentsTInterval() {
        IntervalDefinition mean = new IntervalDefinition(IntervalDefinition.Method.MEAN, Map.of("std_dev", "s", "count", "n"));
        ConfidenceInterval interval = IntervalCalculator.of(kpi(Unit.HOURS, mean), Map.of("s", 2.0, "n", 4.0), 10.0)
                .orElseThrow();
        // s / sqrt(n) = 1; t(0.975, 3 degrees of freedom) = 3.18245
        assertEquals(1.0, interval.standardError(), 1e-12);
        assertInterval(6.8176, 13.1824, interval);
    }

    @Test
    void noIntervalWithoutTrials() {
        IntervalDefinition proportion = new IntervalDefinition(IntervalDefinition.Method.PROPORTION,
                Map.of("successes", "s", "trials", "t"));
        assertTrue(IntervalCalculator.of(kpi(Unit.PERCENT, proportion), Map.of("s", 0.0, "t", 0.0)).isEmpty());
    }

    @Test
    void aChangeIsSignificantWhenItExceedsTheNoiseOfBothPeriods() {
        ConfidenceInterval half = wilson(50, 100);
        assertTrue(ConfidenceInterval.significantChange(0.50, half, 0.65, wilson(65, 100)), "z = 2.17");
        assertFalse(ConfidenceInterval.significantChange(0.50, half, 0.60, wilson(60, 100)), "z = 1.43");
    }

    private static void assertInterval(double low, double high, ConfidenceInterval interval) {
        assertEquals(low, interval.low(), 5e-4, "low");
        assertEquals(high, interval.high(), 5e-4, "high");
    }
}
