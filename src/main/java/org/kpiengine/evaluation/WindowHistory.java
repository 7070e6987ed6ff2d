package org.kpiengine.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kpiengine.definition.KpiDefinition;
import org.kpiengine.definition.PeriodCalendar;
import org.kpiengine.definition.PeriodGrain;
import org.kpiengine.definition.formula.WindowReference;

/**
 * The values known in every period and segment computed so far, and what window calls read from them:
 * the previous period, the same period a year before, the last n periods, the year to date. Periods
 * are computed oldest first, so a window only ever reads values already known.
 */
final class WindowHistory {

    private record Cell(LocalDate periodStart, String segment) {
    }

    private final Map<LocalDate, Period> periodsByStart = new HashMap<>();
    private final Map<Cell, Map<String, Double>> cells = new HashMap<>();
    private final LocalDate asOf;

    WindowHistory(List<Period> periods, LocalDate asOf) {
        periods.forEach(period -> periodsByStart.put(period.start(), period));
        this.asOf = asOf;
    }

    /**
     * The periods to compute: the shown ones, preceded by as many earlier ones as the windows of the
     * KPIs reach back.
     */
    static List<Period> periodsToCompute(List<Period> shown, List<KpiDefinition> kpis, LocalDate asOf) {
        LocalDate earliest = shown.get(0).start();
        for (KpiDefinition kpi : kpis) {
            for (WindowReference window : kpi.formula().windows()) {
                for (Period period : shown) {
                    for (Period reached : reach(window, period, asOf)) {
                        earliest = reached.start().isBefore(earliest) ? reached.start() : earliest;
                    }
                }
            }
        }
        List<Period> periods = new ArrayList<>();
        Period current = shown.get(shown.size() - 1);
        while (!current.start().isBefore(earliest)) {
            periods.add(0, current);
            current = current.previous(asOf);
        }
        return periods;
    }

    /** The periods a window call reads when evaluated in a period, oldest first. */
    static List<Period> reach(WindowReference window, Period period, LocalDate asOf) {
        List<Period> periods = new ArrayList<>();
        switch (window.function()) {
            case PREVIOUS -> periods.add(period.previous(asOf));
            case YEAR_AGO -> periods.add(Period.containing(period.calendar(), period.start().minusYears(1), asOf));
            case TRAILING_SUM, TRAILING_AVERAGE -> {
                Period current = period;
                for (int i = 0; i < window.periods(); i++) {
                    periods.add(0, current);
                    current = current.previous(asOf);
                }
            }
            case TO_DATE_SUM -> {
                LocalDate yearStart = yearContaining(period).start();
                for (Period current = period; !current.start().isBefore(yearStart); current = current.previous(asOf)) {
                    periods.add(0, current);
                }
            }
        }
        return periods;
    }

    private static Period yearContaining(Period period) {
        PeriodCalendar years = new PeriodCalendar(PeriodGrain.YEAR, period.calendar().fiscalYearStart());
        return Period.containing(years, period.start(), period.start());
    }

    /** The live map of values known in a cell; the caller fills it as it computes. */
    Map<String, Double> cell(Period period, String segment) {
        return cells.computeIfAbsent(new Cell(period.start(), segment), cell -> new HashMap<>());
    }

    /** A copy of the values known in a cell once it was computed: measures and KPIs. */
    Map<String, Double> known(Period period, String segment) {
        return Map.copyOf(cells.getOrDefault(new Cell(period.start(), segment), Map.of()));
    }

    /** The value of each window call, by its variable; a call whose periods are not all known has none. */
    Map<String, Double> windowValues(List<WindowReference> windows, Period period, String segment) {
        Map<String, Double> values = new HashMap<>();
        for (WindowReference window : windows) {
            value(window, period, segment).ifPresent(value -> values.put(window.variable(), value));
        }
        return values;
    }

    private Optional<Double> value(WindowReference window, Period period, String segment) {
        double sum = 0;
        List<Period> reached = reach(window, period, asOf);
        for (Period other : reached) {
            Map<String, Double> known = periodsByStart.containsKey(other.start())
                    ? cells.get(new Cell(other.start(), segment)) : null;
            Double value = known == null ? null : known.get(window.id());
            if (value == null) {
                return Optional.empty();
            }
            sum += value;
        }
        return Optional.of(window.function() == org.kpiengine.definition.formula.WindowFunction.TRAILING_AVERAGE
                ? sum / reached.size() : sum);
    }
}
