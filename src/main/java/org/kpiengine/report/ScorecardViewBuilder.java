package org.kpiengine.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kpiengine.definition.BandOn;
import org.kpiengine.definition.KpiDefinition;
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

    private ScorecardViewBuilder() {
    }

    public static ScorecardView build(Interpretation interpretation, String engineVersion) {
        ScorecardEvaluation evaluation = interpretation.evaluation();
        Period latest = evaluation.latestPeriod();
        List<ScorecardView.KpiSummaryRow> summary = new ArrayList<>();
        for (KpiDefinition kpi : evaluation.kpis()) {
            summary.add(summaryRow(kpi, evaluation.value(kpi.id(), latest, null), interpretation));
        }
        String segmentDimension = evaluation.scorecard().segmentByText();
        return new ScorecardView(
                evaluation.scorecard().title(),
                evaluation.scorecard().organisation(),
                periodLabel(evaluation),
                evaluation.asOf().toString(),
                segmentDimension,
                engineVersion,
                summary,
                trendTitle(evaluation, segmentDimension),
                trend(evaluation),
                findings(interpretation),
                legend(evaluation));
    }

    private static String periodLabel(ScorecardEvaluation evaluation) {
        Period latest = evaluation.latestPeriod();
        return latest.label() + (latest.partial() ? " (in progress)" : "");
    }

    private static String trendTitle(ScorecardEvaluation evaluation, String segmentDimension) {
        List<Period> periods = evaluation.periods();
        String grain = evaluation.scorecard().grain().name().toLowerCase(java.util.Locale.ROOT);
        return "Percentage KPIs by " + grain + ", " + periods.get(0).label() + " to "
                + periods.get(periods.size() - 1).label() + " (all " + segmentDimension + "s)";
    }

    private static ScorecardView.KpiSummaryRow summaryRow(KpiDefinition kpi, Optional<KpiValue> latestValue,
                                                          Interpretation interpretation) {
        ScorecardEvaluation evaluation = interpretation.evaluation();
        KpiValue value = latestValue.orElseThrow();
        Optional<RuledBand> band = interpretation.band(kpi.id(), value.period(), null);
        Double previous = evaluation.previous(value).flatMap(KpiValue::optionalValue).orElse(null);
        Double change = value.value() == null || previous == null ? null : value.value() - previous;
        ValueFormatter formatter = ValueFormatter.of(kpi);
        Double target = kpi.judgement().targetFor(value.period().lastDay(), null).orElse(null);
        String sample = value.sample() == null ? "–" : ValueFormatter.count(value.sample())
                + (value.insufficientSample() ? " (too few)" : "");
        return new ScorecardView.KpiSummaryRow(
                kpi.id(),
                kpi.name(),
                value.value() == null ? "no value" : formatter.number(value.value()),
                formatter.symbol(),
                formatter.value(target),
                band.map(b -> b.verdict().label()).orElse(value.value() == null ? "No value" : "Unrated"),
                band.map(b -> b.verdict().colour()).orElse(NO_BAND_COLOUR),
                formatter.change(change),
                arrow(change),
                changeColour(kpi, change),
                sample);
    }

    private static String arrow(Double change) {
        if (change == null) {
            return "";
        }
        return change > 0 ? "▲" : change < 0 ? "▼" : "▶";
    }

    private static String changeColour(KpiDefinition kpi, Double change) {
        if (change == null || change == 0 || kpi.direction().sign() == 0) {
            return NEUTRAL_COLOUR;
        }
        return Math.signum(change) == kpi.direction().sign() ? GOOD_COLOUR : BAD_COLOUR;
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

    private static String capitalise(String word) {
        return word.charAt(0) + word.substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
