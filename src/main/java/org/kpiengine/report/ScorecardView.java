package org.kpiengine.report;

import java.util.List;

/**
 * Everything a scorecard template shows, already formatted for reading. The report layer
 * renders this and computes nothing of its own.
 */
public record ScorecardView(
        String title,
        String organisation,
        String periodLabel,
        String asOf,
        String segmentDimension,
        String engineVersion,
        List<KpiSummaryRow> summary,
        String trendTitle,
        List<TrendPoint> trend,
        List<FindingRow> findings,
        List<BandLegendRow> legend) {

    public ScorecardView {
        summary = List.copyOf(summary);
        trend = List.copyOf(trend);
        findings = List.copyOf(findings);
        legend = List.copyOf(legend);
    }

    /** One line of the summary table: a KPI's latest value beside its target and band. */
    public record KpiSummaryRow(
            String kpiId,
            String name,
            String value,
            String unit,
            String target,
            String band,
            String bandColour,
            String change,
            String changeArrow,
            String changeColour,
            String sample) {
    }

    /** One point of the trend chart: a series (usually a KPI name), a period label, a value or null. */
    public record TrendPoint(String series, String period, Double value) {
    }

    /** One finding raised by the rules. */
    public record FindingRow(String severity, String kpiName, String period, String segment, String message,
                             String rule) {
    }

    /**
     * One line of the band legend: how a KPI is rated in the latest period. {@code bands} are those in
     * force then, best first, and empty when the KPI is not rated; {@code rule} says whether the exact or
     * the displayed value decides the band; {@code target} is the target in force, formatted.
     */
    public record BandLegendRow(String kpiName, List<BandChip> bands, String rule, String target) {

        public BandLegendRow {
            bands = List.copyOf(bands);
        }
    }

    /** One band as the legend shows it: its label on a chip of its colour, then its range, such as {@code >= 70 and < 85}. */
    public record BandChip(String label, String colour, String range) {
    }
}
