package org.kpiengine.definition;

/** Where a KPI stands in its life. */
public enum KpiStatus {
    DRAFT,
    ACTIVE,
    RETIRED
}
