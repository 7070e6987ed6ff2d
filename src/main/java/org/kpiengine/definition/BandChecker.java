package org.kpiengine.definition;

import java.util.Comparator;
import java.util.List;
import org.kpiengine.error.ProblemCollector;

/**
 * Bands must rate every possible value exactly once and agree with the KPI's direction: for
 * higher-is-better the best band holds the highest values, for lower-is-better the lowest.
 */
final class BandChecker {

    private static final Comparator<Band> BY_LOWER_EDGE = Comparator
            .comparing((Band band) -> band.lower() == null ? Double.NEGATIVE_INFINITY : band.lower())
            .thenComparing(band -> !band.lowerInclusive());

    private final ProblemCollector problems;

    BandChecker(ProblemCollector problems) {
        this.problems = problems;
    }

    void check(KpiDefinition kpi) {
        String what = "kpi '" + kpi.id() + "'";
        if (kpi.judgement().bandSets().isEmpty()) {
            if (kpi.direction() != Direction.NEITHER) {
                problems.warning(kpi.location(), what + ": has no bands, so its values cannot be rated");
            }
            return;
        }
        for (BandSet set : kpi.judgement().bandSets()) {
            checkCoverage(kpi, set.bands(), what);
            checkDirection(kpi, set.bands(), what);
        }
    }

    private void checkCoverage(KpiDefinition kpi, List<Band> bands, String what) {
        ValueRange range = kpi.valueRange();
        List<Band> ascending = bands.stream().sorted(BY_LOWER_EDGE).toList();
        Band lowest = ascending.get(0);
        if (lowest.lower() != null && (range.min() == null || lowest.lower() > range.min()
                || (lowest.lower().equals(range.min()) && !lowest.lowerInclusive()))) {
            problems.error(lowest.location(), what + ": no band rates values below " + Band.plain(lowest.lower())
                    + "; leave out 'min' on the lowest band '" + lowest.label() + "'");
        }
        Band highest = ascending.get(ascending.size() - 1);
        if (highest.upper() != null && (range.max() == null || highest.upper() < range.max()
                || (highest.upper().equals(range.max()) && !highest.upperInclusive()))) {
            problems.error(highest.location(), what + ": no band rates values from " + Band.plain(highest.upper())
                    + " up; leave out 'max' on the highest band '" + highest.label() + "'");
        }
        for (int i = 1; i < ascending.size(); i++) {
            checkEdge(ascending.get(i - 1), ascending.get(i), what);
        }
    }

    private void checkEdge(Band below, Band above, String what) {
        double belowUpper = below.upper() == null ? Double.POSITIVE_INFINITY : below.upper();
        double aboveLower = above.lower() == null ? Double.NEGATIVE_INFINITY : above.lower();
        if (belowUpper > aboveLower || (belowUpper == aboveLower && below.upperInclusive() && above.lowerInclusive())) {
            problems.error(above.location(), what + ": band '" + above.label() + "' (" + above.rangeText()
                    + ") overlaps band '" + below.label() + "' (" + below.rangeText() + ")");
        } else if (belowUpper < aboveLower) {
            problems.error(above.location(), what + ": values between " + Band.plain(belowUpper) + " and "
                    + Band.plain(aboveLower) + " fall in no band, between '" + below.label() + "' and '" + above.label() + "'");
        } else if (!below.upperInclusive() && !above.lowerInclusive()) {
            problems.error(above.location(), what + ": the value " + Band.plain(aboveLower) + " falls in no band: neither '"
                    + below.label() + "' nor '" + above.label() + "' includes it");
        }
    }

    private void checkDirection(KpiDefinition kpi, List<Band> bands, String what) {
        int sign = kpi.direction().sign();
        if (sign == 0 || bands.size() < 2) {
            return;
        }
        List<Band> ascending = bands.stream().sorted(BY_LOWER_EDGE).toList();
        for (int i = 1; i < ascending.size(); i++) {
            boolean betterAbove = ascending.get(i).rank() < ascending.get(i - 1).rank();
            if (betterAbove != (sign > 0)) {
                Band best = bands.get(0);
                problems.error(best.location(), what + ": the bands contradict the direction '"
                        + kpi.direction().name().toLowerCase(java.util.Locale.ROOT) + "': bands are listed best first, so '"
                        + best.label() + "' (" + best.rangeText() + ") should hold the "
                        + (sign > 0 ? "highest" : "lowest") + " values");
                return;
            }
        }
    }
}
