package org.kpiengine.data;

import java.time.LocalDate;
import java.util.Objects;

/** One period to aggregate over: days from {@code start} up to, not including, {@code end}. */
public record PeriodBounds(LocalDate start, LocalDate end) {

    public PeriodBounds {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("a period must end after it starts: " + start + " .. " + end);
        }
    }
}
