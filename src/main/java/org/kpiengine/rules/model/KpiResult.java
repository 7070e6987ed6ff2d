package org.kpiengine.rules.model;

/**
 * The fact a rule sees for each KPI, period and segment. {@code segment} is {@link #TOTAL} for the
 * figure over all segments. {@code periodIndex} counts from 0 (oldest) to the latest trailing period.
 * Numbers that do not exist (no value, no target, no previous period) are null.
 */
public record KpiResult(
        String kpiId,
        String kpiName,
        String unit,
        String direction,
        String period,
        int periodIndex,
        boolean latest,
        String segment,
        boolean total,
        Double value,
        String noValueReason,
        Double target,
        Boolean targetMissed,
        Double previousValue,
        Double change,
        Double sample,
        int minimumSample,
        boolean insufficientSample) {

    public static final String TOTAL = "All";

    public boolean hasValue() {
        return value != null;
    }

    /** True when this value is worse than the other one, judged by the KPI's direction. */
    public boolean isWorseThan(KpiResult other) {
        if (value == null || other == null || other.value == null) {
            return false;
        }
        return switch (direction) {
            case "higher_is_better" -> value < other.value;
            case "lower_is_better" -> value > other.value;
            default -> false;
        };
    }
}
