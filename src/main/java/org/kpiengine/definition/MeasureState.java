package org.kpiengine.definition;

import java.util.Objects;

/**
 * Makes a measure count the rows that are in a state at a period boundary, such as complaints
 * received but not yet resolved at the end of a month, instead of the rows dated inside the period.
 */
public record MeasureState(String fromColumn, String untilColumn, Boundary at) {

    public enum Boundary {
        PERIOD_START,
        PERIOD_END
    }

    public MeasureState {
        Objects.requireNonNull(fromColumn, "fromColumn");
        Objects.requireNonNull(untilColumn, "untilColumn");
        Objects.requireNonNull(at, "at");
    }
}
