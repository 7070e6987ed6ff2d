package org.kpiengine.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.kpiengine.definition.PeriodCalendar;

/** The trailing periods a scorecard shows, oldest first, ending with the one that holds the as-of date. */
public final class Periods {

    private Periods() {
    }

    public static List<Period> trailing(PeriodCalendar calendar, LocalDate asOf, int count) {
        List<Period> periods = new ArrayList<>();
        Period current = Period.containing(calendar, asOf, asOf);
        for (int i = 0; i < count; i++) {
            periods.add(current);
            current = current.previous(asOf);
        }
        Collections.reverse(periods);
        return List.copyOf(periods);
    }
}
