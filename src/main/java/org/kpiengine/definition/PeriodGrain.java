package org.kpiengine.definition;

/** How a scorecard cuts time into periods. */
public enum PeriodGrain {
    DAY,
    WEEK,
    MONTH,
    QUARTER,
    YEAR;
}
