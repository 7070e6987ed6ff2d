package org.kpiengine.evaluation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Objects;
import org.kpiengine.definition.PeriodCalendar;

/** A period [start, end) of a scorecard's calendar. Partial when the as-of date falls before its last day. */
public record Period(PeriodCalendar calendar, LocalDate start, LocalDate end, boolean partial) {

    public Period {
        Objects.requireNonNull(calendar, "calendar");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("a period must end after it starts: " + start + " .. " + end);
        }
    }

    /** The period of the calendar that contains a day. */
    public static Period containing(PeriodCalendar calendar, LocalDate day, LocalDate asOf) {
        LocalDate start = switch (calendar.grain()) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
            case QUARTER -> day.withDayOfMonth(1).minusMonths(monthsIntoFiscalYear(calendar, day) % 3);
            case YEAR -> day.withDayOfMonth(1).minusMonths(monthsIntoFiscalYear(calendar, day));
        };
        LocalDate end = switch (calendar.grain()) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
            case QUARTER -> start.plusMonths(3);
            case YEAR -> start.plusYears(1);
        };
        return new Period(calendar, start, end, asOf.isBefore(end.minusDays(1)));
    }

    private static int monthsIntoFiscalYear(PeriodCalendar calendar, LocalDate day) {
        return (day.getMonthValue() - calendar.fiscalYearStart().getValue() + 12) % 12;
    }

    /** The period's last day: the day whose rules (targets, bands) judge the period. */
    public LocalDate lastDay() {
        return end.minusDays(1);
    }

    public Period previous(LocalDate asOf) {
        return containing(calendar, start.minusDays(1), asOf);
    }

    /**
     * {@code 2026-03-05}, {@code 2026-W10}, {@code 2026-03}, {@code 2026-Q1}, {@code 2026}; fiscal
     * quarters and years are named after the years they span: {@code FY2025-26 Q4}, {@code FY2025-26}.
     */
    public String label() {
        return switch (calendar.grain()) {
            case DAY -> start.toString();
            case WEEK -> String.format(Locale.ROOT, "%d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR),
                    start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> String.format(Locale.ROOT, "%d-%02d", start.getYear(), start.getMonthValue());
            case QUARTER -> calendar.isFiscal() ? fiscalYearLabel() + " Q" + fiscalQuarter()
                    : start.getYear() + "-Q" + start.get(IsoFields.QUARTER_OF_YEAR);
            case YEAR -> calendar.isFiscal() ? fiscalYearLabel() : Integer.toString(start.getYear());
        };
    }

    private String fiscalYearLabel() {
        Month first = calendar.fiscalYearStart();
        int startYear = start.getMonthValue() >= first.getValue() ? start.getYear() : start.getYear() - 1;
        return String.format(Locale.ROOT, "FY%d-%02d", startYear, (startYear + 1) % 100);
    }

    private int fiscalQuarter() {
        return monthsIntoFiscalYear(calendar, start) / 3 + 1;
    }
}
