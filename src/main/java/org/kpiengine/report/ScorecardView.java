package org.kpiengine.report;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * Everything a scorecard template shows, already formatted for reading. The report layer
 * renders this and computes nothing of its own. {@code language} is the BCP 47 tag of the texts' language,
 * which the PDF declares.
 */
public record ScorecardView(
        Cover cover,
        String language,
        String segmentDimension,
        String engineVersion,
        Summary executiveSummary,
        List<Section> sections,
        List<KpiPage> kpiPages,
        String trendTitle,
        List<TrendPoint> trend,
        List<FindingRow> findings,
        List<BandLegendRow> legend,
        Appendix appendix,
        Restatements restatements) {

    /** The language of a view that names none. */
    public static final String DEFAULT_LANGUAGE = "en";

    public ScorecardView {
        language = language == null || language.isBlank() ? DEFAULT_LANGUAGE : language.strip();
        sections = List.copyOf(sections);
        kpiPages = List.copyOf(kpiPages);
        trend = List.copyOf(trend);
        findings = List.copyOf(findings);
        legend = List.copyOf(legend);
        appendix = appendix == null ? Appendix.NONE : appendix;
        restatements = restatements == null ? Restatements.NONE : restatements;
    }

    /** A view of a run that restates nothing, such as one that is not archived. */
    public ScorecardView(Cover cover, String language, String segmentDimension, String engineVersion,
                         Summary executiveSummary, List<Section> sections, List<KpiPage> kpiPages, String trendTitle,
                         List<TrendPoint> trend, List<FindingRow> findings, List<BandLegendRow> legend,
                         Appendix appendix) {
        this(cover, language, segmentDimension, engineVersion, executiveSummary, sections, kpiPages, trendTitle, trend,
                findings, legend, appendix, Restatements.NONE);
    }

    public String title() {
        return cover.title();
    }

    public String organisation() {
        return cover.organisation();
    }

    public String periodLabel() {
        return cover.periodLabel();
    }

    public String asOf() {
        return cover.asOf();
    }

    /** The as-of date, when the cover's as-of text is an ISO date ({@code YYYY-MM-DD}) as the builder writes it. */
    public Optional<LocalDate> asOfDate() {
        try {
            return cover.asOf() == null ? Optional.empty() : Optional.of(LocalDate.parse(cover.asOf().strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Every summary row of every section, in scorecard order. */
    public List<KpiSummaryRow> summary() {
        return sections.stream().flatMap(section -> section.rows().stream()).toList();
    }

    /**
     * The cover page. {@code fingerprint} identifies the definitions the figures came from (the first hex
     * digits of a SHA-256 over their files), empty when unknown.
     */
    public record Cover(String title, String organisation, String periodLabel, String asOf, String fingerprint,
                        List<SignOffRow> signOff) {

        public Cover {
            signOff = List.copyOf(signOff);
        }
    }

    /** One role that signs the scorecard off, and what its signature means. */
    public record SignOffRow(String role, String meaning) {
    }

    /**
     * The executive summary: how many KPIs fall in each band, the most important findings and, in
     * {@code moreFindings}, a sentence counting the rest (empty when none are left out).
     */
    public record Summary(List<BandCount> bandCounts, List<FindingRow> keyFindings, String moreFindings) {

        public Summary {
            bandCounts = List.copyOf(bandCounts);
            keyFindings = List.copyOf(keyFindings);
        }
    }

    /** How many KPIs were rated in one band in the latest period; {@code colour} is the band's. */
    public record BandCount(String label, String colour, String count) {
    }

    /** One section of the scorecard: its title and the summary rows of its KPIs. */
    public record Section(String title, List<KpiSummaryRow> rows) {

        public Section {
            rows = List.copyOf(rows);
        }
    }

    /**
     * One line of a summary table: a KPI's latest value beside its target and band. {@code insufficientData}
     * is a printed flag, empty when the sample is large enough; {@code sparkline} holds the trailing periods.
     */
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
            String benchmark,
            String sample,
            String insufficientData,
            List<TrendPoint> sparkline,
            Gauge gauge) {

        public KpiSummaryRow {
            sparkline = List.copyOf(sparkline);
        }
    }

    /**
     * What a bullet graph shows: the KPI's bands as zones (best first), its latest value and its target, each
     * null when unknown. Without a value, a target or a band there is nothing to draw.
     */
    public record Gauge(List<Zone> zones, Double value, Double target) {

        public Gauge {
            zones = List.copyOf(zones);
        }

        public boolean drawable() {
            return value != null || target != null || zones.stream().anyMatch(Zone::bounded);
        }
    }

    /**
     * A band as a range of the value axis: {@code from} and {@code to} are null where the band is open;
     * {@code rank} 0 is the best band.
     */
    public record Zone(String label, String colour, Double from, Double to, int rank) {

        public boolean bounded() {
            return from != null || to != null;
        }
    }

    /** A KPI's value for one segment in the latest period, null when it has none. */
    public record SegmentValue(String segment, Double value) {
    }

    /**
     * A page about one KPI. {@code headline} is its latest value, band and target in one line; {@code interval}
     * the 95 % interval around the latest value, empty when there is none; {@code trend} the value and the
     * target per trailing period as two series, drawn over {@code bandZones}; {@code segments} the latest value per
     * segment (empty when the scorecard has no segments), under {@code segmentTitle}; {@code decimals} how many
     * decimals the KPI's values are shown with.
     */
    public record KpiPage(
            String kpiId,
            String name,
            String section,
            String value,
            String band,
            String bandColour,
            String target,
            String change,
            String interval,
            String benchmark,
            String sample,
            String definition,
            String measurementApproach,
            String formula,
            String trendTitle,
            List<TrendPoint> trend,
            List<String> findings,
            List<String> diagnosticQuestions,
            List<String> actionableTips,
            List<String> riskWarnings,
            List<Zone> bandZones,
            String segmentTitle,
            List<SegmentValue> segments,
            int decimals) {

        public KpiPage {
            bandZones = List.copyOf(bandZones);
            segments = List.copyOf(segments);
            trend = List.copyOf(trend);
            findings = List.copyOf(findings);
            diagnosticQuestions = List.copyOf(diagnosticQuestions);
            actionableTips = List.copyOf(actionableTips);
            riskWarnings = List.copyOf(riskWarnings);
        }
    }

    /** One point of a trend chart: a series (a KPI name, or "Target"), a period label, a value or null. */
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

    /**
     * The data-quality and method appendices: rows read and rejected per dataset, each KPI's sample in the latest
     * period, the partial periods (a sentence), each KPI's formula and ISO 10002 clauses, the rules of the rule
     * files with how often each fired, and the clauses no KPI serves.
     */
    public record Appendix(List<DatasetRow> datasets, List<SampleRow> samples, String partialPeriods,
                           List<MethodRow> methods, List<RuleRow> rules, String uncoveredClauses) {

        public static final Appendix NONE = new Appendix(List.of(), List.of(), "", List.of(), List.of(), "");

        public Appendix {
            datasets = List.copyOf(datasets);
            samples = List.copyOf(samples);
            methods = List.copyOf(methods);
            rules = List.copyOf(rules);
        }
    }

    /** One dataset: rows read from its source, rows rejected as unparsable, and their share. */
    public record DatasetRow(String dataset, String rowsRead, String rowsRejected, String rejectedShare) {
    }

    /** One KPI's sample in the latest period beside the minimum it needs; {@code status} says whether it suffices. */
    public record SampleRow(String kpiName, String sample, String minimum, String status) {
    }

    /** How one KPI is computed and which ISO 10002 clauses it serves. */
    public record MethodRow(String kpiName, String formula, String rounding, String clauses) {
    }

    /** One rule of the rule files, the file that holds it, and how many findings it raised. */
    public record RuleRow(String rule, String file, String fired) {
    }

    /**
     * The restatements appendix: {@code introduction} names the earlier run compared with, empty when the
     * appendix is not shown; {@code changedInputs} the inputs that changed since; {@code rows} every restated figure.
     */
    public record Restatements(String introduction, List<String> changedInputs, List<RestatedRow> rows) {

        public static final Restatements NONE = new Restatements("", List.of(), List.of());

        public Restatements {
            introduction = introduction == null ? "" : introduction;
            changedInputs = List.copyOf(changedInputs);
            rows = List.copyOf(rows);
        }

        public boolean shown() {
            return !introduction.isEmpty();
        }
    }

    /** One restated figure, formatted with its KPI's unit: as first reported and as it stands now. */
    public record RestatedRow(String kpiName, String period, String segment, String before, String after) {
    }
}
