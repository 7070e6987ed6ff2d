package org.kpiengine.archive;

import java.util.Objects;

/**
 * A figure that differs between two results of the same scorecard: one KPI in one period and segment,
 * its value before and after. A value is null where that side has no figure, or a figure with no value.
 */
public record FigureChange(String kpi, String period, String segment, Double before, Double after) {

    public FigureChange {
        Objects.requireNonNull(kpi, "kpi");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(segment, "segment");
        if (Objects.equals(before, after)) {
            throw new IllegalArgumentException("not a change: " + kpi + " " + period + " " + segment);
        }
    }

    static String text(Double value) {
        return value == null ? "no value" : value.toString();
    }
}
