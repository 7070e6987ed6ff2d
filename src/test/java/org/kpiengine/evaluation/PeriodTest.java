package org.kpiengine.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kpiengine.definition.PeriodGrain;

class PeriodTest {

    @Test
    void trailingMonthsEndWithTheMonthOfTheAsOfDate() {
        List<Period> periods = Periods.trailing(PeriodGrain.MONTH, LocalDate.of(2026, 3, 31), 3);
        assertEquals(List.of("2026-01", "2026-02", "2026-03"), periods.stream().map(Period::label).toList());
        assertFalse(periods.get(2).partial());
    }

    @Test
    void aPeriodBeforeItsLastDayIsPartial() {
        List<Period> periods = Periods.trailing(PeriodGrain.QUARTER, LocalDate.of(2026, 2, 14), 2);
        assertEquals(List.of("2025-Q4", "2026-Q1"), periods.stream().map(Period::label).toList());
        assertTrue(periods.get(1).partial());
        assertFalse(periods.get(0).partial());
        assertEquals(LocalDate.of(2026, 4, 1), periods.get(1).end());
    }

    @Test
    void monthsCrossTheYear() {
        List<Period> periods = Periods.trailing(PeriodGrain.MONTH, LocalDate.of(2026, 1, 5), 2);
        assertEquals(List.of("2025-12", "2026-01"), periods.stream().map(Period::label).toList());
    }
}
