package org.kpiengine.data;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.kpiengine.definition.PeriodGrain;

/**
 * Whether periods are the calendar's own (days, ISO weeks, months, quarters and years as
 * {@code date_trunc} cuts them), so that the engine can bucket rows by truncating their time. Fiscal
 * years and quarters are not, and are bucketed by their bounds instead.
 */
final class CalendarPeriods {

    private CalendarPeriods() {
    }

    static boolean areCalendarAligned(PeriodGrain grain, List<PeriodBounds> periods) {
        return periods.stream().allMatch(period -> period.start().equals(truncate(grain, period.start()))
                && period.end().equals(next(grain, period.start())));
    }

    private static LocalDate truncate(PeriodGrain grain, LocalDate day) {
        return switch (grain) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
            case QUARTER -> day.withDayOfMonth(1).withMonth((day.getMonthValue() - 1) / 3 * 3 + 1);
            case YEAR -> day.withDayOfYear(1);
        };
    }

    private static LocalDate next(PeriodGrain grain, LocalDate start) {
        return switch (grain) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
            case QUARTER -> start.plusMonths(3);
            case YEAR -> start.plusYears(1);
        };
    }
}
