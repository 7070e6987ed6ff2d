package org.kpiengine.definition;

import java.util.Comparator;
import java.util.List;
import org.kpiengine.error.ProblemCollector;

/** Bands must cover the value range without overlaps or gaps, so every value lands in exactly one. */
final class BandChecker {

    private final ProblemCollector problems;

    BandChecker(ProblemCollector problems) {
        this.problems = problems;
    }

    void check(KpiDefinition kpi) {
        String what = "kpi '" + kpi.id() + "'";
        List<Band> bands = kpi.bands();
        if (bands.isEmpty()) {
            problems.warning(kpi.location(), what + ": has no bands, so its values cannot be rated");
            return;
        }
        List<Band> ascending = bands.stream()
                .sorted(Comparator.comparing(band -> band.lower() == null ? Double.NEGATIVE_INFINITY : band.lower()))
                .toList();
        if (ascending.get(0).lower() != null) {
            problems.error(ascending.get(0).location(), what + ": no band covers values below "
                    + ascending.get(0).lower() + "; give the lowest band no 'min'");
        }
        if (ascending.get(ascending.size() - 1).upper() != null) {
            Band top = ascending.get(ascending.size() - 1);
            problems.error(top.location(), what + ": no band covers values from " + top.upper()
                    + " up; give the highest band no 'max'");
        }
        for (int i = 1; i < ascending.size(); i++) {
            Band below = ascending.get(i - 1);
            Band above = ascending.get(i);
            double belowUpper = below.upper() == null ? Double.POSITIVE_INFINITY : below.upper();
            double aboveLower = above.lower() == null ? Double.NEGATIVE_INFINITY : above.lower();
            if (belowUpper > aboveLower) {
                problems.error(above.location(), what + ": band '" + above.label() + "' overlaps band '" + below.label() + "'");
            } else if (belowUpper < aboveLower) {
                problems.error(above.location(), what + ": values from " + belowUpper + " to " + aboveLower
                        + " fall in no band, between '" + below.label() + "' and '" + above.label() + "'");
            }
        }
    }
}
