package org.kpiengine.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kpiengine.definition.PeriodCalendar;
import org.kpiengine.definition.PeriodGrain;

class PeriodTest {

    private static List<String> labels(PeriodCalendar calendar, LocalDate asOf, int count) {
        return Periods.trailing(calendar, asOf, count).stream().map(Period::label).toList();
    }

    @Test
    void trailingMonthsEndWithTheMonthOfTheAsOfDate() {
        List<Period> periods = Periods.trailing(PeriodCalendar.calendar(PeriodGrain.MONTH), LocalDate.of(2026, 3, 31), 3);
        assertEquals(List.of("2026-01", "2026-02", "2026-03"), periods.stream().map(Period::label).toList());
        assertFalse(periods.get(2).partial());
    }

    @Test
    void aPeriodBeforeItsLastDayIsPartial() {
        List<Period> periods = Periods.trailing(PeriodCalendar.calendar(PeriodGrain.QUARTER), LocalDate.of(2026, 2, 14), 2);
        assertEquals(List.of("2025-Q4", "2026-Q1"), periods.stream().map(Period::label).toList());
        assertTrue(periods.get(1).partial());
        assertFalse(periods.get(0).partial());
        assertEquals(LocalDate.of(2026, 4, 1), periods.get(1).end());
    }

    @Test
    void monthsCrossTheYear() {
        assertEquals(List.of("2025-12", "2026-01"), labels(PeriodCalendar.calendar(PeriodGrain.MONTH),
                LocalDate.of(2026, 1, 5), 2));
    }

    @Test
    void weeksAreIsoWeeksFromMonday() {
        List<Period> weeks = Periods.trailing(PeriodCalendar.calendar(PeriodGrain.WEEK), LocalDate.of(2026, 1, 1), 2);
        assertEquals(List.of("2025-W52", "2026-W01"), weeks.stream().map(Period::label).toList());
        assertEquals(LocalDate.of(2025, 12, 29), weeks.get(1).start(), "ISO week 1 of 2026 starts on Monday 29 December");
        assertTrue(weeks.get(1).partial());
    }

    @Test
    void daysAndYears() {
        assertEquals(List.of("2026-02-28", "2026-03-01"), labels(PeriodCalendar.calendar(PeriodGrain.DAY),
                LocalDate.of(2026, 3, 1), 2));
        assertEquals(List.of("2025", "2026"), labels(PeriodCalendar.calendar(PeriodGrain.YEAR), LocalDate.of(2026, 6, 1), 2));
    }

    @Test
    void fiscalQuartersFollowTheFiscalYear() {
        PeriodCalendar april = new PeriodCalendar(PeriodGrain.QUARTER, Month.APRIL);
        List<Period> quarters = Periods.trailing(april, LocalDate.of(2026, 5, 10), 3);
        assertEquals(List.of("FY2025-26 Q3", "FY2025-26 Q4", "FY2026-27 Q1"), quarters.stream().map(Period::label).toList());
        assertEquals(LocalDate.of(2026, 4, 1), quarters.get(2).start());
        assertEquals(LocalDate.of(2026, 1, 1), quarters.get(1).start());
    }

    @Test
    void fiscalYearsStartInTheirMonth() {
        PeriodCalendar july = new PeriodCalendar(PeriodGrain.YEAR, Month.JULY);
        List<Period> years = Periods.trailing(july, LocalDate.of(2026, 3, 31), 2);
        assertEquals(List.of("FY2024-25", "FY2025-26"), years.stream().map(Period::label).toList());
        assertEquals(LocalDate.of(2025, 7, 1), years.get(1).start());
        assertEquals(LocalDate.of(2026, 7, 1), years.get(1).end());
    }
}
