package org.kpiengine.definition;

import java.time.Month;
import java.util.Objects;

/**
 * How a scorecard cuts time: the grain, and for quarters and years the month its fiscal year starts
 * in (January for calendar years). Weeks are ISO weeks, Monday to Sunday.
 */
public record PeriodCalendar(PeriodGrain grain, Month fiscalYearStart) {

    public static PeriodCalendar calendar(PeriodGrain grain) {
        return new PeriodCalendar(grain, Month.JANUARY);
    }

    public PeriodCalendar {
        Objects.requireNonNull(grain, "grain");
        Objects.requireNonNull(fiscalYearStart, "fiscalYearStart");
    }

    public boolean isFiscal() {
        return fiscalYearStart != Month.JANUARY && (grain == PeriodGrain.QUARTER || grain == PeriodGrain.YEAR);
    }
}
