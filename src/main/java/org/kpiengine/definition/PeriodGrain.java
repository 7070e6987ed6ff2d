package org.kpiengine.definition;

/** How a scorecard cuts time into periods. */
public enum PeriodGrain {
    MONTH,
    QUARTER;
}
