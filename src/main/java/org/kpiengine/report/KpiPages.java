package org.kpiengine.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kpiengine.definition.Benchmark;
import org.kpiengine.definition.CatalogAttributes;
import org.kpiengine.definition.KpiDefinition;
import org.kpiengine.evaluation.ConfidenceInterval;
import org.kpiengine.evaluation.KpiValue;
import org.kpiengine.evaluation.Period;
import org.kpiengine.evaluation.ScorecardEvaluation;
import org.kpiengine.rules.Interpretation;
import org.kpiengine.rules.RuledBand;
import org.kpiengine.rules.RuledFinding;
import org.kpiengine.rules.model.KpiResult;

/** Builds the page about one KPI: its latest figures, its definition and trend, and what to do about it. */
final class KpiPages {

    static final String TARGET_SERIES = "Target";

    private KpiPages() {
    }

    static ScorecardView.KpiPage page(KpiDefinition kpi, String section, Interpretation interpretation) {
        ScorecardEvaluation evaluation = interpretation.evaluation();
        KpiValue value = ScorecardViewBuilder.latest(kpi, evaluation);
        Optional<RuledBand> band = interpretation.band(kpi.id(), value.period(), null);
        ValueFormatter formatter = ValueFormatter.of(kpi);
        Double target = kpi.judgement().targetFor(value.period().lastDay(), null).orElse(null);
        Double change = ScorecardViewBuilder.change(value, evaluation);
        CatalogAttributes catalog = kpi.catalog();
        List<Period> periods = evaluation.periods();
        return new ScorecardView.KpiPage(
                kpi.id(),
                kpi.name(),
                section,
                value.value() == null ? "no value (" + value.noValueReason() + ")" : formatter.value(value.value()),
                ScorecardViewBuilder.bandLabel(band, value),
                ScorecardViewBuilder.bandColour(band),
                formatter.value(target),
                change == null ? "–" : ScorecardViewBuilder.arrow(change) + " " + formatter.change(change)
                        + " since " + value.period().previous(evaluation.asOf()).label(),
                value.optionalInterval().map(interval -> interval(interval, formatter)).orElse(""),
                benchmark(kpi, formatter),
                ScorecardViewBuilder.sample(value)
                        + (value.insufficientSample() ? " – " + ScorecardViewBuilder.INSUFFICIENT_DATA.toLowerCase(
                        java.util.Locale.ROOT) + " (at least " + kpi.minimumSample() + " needed)" : ""),
                orDash(catalog.definition()),
                orDash(catalog.measurementApproach()),
                formula(kpi, catalog),
                kpi.name() + " by " + ScorecardViewBuilder.grain(evaluation) + ", " + periods.get(0).label() + " to "
                        + periods.get(periods.size() - 1).label(),
                trend(kpi, evaluation),
                findings(kpi, interpretation),
                catalog.diagnosticQuestions(),
                catalog.actionableTips(),
                catalog.riskWarnings(),
                BandZones.of(kpi, value.period().lastDay()),
                segmentTitle(kpi, evaluation),
                segments(kpi, evaluation),
                kpi.format().decimals());
    }

    private static String segmentTitle(KpiDefinition kpi, ScorecardEvaluation evaluation) {
        return evaluation.segments().isEmpty() ? "" : kpi.name() + " by "
                + evaluation.scorecard().segmentByText() + ", " + evaluation.latestPeriod().label();
    }

    /** The latest value per segment; none at all when the KPI has no value for any (the chart is left out). */
    private static List<ScorecardView.SegmentValue> segments(KpiDefinition kpi, ScorecardEvaluation evaluation) {
        Period latest = evaluation.latestPeriod();
        List<ScorecardView.SegmentValue> values = evaluation.segments().stream()
                .map(segment -> new ScorecardView.SegmentValue(segment,
                        evaluation.value(kpi.id(), latest, segment).map(KpiValue::value).orElse(null)))
                .toList();
        return values.stream().allMatch(value -> value.value() == null) ? List.of() : values;
    }

    private static String interval(ConfidenceInterval interval, ValueFormatter formatter) {
        return formatter.number(interval.low()) + " to " + formatter.value(interval.high());
    }

    private static String benchmark(KpiDefinition kpi, ValueFormatter formatter) {
        List<String> texts = new ArrayList<>();
        for (Benchmark benchmark : kpi.judgement().benchmarks()) {
            String origin = benchmark.industry() == null || benchmark.industry().isBlank()
                    ? benchmark.source() : benchmark.source() + ", " + benchmark.industry();
            texts.add(formatter.value(benchmark.value()) + " (" + origin + ")");
        }
        return texts.isEmpty() ? "–" : String.join("; ", texts);
    }

    private static String formula(KpiDefinition kpi, CatalogAttributes catalog) {
        String standard = catalog.standardFormula() == null ? "" : catalog.standardFormula().strip();
        String text = kpi.formula().text().strip();
        return standard.isEmpty() ? text : text + "\n(" + standard + ")";
    }

    private static List<ScorecardView.TrendPoint> trend(KpiDefinition kpi, ScorecardEvaluation evaluation) {
        List<ScorecardView.TrendPoint> points = new ArrayList<>();
        for (Period period : evaluation.periods()) {
            points.add(new ScorecardView.TrendPoint(kpi.name(), period.label(),
                    evaluation.value(kpi.id(), period, null).map(KpiValue::value).orElse(null)));
        }
        for (Period period : evaluation.periods()) {
            kpi.judgement().targetFor(period.lastDay(), null).ifPresent(target ->
                    points.add(new ScorecardView.TrendPoint(TARGET_SERIES, period.label(), target)));
        }
        return points;
    }

    private static List<String> findings(KpiDefinition kpi, Interpretation interpretation) {
        List<String> lines = new ArrayList<>();
        for (RuledFinding ruled : interpretation.findings()) {
            var finding = ruled.finding();
            if (!finding.kpiId().equals(kpi.id())) {
                continue;
            }
            String segment = finding.segment() == null || KpiResult.TOTAL.equals(finding.segment())
                    ? "overall" : finding.segment();
            lines.add(ScorecardViewBuilder.capitalise(finding.severity().name()) + " (" + finding.period() + ", "
                    + segment + "): " + finding.message());
        }
        return lines;
    }

    private static String orDash(String text) {
        return text == null || text.isBlank() ? "–" : text.strip();
    }
}
