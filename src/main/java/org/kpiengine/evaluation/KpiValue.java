package org.kpiengine.evaluation;

import java.util.Objects;
import java.util.Optional;

/**
 * A KPI's value for one period and segment (a null segment is the total), or the reason it has none.
 * {@code sample} is the value of the KPI's sample measure, when it names one.
 */
public record KpiValue(String kpiId, Period period, String segment, Double value, String noValueReason,
                       Double sample, boolean insufficientSample, ConfidenceInterval interval) {

    public KpiValue {
        Objects.requireNonNull(kpiId, "kpiId");
        Objects.requireNonNull(period, "period");
        if ((value == null) == (noValueReason == null)) {
            throw new IllegalArgumentException("a KPI value has either a number or a reason why not");
        }
        if (value != null && !Double.isFinite(value)) {
            throw new IllegalArgumentException("a KPI value must be finite: " + value);
        }
    }

    public static KpiValue of(String kpiId, Period period, String segment, double value, Double sample, int minimumSample) {
        return new KpiValue(kpiId, period, segment, value, null, sample, isInsufficient(sample, minimumSample), null);
    }

    public KpiValue withInterval(ConfidenceInterval confidenceInterval) {
        return new KpiValue(kpiId, period, segment, value, noValueReason, sample, insufficientSample, confidenceInterval);
    }

    public Optional<ConfidenceInterval> optionalInterval() {
        return Optional.ofNullable(interval);
    }

    public static KpiValue none(String kpiId, Period period, String segment, String reason, Double sample,
                                int minimumSample) {
        return new KpiValue(kpiId, period, segment, null, reason, sample, isInsufficient(sample, minimumSample), null);
    }

    private static boolean isInsufficient(Double sample, int minimumSample) {
        return minimumSample > 0 && (sample == null || sample < minimumSample);
    }

    public Optional<Double> optionalValue() {
        return Optional.ofNullable(value);
    }

    public boolean isTotal() {
        return segment == null;
    }
}
