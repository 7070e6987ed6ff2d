package org.kpiengine.definition;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetentionPeriodTest {

    @Test
    void readsYearsMonthsAndDaysInOneSpelling() {
        assertEquals(Optional.of(new RetentionPeriod(10, RetentionPeriod.Unit.YEARS)), RetentionPeriod.parse("10 years"));
        assertEquals(Optional.of(new RetentionPeriod(1, RetentionPeriod.Unit.YEARS)), RetentionPeriod.parse("1 year"));
        assertEquals(Optional.of(new RetentionPeriod(18, RetentionPeriod.Unit.MONTHS)), RetentionPeriod.parse("18 months"));
        assertEquals("90 days", RetentionPeriod.parse("90 days").orElseThrow().toString());
        assertEquals("1 month", RetentionPeriod.parse("1 month").orElseThrow().toString());
    }

    @Test
    void refusesOtherNotationsAndMoreThanACentury() {
        for (String text : new String[] {"P10Y", "10y", "ten years", "0 years", "-1 years", "10 Years", "101 years",
                "40000 days", "10 years 6 months", ""}) {
            assertEquals(Optional.empty(), RetentionPeriod.parse(text), text);
        }
    }

    @Test
    void countsFromTheDayOfArchivingToTheSameDayLater() {
        assertEquals(LocalDate.of(2035, 7, 1), RetentionPeriod.parse("10 years").orElseThrow()
                .retainUntil(LocalDate.of(2025, 7, 1)));
        assertEquals(LocalDate.of(2025, 2, 28), RetentionPeriod.parse("1 year").orElseThrow()
                .retainUntil(LocalDate.of(2024, 2, 29)));
        assertEquals(LocalDate.of(2025, 2, 28), RetentionPeriod.parse("1 month").orElseThrow()
                .retainUntil(LocalDate.of(2025, 1, 31)));
    }
}
