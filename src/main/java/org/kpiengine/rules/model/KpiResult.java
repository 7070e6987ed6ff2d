package org.kpiengine.rules.model;

/**
 * The fact a rule sees for each KPI, period and segment. {@code segment} is {@link #TOTAL} for the
 * figure over all segments. {@code periodIndex} counts from 0 (oldest) to the latest trailing period.
 * Numbers that do not exist (no value, no target, no previous period) are null. {@code ratedValue} is
 * the value the bands judge: exact, or rounded as displayed when the KPI says so. {@code bandSet} is
 * the position of the band set in force for the period, or -1. {@code changeSignificant} says whether
 * the change from the previous period exceeds sampling noise (null when the KPI has no interval).
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
        Double ratedValue,
        String noValueReason,
        int bandSet,
        Double target,
        Double targetRangeMin,
        Double targetRangeMax,
        Boolean targetMissed,
        Double benchmark,
        Double previousValue,
        Double change,
        Boolean changeSignificant,
        Double intervalLow,
        Double intervalHigh,
        Double sample,
        int minimumSample,
        boolean insufficientSample) {

    public static final String TOTAL = "All";

    public boolean hasValue() {
        return value != null;
    }

    /** How messages name the segment: "for delta", or "overall" for the total. */
    public String where() {
        return total ? "overall" : "for " + segment;
    }

    /**
     * True when this segment's value is worse than the total's by more than chance or by a wide margin:
     * with intervals, when this value's interval lies wholly on the worse side of the total's value;
     * without, when it is worse by more than a quarter of the total's size.
     */
    public boolean isFarWorseThan(KpiResult other) {
        if (!isWorseThan(other)) {
            return false;
        }
        if (intervalLow != null && intervalHigh != null) {
            return "higher_is_better".equals(direction) ? intervalHigh < other.value : intervalLow > other.value;
        }
        return Math.abs(value - other.value) > 0.25 * Math.abs(other.value);
    }

    /** True when the value is worse than the benchmark, judged by the KPI's direction. */
    public boolean isWorseThanBenchmark() {
        if (value == null || benchmark == null) {
            return false;
        }
        return switch (direction) {
            case "higher_is_better" -> value < benchmark;
            case "lower_is_better" -> value > benchmark;
            default -> false;
        };
    }

    /** True when the change from the previous period is for the better, judged by the KPI's direction. */
    public boolean improved() {
        return change != null && switch (direction) {
            case "higher_is_better" -> change > 0;
            case "lower_is_better" -> change < 0;
            default -> false;
        };
    }

    /** True when the change from the previous period is for the worse, judged by the KPI's direction. */
    public boolean worsened() {
        return change != null && switch (direction) {
            case "higher_is_better" -> change < 0;
            case "lower_is_better" -> change > 0;
            default -> false;
        };
    }

    /** True when this value is worse than the other one, judged by the KPI's direction. */
    public boolean isWorseThan(KpiResult other) {
        if (value == null || other == null || other.value == null) {
            return false;
        }
        return switch (direction) {
            case "higher_is_better" -> value < other.value;
            case "lower_is_better" -> value > other.value;
            case "target_range" -> distanceFromRange(value) > distanceFromRange(other.value);
            default -> false;
        };
    }

    private double distanceFromRange(double number) {
        if (targetRangeMin != null && number < targetRangeMin) {
            return targetRangeMin - number;
        }
        if (targetRangeMax != null && number > targetRangeMax) {
            return number - targetRangeMax;
        }
        return 0;
    }
}
