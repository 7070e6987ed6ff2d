package org.kpiengine.definition;

/** How a measure folds the rows of one period and segment into a number. */
public enum Aggregation {
    COUNT(false),
    COUNT_DISTINCT(true),
    SUM(true),
    AVERAGE(true),
    MIN(true),
    MAX(true);

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
