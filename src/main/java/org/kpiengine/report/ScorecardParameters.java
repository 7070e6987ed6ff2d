package org.kpiengine.report;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.regex.Pattern;

import net.sf.jasperreports.engine.JRParameter;

import org.kpiengine.report.ScorecardView.BandChip;
import org.kpiengine.report.ScorecardView.BandLegendRow;
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
    static final String FINGERPRINT = "FINGERPRINT";
    static final String SIGN_OFF = "SIGN_OFF";
    static final String SEGMENT_DIMENSION = "SEGMENT_DIMENSION";
    static final String ENGINE_VERSION = "ENGINE_VERSION";
    static final String BAND_COUNTS = "BAND_COUNTS";
    static final String KEY_FINDINGS = "KEY_FINDINGS";
    static final String MORE_FINDINGS = "MORE_FINDINGS";
    static final String SECTION_ROWS = "SECTION_ROWS";
    static final String KPI_PAGES = "KPI_PAGES";
    static final String FIRST_KPI_ID = "FIRST_KPI_ID";
    static final String TREND_TITLE = "TREND_TITLE";
    static final String TREND_POINTS = "TREND_POINTS";
    static final String FINDINGS = "FINDINGS";
    static final String LEGEND_ROWS = "LEGEND_ROWS";
    static final String RESTATEMENT_INTRO = "RESTATEMENT_INTRO";
    static final String RESTATEMENT_INPUTS = "RESTATEMENT_INPUTS";
    static final String RESTATED_FIGURES = "RESTATED_FIGURES";
    static final String DATASET_ROWS = "DATASET_ROWS";
    static final String SAMPLE_ROWS = "SAMPLE_ROWS";
    static final String PARTIAL_PERIODS = "PARTIAL_PERIODS";
    static final String METHOD_ROWS = "METHOD_ROWS";
    static final String RULE_ROWS = "RULE_ROWS";
    static final String UNCOVERED_CLAUSES = "UNCOVERED_CLAUSES";
    static final String CONTENTS = "CONTENTS";

    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");
    private static final Pattern HEX_COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final String CHIP_FALLBACK_COLOUR = "#E4E7EB";
    /** Keeps a chip and its range on one line; Jasper wraps only between bands. */
    private static final char NO_BREAK = '\u00A0';
    /**
     * Java's line breaking never breaks before a no-break space, not even after a space, so a band starting
     * with one would glue all bands into one word and Jasper would cut it anywhere. A tab is a break
     * opportunity before it; the template sets tab stops 1 pt apart, so the tab itself adds no visible gap.
     */
    private static final String BETWEEN_BANDS = "    \t";
    private static final String BULLET = "•\u00A0";

    private ScorecardParameters() {
    }

    static Map<String, Object> of(ScorecardView view) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put(JRParameter.REPORT_LOCALE, Locale.ROOT);
        parameters.put(JRParameter.REPORT_TIME_ZONE, UTC);
        ScorecardView.Cover cover = view.cover();
        parameters.put(TITLE, textOrEmpty(cover.title()));
        parameters.put(ORGANISATION, textOrEmpty(cover.organisation()));
        parameters.put(PERIOD_LABEL, textOrEmpty(cover.periodLabel()));
        parameters.put(AS_OF, textOrEmpty(cover.asOf()));
        parameters.put(FINGERPRINT, textOrEmpty(cover.fingerprint()));
        parameters.put(SIGN_OFF, cover.signOff().stream().map(ScorecardParameters::signOff).toList());
        parameters.put(SEGMENT_DIMENSION, textOrEmpty(view.segmentDimension()));
        parameters.put(ENGINE_VERSION, textOrEmpty(view.engineVersion()));
        parameters.put(BAND_COUNTS, view.executiveSummary().bandCounts().stream()
                .map(ScorecardParameters::bandCount).toList());
        parameters.put(KEY_FINDINGS, view.executiveSummary().keyFindings().stream()
                .map(ScorecardParameters::finding).toList());
        parameters.put(MORE_FINDINGS, textOrEmpty(view.executiveSummary().moreFindings()));
        parameters.put(SECTION_ROWS, view.sections().stream()
                .flatMap(section -> section.rows().stream().map(row -> summaryRow(section.title(), row))).toList());
        parameters.put(KPI_PAGES, view.kpiPages().stream().map(ScorecardParameters::kpiPage).toList());
        parameters.put(FIRST_KPI_ID, view.kpiPages().isEmpty() ? "" : view.kpiPages().get(0).kpiId());
        parameters.put(TREND_TITLE, textOrEmpty(view.trendTitle()));
        parameters.put(TREND_POINTS, view.trend().stream().map(ScorecardParameters::trendPoint).toList());
        parameters.put(FINDINGS, view.findings().stream().map(ScorecardParameters::finding).toList());
        parameters.put(LEGEND_ROWS, view.legend().stream().map(ScorecardParameters::legendRow).toList());
        ScorecardView.Appendix appendix = view.appendix();
        parameters.put(DATASET_ROWS, appendix.datasets().stream().map(row -> fields(
                "dataset", row.dataset(), "rowsRead", row.rowsRead(), "rowsRejected", row.rowsRejected(),
                "rejectedShare", row.rejectedShare())).toList());
        parameters.put(SAMPLE_ROWS, appendix.samples().stream().map(row -> fields(
                "kpiName", row.kpiName(), "sample", row.sample(), "minimum", row.minimum(), "status", row.status()))
                .toList());
        parameters.put(PARTIAL_PERIODS, textOrEmpty(appendix.partialPeriods()));
        parameters.put(METHOD_ROWS, appendix.methods().stream().map(row -> fields(
                "kpiName", row.kpiName(), "formula", row.formula(), "rounding", row.rounding(), "clauses",
                row.clauses())).toList());
        parameters.put(RULE_ROWS, appendix.rules().stream().map(row -> fields(
                "rule", row.rule(), "file", row.file(), "fired", row.fired())).toList());
        parameters.put(UNCOVERED_CLAUSES, textOrEmpty(appendix.uncoveredClauses()));
        parameters.put(CONTENTS, TableOfContents.entries(view).stream().map(entry -> fields(
                "label", entry.label(), "level", entry.level(), "page", TableOfContents.PAGE_PLACEHOLDER)).toList());
        parameters.put(RESTATEMENT_INTRO, view.restatements().introduction());
        parameters.put(RESTATEMENT_INPUTS, view.restatements().changedInputs().isEmpty() ? "none"
                : String.join("\n", view.restatements().changedInputs()));
        parameters.put(RESTATED_FIGURES, view.restatements().rows().stream().map(row -> fields(
                "kpiName", row.kpiName(), "period", row.period(), "segment", row.segment(), "before", row.before(),
                "after", row.after())).toList());
        return parameters;
    }

    /** A row map from alternating field names and values. */
    private static Map<String, ?> fields(Object... namesAndValues) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return fields;
    }

    /** Header texts are joined in the template; an absent one must not print as "null". */
    private static String textOrEmpty(String text) {
        return text == null ? "" : text;
    }

    static Map<String, ?> signOff(ScorecardView.SignOffRow row) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("role", row.role());
        fields.put("meaning", row.meaning());
        return fields;
    }

    static Map<String, ?> bandCount(ScorecardView.BandCount count) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("label", count.label());
        fields.put("colour", colourOrFallback(count.colour()));
        fields.put("textColour", TextContrast.on(colourOrFallback(count.colour())));
        fields.put("count", count.count());
        return fields;
    }

    /** A summary row of a section table; rows of one section follow each other, so the section groups them. */
    static Map<String, ?> summaryRow(String section, KpiSummaryRow row) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("section", section);
        fields.put("kpiId", row.kpiId());
        fields.put("name", row.name());
        fields.put("value", row.value());
        fields.put("unit", row.unit());
        fields.put("target", row.target());
        fields.put("band", row.band());
        fields.put("bandColour", colourOrFallback(row.bandColour()));
        fields.put("bandTextColour", TextContrast.on(colourOrFallback(row.bandColour())));
        fields.put("change", row.change());
        fields.put("changeArrow", row.changeArrow());
        fields.put("changeColour", row.changeColour());
        fields.put("benchmark", row.benchmark());
        fields.put("sample", row.sample());
        fields.put("insufficientData", textOrEmpty(row.insufficientData()));
        fields.put("sparkline", row.sparkline().stream().map(ScorecardParameters::trendPoint).toList());
        fields.put("bulletGraph", BulletGraph.of(row.gauge()));
        return fields;
    }

    static Map<String, ?> kpiPage(ScorecardView.KpiPage page) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("kpiId", page.kpiId());
        fields.put("name", page.name());
        fields.put("section", page.section());
        fields.put("value", page.value());
        fields.put("band", page.band());
        fields.put("bandColour", colourOrFallback(page.bandColour()));
        fields.put("bandTextColour", TextContrast.on(colourOrFallback(page.bandColour())));
        fields.put("target", page.target());
        fields.put("change", page.change());
        fields.put("interval", page.interval().isEmpty() ? "–" : page.interval());
        fields.put("benchmark", page.benchmark());
        fields.put("sample", page.sample());
        fields.put("definition", page.definition());
        fields.put("measurementApproach", page.measurementApproach());
        fields.put("formula", page.formula());
        fields.put("trendTitle", page.trendTitle());
        fields.put("trend", page.trend().stream().map(ScorecardParameters::trendPoint).toList());
        fields.put("findings", bullets(page.findings(), "No findings for this KPI."));
        fields.put("diagnosticQuestions", bullets(page.diagnosticQuestions(), "–"));
        fields.put("actionableTips", bullets(page.actionableTips(), "–"));
        fields.put("riskWarnings", bullets(page.riskWarnings(), "–"));
        fields.put("bandZones", page.bandZones());
        fields.put("segmentTitle", textOrEmpty(page.segmentTitle()));
        fields.put("segments", page.segments().stream().map(ScorecardParameters::segmentValue).toList());
        fields.put("decimals", page.decimals());
        return fields;
    }

    static Map<String, ?> segmentValue(ScorecardView.SegmentValue segment) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("segment", segment.segment());
        fields.put("value", segment.value());
        return fields;
    }

    /** One bulleted line per item; {@code none} when there are none. */
    static String bullets(List<String> items, String none) {
        if (items.isEmpty()) {
            return none;
        }
        return String.join("\n", items.stream().map(item -> BULLET + item.strip()).toList());
    }

    private static String colourOrFallback(String colour) {
        return colour != null && HEX_COLOUR.matcher(colour).matches() ? colour : CHIP_FALLBACK_COLOUR;
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

    static Map<String, ?> legendRow(BandLegendRow row) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("kpiName", row.kpiName());
        fields.put("bands", bandsMarkup(row.bands()));
        fields.put("rule", row.rule());
        fields.put("target", row.target());
        return fields;
    }

    /**
     * The bands as Jasper styled text: each label bold on a chip of its colour, in a text colour readable on
     * it, followed by its range. Spaces inside a band do not break, so a line never ends inside a band.
     */
    static String bandsMarkup(List<BandChip> bands) {
        if (bands.isEmpty()) {
            return "–";
        }
        StringBuilder markup = new StringBuilder();
        for (BandChip band : bands) {
            if (!markup.isEmpty()) {
                markup.append(BETWEEN_BANDS);
            }
            String colour = colourOrFallback(band.colour());
            markup.append("<style isBold=\"true\" backcolor=\"").append(colour)
                    .append("\" forecolor=\"").append(TextContrast.on(colour)).append("\">")
                    .append(NO_BREAK).append(unbreakable(band.label())).append(NO_BREAK).append("</style>")
                    .append(NO_BREAK).append(unbreakable(band.range()));
        }
        return markup.toString();
    }

    private static String unbreakable(String text) {
        return escape(text == null ? "" : text.strip()).replace(' ', NO_BREAK);
    }

    /** Styled text is XML: labels and ranges such as {@code < 85} must not be read as markup. */
    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
