package org.kpiengine.report;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

import net.sf.jasperreports.engine.JRParameter;

import org.kpiengine.report.ScorecardView.FindingRow;
import org.kpiengine.report.ScorecardView.KpiSummaryRow;
import org.kpiengine.report.ScorecardView.TrendPoint;

/**
 * Turns a {@link ScorecardView} into the fill parameters of the scorecard template. Rows become maps
 * keyed by the template's field names, because Jasper's bean data sources cannot read record accessors.
 */
final class ScorecardParameters {

    static final String TITLE = "TITLE";
    static final String ORGANISATION = "ORGANISATION";
    static final String PERIOD_LABEL = "PERIOD_LABEL";
    static final String AS_OF = "AS_OF";
    static final String SEGMENT_DIMENSION = "SEGMENT_DIMENSION";
    static final String ENGINE_VERSION = "ENGINE_VERSION";
    static final String TREND_TITLE = "TREND_TITLE";
    static final String SUMMARY_ROWS = "SUMMARY_ROWS";
    static final String TREND_POINTS = "TREND_POINTS";
    static final String FINDINGS = "FINDINGS";

    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    private ScorecardParameters() {
    }

    static Map<String, Object> of(ScorecardView view) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put(JRParameter.REPORT_LOCALE, Locale.ROOT);
        parameters.put(JRParameter.REPORT_TIME_ZONE, UTC);
        parameters.put(TITLE, textOrEmpty(view.title()));
        parameters.put(ORGANISATION, textOrEmpty(view.organisation()));
        parameters.put(PERIOD_LABEL, textOrEmpty(view.periodLabel()));
        parameters.put(AS_OF, textOrEmpty(view.asOf()));
        parameters.put(SEGMENT_DIMENSION, textOrEmpty(view.segmentDimension()));
        parameters.put(ENGINE_VERSION, textOrEmpty(view.engineVersion()));
        parameters.put(TREND_TITLE, textOrEmpty(view.trendTitle()));
        parameters.put(SUMMARY_ROWS, view.summary().stream().map(ScorecardParameters::summaryRow).toList());
        parameters.put(TREND_POINTS, view.trend().stream().map(ScorecardParameters::trendPoint).toList());
        parameters.put(FINDINGS, view.findings().stream().map(ScorecardParameters::finding).toList());
        return parameters;
    }

    /** Header texts are joined in the template; an absent one must not print as "null". */
    private static String textOrEmpty(String text) {
        return text == null ? "" : text;
    }

    static Map<String, ?> summaryRow(KpiSummaryRow row) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("kpiId", row.kpiId());
        fields.put("name", row.name());
        fields.put("value", row.value());
        fields.put("unit", row.unit());
        fields.put("target", row.target());
        fields.put("band", row.band());
        fields.put("bandColour", row.bandColour());
        fields.put("bandTextColour", TextContrast.on(row.bandColour()));
        fields.put("change", row.change());
        fields.put("changeArrow", row.changeArrow());
        fields.put("changeColour", row.changeColour());
        fields.put("sample", row.sample());
        return fields;
    }

    static Map<String, ?> trendPoint(TrendPoint point) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("series", point.series());
        fields.put("period", point.period());
        fields.put("value", point.value());
        return fields;
    }

    static Map<String, ?> finding(FindingRow finding) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("severity", finding.severity());
        fields.put("kpiName", finding.kpiName());
        fields.put("period", finding.period());
        fields.put("segment", finding.segment());
        fields.put("message", finding.message());
        fields.put("rule", finding.rule());
        return fields;
    }
}
