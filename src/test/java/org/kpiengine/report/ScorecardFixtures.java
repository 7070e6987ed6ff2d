package org.kpiengine.report;

import java.util.ArrayList;
import java.util.List;

import org.kpiengine.report.ScorecardView.BandChip;
import org.kpiengine.report.ScorecardView.BandLegendRow;
import org.kpiengine.report.ScorecardView.FindingRow;
import org.kpiengine.report.ScorecardView.KpiSummaryRow;
import org.kpiengine.report.ScorecardView.TrendPoint;

/**
 * Hand-built views: five KPIs in two sections (one with accents, one in euros, one with too small a sample), two KPI
 * pages, six trend periods, two findings, two sign-off roles, and a band
 * legend with every kind of row (exact and displayed value, a two-word label, markup characters, no bands).
 */
final class ScorecardFixtures {

    static final List<String> PERIODS = List.of("2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06");

    /** Three bands, best first, open at both ends. */
    static final List<ScorecardView.Zone> ZONES = List.of(
            new ScorecardView.Zone("Green", "#2E7D32", 85.0, null, 0),
            new ScorecardView.Zone("Amber", "#F9A825", 70.0, 85.0, 1),
            new ScorecardView.Zone("Red", "#C62828", null, 70.0, 2));

    private ScorecardFixtures() {
    }

    static ScorecardView.Gauge gauge(double value, double target) {
        return new ScorecardView.Gauge(ZONES, value, target);
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
        List<TrendPoint> spark = List.of(new TrendPoint("s", "2025-05", 71.5), new TrendPoint("s", "2025-06", 68.4));
        KpiSummaryRow fcr = new KpiSummaryRow("fcr", "Résolution première prise", "68.4", "%", "75.0", "Red", "#C62828",
                "-3.1 pts", "▼", "#C62828", "72.0 %", "1,204", "", spark,
                gauge(68.4, 75.0));
        KpiSummaryRow cost = new KpiSummaryRow("cost_per_ticket", "Cost per ticket", "€12.40", "EUR", "€11.00", "Amber",
                "#F9A825", "+12.0 %", "▲", "#C62828", "–", "1,204", "", spark,
                gauge(12.4, 11.0));
        KpiSummaryRow csat = new KpiSummaryRow("csat", "Customer satisfaction", "4.4", "score", "4.2", "Green", "#2E7D32",
                "+0.1", "▲", "#2E7D32", "–", "18", "Insufficient data", spark,
                gauge(4.4, 4.2));
        KpiSummaryRow aht = new KpiSummaryRow("aht", "Average handling time", "6:42", "min", "7:00", "Green", "#2E7D32",
                "0.0 %", "►", "#5F6B7A", "–", "1,204", "", spark, null);
        KpiSummaryRow backlog = new KpiSummaryRow("backlog", "Open backlog", "312", "tickets", "250", "Amber", "#F9A825",
                null, null, null, "–", "312", "", List.of(),
                new ScorecardView.Gauge(List.of(), 312.0, null));
        List<TrendPoint> trend = new ArrayList<>();
        List<TrendPoint> fcrTrend = new ArrayList<>();
        double[] fcrValues = {74.0, 73.2, 72.5, 71.8, 71.5, 68.4};
        double[] csatValues = {70.0, 72.0, 71.0, 73.0, 75.0, 74.0};
        for (int i = 0; i < PERIODS.size(); i++) {
            trend.add(new TrendPoint("Résolution première prise", PERIODS.get(i), fcrValues[i]));
            // A missing month must show as a gap, not as zero.
            trend.add(new TrendPoint("Satisfied customers (%)", PERIODS.get(i), i == 3 ? null : csatValues[i]));
            fcrTrend.add(new TrendPoint("Résolution première prise", PERIODS.get(i), fcrValues[i]));
        }
        PERIODS.forEach(period -> fcrTrend.add(new TrendPoint(KpiPages.TARGET_SERIES, period, 75.0)));
        ScorecardView.KpiPage fcrPage = new ScorecardView.KpiPage("fcr", "Résolution première prise", "Service quality",
                "68.4 %", "Red", "#C62828", "75.0 %", "▼ -3.1 pts since 2025-05", "66.1 to 70.7 %", "72.0 % (Benchmark Co)",
                "1,204", "Share of contacts resolved at the first contact.", "Every closed ticket counts once.",
                "fcr_resolved / fcr_contacts * 100", "Résolution première prise by month, 2025-01 to 2025-06", fcrTrend,
                List.of("Critical (2025-06, North): First-contact resolution fell below 70 % for the second month running."),
                List.of("Which teams lost the most first-contact resolutions?", "Did the call mix change?"),
                List.of("Coach the North team on the top three repeat reasons."),
                List.of("A rise in transfers hides unresolved first contacts."), ZONES,
                "Résolution première prise by region, 2025-06", List.of(new ScorecardView.SegmentValue("North", 64.2),
                new ScorecardView.SegmentValue("South", 71.9), new ScorecardView.SegmentValue("Zürich", null)), 1);
        ScorecardView.KpiPage backlogPage = new ScorecardView.KpiPage("backlog", "Open backlog", "Cost and backlog",
                "312 tickets", "Amber", "#F9A825", "250 tickets", "–", "", "–", "–", "–", "–", "open_tickets",
                "Open backlog by month, 2025-01 to 2025-06", List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                "", List.of(), 0);
        ScorecardView.Cover cover = new ScorecardView.Cover("Customer service scorecard", "Acme Services Europe",
                "Q2 2025", "2025-06-30", "0123456789abcdef", List.of(
                new ScorecardView.SignOffRow("Head of Service", "Figures reviewed; actions agreed."),
                new ScorecardView.SignOffRow("Quality Manager", "Data sources checked.")));
        ScorecardView.Summary summary = new ScorecardView.Summary(List.of(
                new ScorecardView.BandCount("Green", "#2E7D32", "2"),
                new ScorecardView.BandCount("Amber", "#F9A825", "2"),
                new ScorecardView.BandCount("Red", "#C62828", "1")),
                findings.stream().limit(1).toList(),
                findings.size() > 1 ? "… and " + (findings.size() - 1) + " more finding (1 warning), listed in full under Findings." : "");
        return new ScorecardView(cover, "en-GB", "region", "0.1.0-test", summary,
                List.of(new ScorecardView.Section("Service quality", List.of(fcr, csat, aht)),
                        new ScorecardView.Section("Cost and backlog", List.of(cost, backlog))),
                List.of(fcrPage, backlogPage), "First-contact resolution and satisfaction, last 6 months", trend,
                findings, legend(), appendix());
    }

    /** The view with other legend rows. */
    static ScorecardView withLegend(ScorecardView base, List<BandLegendRow> legend) {
        return new ScorecardView(base.cover(), base.language(), base.segmentDimension(), base.engineVersion(), base.executiveSummary(),
                base.sections(), base.kpiPages(), base.trendTitle(), base.trend(), base.findings(), legend,
                base.appendix());
    }

    /** A view with nothing but a header and the given trend. */
    static ScorecardView empty(List<TrendPoint> trend) {
        return new ScorecardView(new ScorecardView.Cover("t", "o", "p", "a", "", List.of()), "en", "s", "v",
                new ScorecardView.Summary(List.of(), List.of(), ""), List.of(), List.of(), "trend", trend, List.of(),
                List.of(), ScorecardView.Appendix.NONE);
    }

    static ScorecardView.Appendix appendix() {
        return new ScorecardView.Appendix(
                List.of(new ScorecardView.DatasetRow("tickets", "12,040", "3", "0.02 %"),
                        new ScorecardView.DatasetRow("surveys", "1,810", "0", "0.00 %")),
                List.of(new ScorecardView.SampleRow("Résolution première prise", "1,204", "100", "enough"),
                        new ScorecardView.SampleRow("Customer satisfaction", "18", "30", "Insufficient data")),
                "The period 2025-06 is still in progress: the data run to 2025-06-30, so counts and totals there are not final.",
                List.of(new ScorecardView.MethodRow("Résolution première prise", "fcr_resolved / fcr_contacts * 100",
                        "rated on the exact value", "8.2 Analysis and evaluation of complaints\n8.3 Satisfaction with the complaints-handling process")),
                List.of(new ScorecardView.RuleRow("Target missed", "rules/target-missed.drl", "2 findings"),
                        new ScorecardView.RuleRow("Too little data", "rules/insufficient-sample.drl", "did not fire")),
                "No KPI of this scorecard serves these clauses of ISO 10002: 7.1 Communication; 8.5 Auditing of the complaints-handling process.");
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
