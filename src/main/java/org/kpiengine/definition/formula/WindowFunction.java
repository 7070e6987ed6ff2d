package org.kpiengine.definition.formula;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Functions that read a measure or KPI in other periods of the same segment: the period before, the
 * same period a year before, the last n periods, or the (fiscal) year to date.
 */
public enum WindowFunction {
    PREVIOUS(false, "the previous period's"),
    YEAR_AGO(false, "the same period a year before's"),
    TRAILING_SUM(true, "the trailing sum of"),
    TRAILING_AVERAGE(true, "the trailing average of"),
    TO_DATE_SUM(false, "the year-to-date sum of");

    private final boolean takesPeriods;
    private final String description;

    WindowFunction(boolean takesPeriods, String description) {
        this.takesPeriods = takesPeriods;
        this.description = description;
    }

    /** Whether the window includes the current period, so the id must be known there first. */
    public boolean includesCurrentPeriod() {
        return this == TRAILING_SUM || this == TRAILING_AVERAGE || this == TO_DATE_SUM;
    }

    /** Whether the call names a number of periods, as in {@code trailing_sum(x, 3)}. */
    public boolean takesPeriods() {
        return takesPeriods;
    }

    public String description() {
        return description;
    }

    public String formulaName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<WindowFunction> named(String name) {
        return Arrays.stream(values()).filter(function -> function.formulaName().equals(name)).findFirst();
    }
}
