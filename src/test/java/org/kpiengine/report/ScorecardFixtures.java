package org.kpiengine.report;

import java.util.ArrayList;
import java.util.List;

import org.kpiengine.report.ScorecardView.BandChip;
import org.kpiengine.report.ScorecardView.BandLegendRow;
import org.kpiengine.report.ScorecardView.FindingRow;
import org.kpiengine.report.ScorecardView.KpiSummaryRow;
import org.kpiengine.report.ScorecardView.TrendPoint;

/**
 * Hand-built views: five KPIs (one with accents, one in euros), six trend periods, two findings, and a band
 * legend with every kind of row (exact and displayed value, a two-word label, markup characters, no bands).
 */
final class ScorecardFixtures {

    static final List<String> PERIODS = List.of("2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06");

    private ScorecardFixtures() {
    }

    static ScorecardView quarterlyReview() {
        return view(List.of(
                new FindingRow("critical", "Résolution première prise", "2025-06", "North",
                        "First-contact resolution fell below 70 % for the second month running.", "fcr_below_floor"),
                new FindingRow("warning", "Cost per ticket", "2025-06", "",
                        "Cost per ticket rose 12 % against the previous period.", "cost_rising")));
    }

    static ScorecardView withoutFindings() {
        return view(List.of());
    }

    private static ScorecardView view(List<FindingRow> findings) {
        List<KpiSummaryRow> summary = List.of(
                new KpiSummaryRow("fcr", "Résolution première prise", "68.4", "%", "75.0", "Red", "#C62828",
                        "-3.1 pts", "▼", "#C62828", "n = 1,204"),
                new KpiSummaryRow("cost_per_ticket", "Cost per ticket", "€12.40", "EUR", "€11.00", "Amber", "#F9A825",
                        "+12.0 %", "▲", "#C62828", "n = 1,204"),
                new KpiSummaryRow("csat", "Customer satisfaction", "4.4", "score", "4.2", "Green", "#2E7D32",
                        "+0.1", "▲", "#2E7D32", "n = 388"),
                new KpiSummaryRow("aht", "Average handling time", "6:42", "min", "7:00", "Green", "#2E7D32",
                        "0.0 %", "►", "#5F6B7A", "n = 1,204"),
                new KpiSummaryRow("backlog", "Open backlog", "312", "tickets", "250", "Amber", "#F9A825",
                        null, null, null, "n = 312"));
        List<TrendPoint> trend = new ArrayList<>();
        double[] fcr = {74.0, 73.2, 72.5, 71.8, 71.5, 68.4};
        double[] csat = {70.0, 72.0, 71.0, 73.0, 75.0, 74.0};
        for (int i = 0; i < PERIODS.size(); i++) {
            trend.add(new TrendPoint("Résolution première prise", PERIODS.get(i), fcr[i]));
            // A missing month must show as a gap, not as zero.
            trend.add(new TrendPoint("Satisfied customers (%)", PERIODS.get(i), i == 3 ? null : csat[i]));
        }
        return new ScorecardView("Customer service scorecard", "Acme Services Europe", "Q2 2025", "2025-06-30",
                "region", "0.1.0-test", summary, "First-contact resolution and satisfaction, last 6 months", trend,
                findings, legend());
    }

    static List<BandLegendRow> legend() {
        return List.of(
                new BandLegendRow("Résolution première prise", List.of(
                        new BandChip("Green", "#2E7D32", ">= 85"),
                        new BandChip("Amber", "#F9A825", ">= 70 and < 85"),
                        new BandChip("Red", "#C62828", "< 70")),
                        "rated on the exact value", "75.0 %"),
                new BandLegendRow("Cost per ticket", List.of(
                        new BandChip("Within budget", "#2E7D32", "<= 11.5"),
                        new BandChip("Over budget", "#C62828", "> 11.5")),
                        "rated on the value as displayed (2 decimals)", "11.00 EUR"),
                new BandLegendRow("Customer satisfaction", List.of(
                        new BandChip("Green", "#2E7D32", "> 4.2"),
                        new BandChip("Amber", "#F9A825", "> 3.5 and <= 4.2"),
                        new BandChip("R&D <review>", "#C62828", "<= 3.5")),
                        "rated on the value as displayed (1 decimal)", "4.2"),
                new BandLegendRow("Open backlog", List.of(), "not rated", "250"));
    }
}
