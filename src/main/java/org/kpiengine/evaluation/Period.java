package org.kpiengine.evaluation;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Objects;
import org.kpiengine.definition.PeriodGrain;

/** A calendar period [start, end). Partial when the as-of date falls before its last day. */
public record Period(PeriodGrain grain, LocalDate start, LocalDate end, boolean partial) {

    public Period {
        Objects.requireNonNull(grain, "grain");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("a period must end after it starts: " + start + " .. " + end);
        }
    }

    /** The period of the given grain that contains a day. */
    public static Period containing(PeriodGrain grain, LocalDate day, LocalDate asOf) {
        LocalDate start = switch (grain) {
            case MONTH -> day.withDayOfMonth(1);
            case QUARTER -> day.withMonth((day.get(IsoFields.QUARTER_OF_YEAR) - 1) * 3 + 1).withDayOfMonth(1);
        };
        LocalDate end = switch (grain) {
            case MONTH -> start.plusMonths(1);
            case QUARTER -> start.plusMonths(3);
        };
        return new Period(grain, start, end, asOf.isBefore(end.minusDays(1)));
    }

    /** The period's last day: the day whose rules (targets, bands) judge the period. */
    public LocalDate lastDay() {
        return end.minusDays(1);
    }

    public Period previous(LocalDate asOf) {
        return containing(grain, start.minusDays(1), asOf);
    }

    /** {@code 2026-03} for a month, {@code 2026-Q1} for a quarter. */
    public String label() {
        return switch (grain) {
            case MONTH -> String.format(java.util.Locale.ROOT, "%d-%02d", start.getYear(), start.getMonthValue());
            case QUARTER -> start.getYear() + "-Q" + start.get(IsoFields.QUARTER_OF_YEAR);
        };
    }
}
