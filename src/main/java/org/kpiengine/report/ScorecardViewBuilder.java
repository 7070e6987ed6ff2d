package org.kpiengine.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.kpiengine.definition.BandOn;
import org.kpiengine.definition.Benchmark;
import org.kpiengine.definition.KpiDefinition;
import org.kpiengine.definition.ScorecardDefinition;
import org.kpiengine.definition.ScorecardSection;
import org.kpiengine.definition.Unit;
import org.kpiengine.evaluation.KpiValue;
import org.kpiengine.evaluation.Period;
import org.kpiengine.evaluation.ScorecardEvaluation;
import org.kpiengine.rules.Interpretation;
import org.kpiengine.rules.RuledBand;
import org.kpiengine.rules.RuledFinding;
import org.kpiengine.rules.model.KpiResult;

/** Prepares what the scorecard template shows from an interpreted evaluation. */
public final class ScorecardViewBuilder {

    static final String GOOD_COLOUR = "#007A5A";
    static final String BAD_COLOUR = "#B8460B";
    static final String NEUTRAL_COLOUR = "#555555";
    private static final String NO_BAND_COLOUR = "#BDBDBD";
    static final String NOT_RATED = "not rated";
    static final String INSUFFICIENT_DATA = "Insufficient data";
    /** How many findings the executive summary lists; the rest are counted. */
    static final int KEY_FINDINGS = 8;
    static final String UNTITLED_SECTION = "KPI summary";

    private ScorecardViewBuilder() {
    }

    public static ScorecardView build(Interpretation interpretation, String engineVersion) {
        return build(interpretation, engineVersion, "");
    }

    /** @param fingerprint identifies the definitions the figures came from, see {@link DefinitionsFingerprint} */
    public static ScorecardView build(Interpretation interpretation, String engineVersion, String fingerprint) {
        return build(interpretation, engineVersion, fingerprint, Optional.empty());
    }

    /** @param restatement what the run restates of an earlier archived run, printed in its own appendix */
    public static ScorecardView build(Interpretation interpretation, String engineVersion, String fingerprint,
                                      Optional<Restatement> restatement) {
        ScorecardEvaluation evaluation = interpretation.evaluation();
        ScorecardDefinition scorecard = evaluation.scorecard();
        Map<String, KpiDefinition> kpis = new LinkedHashMap<>();
        evaluation.kpis().forEach(kpi -> kpis.put(kpi.id(), kpi));
        List<ScorecardView.FindingRow> findings = findings(interpretation);
        List<ScorecardView.Section> sections = new ArrayList<>();
        List<ScorecardView.KpiPage> pages = new ArrayList<>();
        for (ScorecardSection section : scorecard.sections()) {
            String title = section.title() == null || section.title().isBlank() ? UNTITLED_SECTION : section.title();
            List<ScorecardView.KpiSummaryRow> rows = new ArrayList<>();
            for (String id : section.kpis()) {
                KpiDefinition kpi = kpis.get(id);
                if (kpi == null) {
                    continue;
                }
                rows.add(summaryRow(kpi, interpretation));
                pages.add(KpiPages.page(kpi, title, interpretation));
            }
            sections.add(new ScorecardView.Section(title, rows));
        }
        String segmentDimension = scorecard.segmentByText();
        List<ScorecardView.SignOffRow> signOff = scorecard.signOff().stream()
                .map(role -> new ScorecardView.SignOffRow(role.role(), role.meaning() == null ? "" : role.meaning()))
                .toList();
        ScorecardView.Cover cover = new ScorecardView.Cover(scorecard.title(), scorecard.organisation(),
                periodLabel(evaluation), evaluation.asOf().toString(), fingerprint, signOff);
        return new ScorecardView(
                cover,
                scorecard.language(),
                segmentDimension,
                engineVersion,
                executiveSummary(interpretation, findings),
                sections,
                pages,
                trendTitle(evaluation, segmentDimension),
                trend(evaluation),
                findings,
                legend(evaluation),
                Appendices.of(interpretation),
                restatement.map(found -> RestatementsAppendix.of(found, kpis)).orElse(ScorecardView.Restatements.NONE));
    }

    private static String periodLabel(ScorecardEvaluation evaluation) {
        Period latest = evaluation.latestPeriod();
        return latest.label() + (latest.partial() ? " (in progress)" : "");
    }

    private static String trendTitle(ScorecardEvaluation evaluation, String segmentDimension) {
        List<Period> periods = evaluation.periods();
        return "Percentage KPIs by " + grain(evaluation) + ", " + periods.get(0).label() + " to "
                + periods.get(periods.size() - 1).label() + " (all " + segmentDimension + "s)";
    }

    static String grain(ScorecardEvaluation evaluation) {
        return evaluation.scorecard().grain().name().toLowerCase(Locale.ROOT);
    }

    /** The latest total value of a KPI, which the evaluation always holds, with or without a number. */
    static KpiValue latest(KpiDefinition kpi, ScorecardEvaluation evaluation) {
        return evaluation.value(kpi.id(), evaluation.latestPeriod(), null).orElseThrow();
    }

    static String bandLabel(Optional<RuledBand> band, KpiValue value) {
        return band.map(b -> b.verdict().label()).orElse(value.value() == null ? "No value" : "Unrated");
    }

    static String bandColour(Optional<RuledBand> band) {
        return band.map(b -> b.verdict().colour()).orElse(NO_BAND_COLOUR);
    }

    static Double change(KpiValue value, ScorecardEvaluation evaluation) {
        Double previous = evaluation.previous(value).flatMap(KpiValue::optionalValue).orElse(null);
        return value.value() == null || previous == null ? null : value.value() - previous;
    }

    static String sample(KpiValue value) {
        return value.sample() == null ? "–" : ValueFormatter.count(value.sample());
    }

    static String benchmark(KpiDefinition kpi) {
        List<Benchmark> benchmarks = kpi.judgement().benchmarks();
        return benchmarks.isEmpty() ? "–" : ValueFormatter.of(kpi).value(benchmarks.get(0).value());
    }

    private static ScorecardView.KpiSummaryRow summaryRow(KpiDefinition kpi, Interpretation interpretation) {
        ScorecardEvaluation evaluation = interpretation.evaluation();
        KpiValue value = latest(kpi, evaluation);
        Optional<RuledBand> band = interpretation.band(kpi.id(), value.period(), null);
        Double change = change(value, evaluation);
        ValueFormatter formatter = ValueFormatter.of(kpi);
        Double target = kpi.judgement().targetFor(value.period().lastDay(), null).orElse(null);
        List<ScorecardView.TrendPoint> sparkline = evaluation.periods().stream()
                .map(period -> new ScorecardView.TrendPoint(kpi.name(), period.label(),
                        evaluation.value(kpi.id(), period, null).map(KpiValue::value).orElse(null)))
                .toList();
        return new ScorecardView.KpiSummaryRow(
                kpi.id(),
                kpi.name(),
                value.value() == null ? "no value" : formatter.number(value.value()),
                formatter.symbol(),
                formatter.value(target),
                bandLabel(band, value),
                bandColour(band),
                formatter.change(change),
                arrow(change),
                changeColour(kpi, change),
                benchmark(kpi),
                sample(value),
                value.insufficientSample() ? INSUFFICIENT_DATA : "",
                sparkline,
                new ScorecardView.Gauge(BandZones.of(kpi, value.period().lastDay()), value.value(), target));
    }

    static String arrow(Double change) {
        if (change == null) {
            return "";
        }
        return change > 0 ? "▲" : change < 0 ? "▼" : "▶";
    }

    static String changeColour(KpiDefinition kpi, Double change) {
        if (change == null || change == 0 || kpi.direction().sign() == 0) {
            return NEUTRAL_COLOUR;
        }
        return Math.signum(change) == kpi.direction().sign() ? GOOD_COLOUR : BAD_COLOUR;
    }

    /**
     * KPIs per band of their latest total value, best band first (by the band's rank, then label), then the
     * KPIs without a band.
     */
    private static ScorecardView.Summary executiveSummary(Interpretation interpretation,
                                                         List<ScorecardView.FindingRow> findings) {
        ScorecardEvaluation evaluation = interpretation.evaluation();
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, String> colours = new LinkedHashMap<>();
        Map<String, Integer> ranks = new LinkedHashMap<>();
        for (KpiDefinition kpi : evaluation.kpis()) {
            KpiValue value = latest(kpi, evaluation);
            Optional<RuledBand> band = interpretation.band(kpi.id(), value.period(), null);
            String label = bandLabel(band, value);
            counts.computeIfAbsent(label, l -> new int[1])[0]++;
            colours.putIfAbsent(label, bandColour(band));
            ranks.putIfAbsent(label, band.map(b -> b.verdict().rank()).orElse(Integer.MAX_VALUE));
        }
        List<ScorecardView.BandCount> bandCounts = counts.keySet().stream()
                .sorted(Comparator.comparing(ranks::get))
                .map(label -> new ScorecardView.BandCount(label, colours.get(label),
                        Integer.toString(counts.get(label)[0])))
                .toList();
        // Findings about the total come before those about one segment; the interpretation's order holds otherwise.
        List<ScorecardView.FindingRow> ordered = new ArrayList<>(findings);
        ordered.sort(Comparator.comparing((ScorecardView.FindingRow f) -> severityRank(f.severity()))
                .thenComparing(f -> KpiResult.TOTAL.equals(f.segment()) ? 0 : 1));
        List<ScorecardView.FindingRow> key = ordered.stream().limit(KEY_FINDINGS).toList();
        return new ScorecardView.Summary(bandCounts, key, moreFindings(ordered.subList(key.size(), ordered.size())));
    }

    private static int severityRank(String severity) {
        return switch (severity) {
            case "Critical" -> 0;
            case "Warning" -> 1;
            default -> 2;
        };
    }

    private static String moreFindings(List<ScorecardView.FindingRow> rest) {
        if (rest.isEmpty()) {
            return "";
        }
        Map<String, Integer> bySeverity = new LinkedHashMap<>();
        rest.forEach(f -> bySeverity.merge(f.severity().toLowerCase(Locale.ROOT), 1, Integer::sum));
        List<String> parts = bySeverity.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey() + (e.getValue() > 1 && e.getKey().equals("warning") ? "s" : ""))
                .toList();
        return "… and " + rest.size() + " more " + (rest.size() == 1 ? "finding" : "findings") + " ("
                + String.join(", ", parts) + "), listed in full under Findings.";
    }

    private static List<ScorecardView.TrendPoint> trend(ScorecardEvaluation evaluation) {
        List<ScorecardView.TrendPoint> points = new ArrayList<>();
        for (KpiDefinition kpi : evaluation.kpis()) {
            if (kpi.unit() != Unit.PERCENT) {
                continue;
            }
            for (Period period : evaluation.periods()) {
                Double value = evaluation.value(kpi.id(), period, null).map(KpiValue::value).orElse(null);
                points.add(new ScorecardView.TrendPoint(kpi.name(), period.label(), value));
            }
        }
        return points;
    }

    private static List<ScorecardView.FindingRow> findings(Interpretation interpretation) {
        List<ScorecardView.FindingRow> rows = new ArrayList<>();
        for (RuledFinding ruled : interpretation.findings()) {
            var finding = ruled.finding();
            String kpiName = interpretation.evaluation().kpis().stream().filter(kpi -> kpi.id().equals(finding.kpiId()))
                    .map(KpiDefinition::name).findFirst().orElse(finding.kpiId());
            rows.add(new ScorecardView.FindingRow(capitalise(finding.severity().name()), kpiName, finding.period(),
                    finding.segment() == null ? KpiResult.TOTAL : finding.segment(), finding.message(), ruled.rule()));
        }
        return rows;
    }

    /** How each KPI is rated: the bands and target in force on the last day of the latest period. */
    private static List<ScorecardView.BandLegendRow> legend(ScorecardEvaluation evaluation) {
        LocalDate day = evaluation.latestPeriod().lastDay();
        List<ScorecardView.BandLegendRow> rows = new ArrayList<>();
        for (KpiDefinition kpi : evaluation.kpis()) {
            List<ScorecardView.BandChip> chips = kpi.judgement().bandsFor(day).stream()
                    .map(band -> new ScorecardView.BandChip(band.label(), band.colour(), band.rangeText()))
                    .toList();
            Double target = kpi.judgement().targetFor(day, null).orElse(null);
            rows.add(new ScorecardView.BandLegendRow(kpi.name(), chips, chips.isEmpty() ? NOT_RATED : rule(kpi),
                    ValueFormatter.of(kpi).value(target)));
        }
        return rows;
    }

    /** The rounding rule that decides the band, as the legend prints it. */
    static String rule(KpiDefinition kpi) {
        if (kpi.judgement().bandOn() != BandOn.DISPLAYED_VALUE) {
            return "rated on the exact value";
        }
        int decimals = kpi.format().decimals();
        return "rated on the value as displayed (" + decimals + (decimals == 1 ? " decimal)" : " decimals)");
    }

    static String capitalise(String word) {
        return word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT);
    }
}
