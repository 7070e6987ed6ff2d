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
        List<FindingRow> findings) {

    public ScorecardView {
        summary = List.copyOf(summary);
        trend = List.copyOf(trend);
        findings = List.copyOf(findings);
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
}
