package org.kpiengine.evaluation;

import java.util.Map;
import java.util.Optional;
import org.kpiengine.definition.IntervalDefinition;
import org.kpiengine.definition.KpiDefinition;
import org.kpiengine.definition.Unit;
import org.apache.commons.math3.distribution.TDistribution;

/** Computes a KPI's 95% interval from the measures its definition names, or nothing when they are missing or empty. */
final class IntervalCalculator {

    private IntervalCalculator() {
    }

    static Optional<ConfidenceInterval> of(KpiDefinition kpi, Map<String, Double> measures) {
        return of(kpi, measures, null);
    }

    /** @param kpiValue the KPI's value: the mean a t-interval is centred on */
    static Optional<ConfidenceInterval> of(KpiDefinition kpi, Map<String, Double> measures, Double kpiValue) {
        return kpi.optionalInterval().flatMap(interval -> switch (interval.method()) {
            case PROPORTION -> proportion(interval, measures, kpi.unit() == Unit.PERCENT ? 100 : 1);
            case NPS -> nps(interval, measures);
            case MEAN -> kpiValue == null ? Optional.empty() : mean(interval, measures, kpiValue);
        });
    }

    /** The Wilson score interval, which stays inside 0..1 and behaves at small samples and extreme shares. */
    private static Optional<ConfidenceInterval> proportion(IntervalDefinition interval, Map<String, Double> measures,
                                                           double scale) {
        Double successes = measures.get(interval.measure("successes"));
        Double trials = measures.get(interval.measure("trials"));
        if (successes == null || trials == null || trials <= 0 || successes < 0 || successes > trials) {
            return Optional.empty();
        }
        double z = ConfidenceInterval.Z_95;
        double p = successes / trials;
        double denominator = 1 + z * z / trials;
        double centre = (p + z * z / (2 * trials)) / denominator;
        double half = z * Math.sqrt(p * (1 - p) / trials + z * z / (4 * trials * trials)) / denominator;
        double standardError = Math.sqrt(p * (1 - p) / trials);
        return Optional.of(new ConfidenceInterval(Math.max(0, centre - half) * scale, Math.min(1, centre + half) * scale,
                standardError * scale));
    }

    /** Student's t interval: mean +- t(0.975, n - 1) x s / sqrt(n); the standard error is s / sqrt(n). */
    private static Optional<ConfidenceInterval> mean(IntervalDefinition interval, Map<String, Double> measures, double mean) {
        Double deviation = measures.get(interval.measure("std_dev"));
        Double count = measures.get(interval.measure("count"));
        if (deviation == null || count == null || count < 2) {
            return Optional.empty();
        }
        double standardError = deviation / Math.sqrt(count);
        double t = new TDistribution(null, count - 1).inverseCumulativeProbability(0.975);
        return Optional.of(new ConfidenceInterval(mean - t * standardError, mean + t * standardError, standardError));
    }

    /** NPS = (P - D) x 100 with variance (P + D - (P - D)^2) / n for the shares P and D of n responses. */
    private static Optional<ConfidenceInterval> nps(IntervalDefinition interval, Map<String, Double> measures) {
        Double promoters = measures.get(interval.measure("promoters"));
        Double detractors = measures.get(interval.measure("detractors"));
        Double responses = measures.get(interval.measure("responses"));
        if (promoters == null || detractors == null || responses == null || responses <= 0
                || promoters + detractors > responses) {
            return Optional.empty();
        }
        double p = promoters / responses;
        double d = detractors / responses;
        double standardError = Math.sqrt((p + d - (p - d) * (p - d)) / responses) * 100;
        double nps = (p - d) * 100;
        double half = ConfidenceInterval.Z_95 * standardError;
        return Optional.of(new ConfidenceInterval(Math.max(-100, nps - half), Math.min(100, nps + half), standardError));
    }
}
