package org.kpiengine.definition;

/** How often a KPI is reviewed. */
public enum ReviewCadence {
    WEEKLY,
    MONTHLY,
    QUARTERLY,
    SEMI_ANNUALLY,
    ANNUALLY
}
