package org.kpiengine.definition;

/** How a measure folds the rows of one period and segment into a number. */
public enum Aggregation {
    COUNT(false),
    COUNT_DISTINCT(true),
    SUM(true),
    AVERAGE(true),
    MIN(true),
    MAX(true),
    MEDIAN(true),
    /** The sample standard deviation, as a t-interval around an average needs it. */
    STDDEV(true),
    /** The value below which the measure's {@code percentile} fraction of the values lie (interpolated). */
    PERCENTILE(true),
    /** The fraction (0..1) of the period's rows, in the segment, that match the measure's filter. */
    SHARE(false);

    private final boolean needsExpression;

    Aggregation(boolean needsExpression) {
        this.needsExpression = needsExpression;
    }

    public boolean needsExpression() {
        return needsExpression;
    }

    /** Counts are zero over no rows; every other aggregation has no value there. */
    public boolean isZeroWhenEmpty() {
        return this == COUNT || this == COUNT_DISTINCT;
    }
}
