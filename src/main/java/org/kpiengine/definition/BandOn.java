package org.kpiengine.definition;

/** Whether a value is rated as computed or as displayed (rounded to the KPI's decimals). */
public enum BandOn {
    EXACT_VALUE,
    DISPLAYED_VALUE
}
