package org.kpiengine.report;

import java.util.ArrayList;
import java.util.List;
import org.kpiengine.definition.KpiDefinition;
import org.kpiengine.definition.yaml.YamlEnum;
import org.kpiengine.evaluation.ChangeSignificance;
import org.kpiengine.evaluation.ConfidenceInterval;
import org.kpiengine.evaluation.KpiValue;
import org.kpiengine.evaluation.Period;
import org.kpiengine.evaluation.ScorecardEvaluation;
import org.kpiengine.rules.Interpretation;
import org.kpiengine.rules.RuledBand;
import org.kpiengine.rules.model.KpiResult;

/** Flattens an interpretation into rows: KPIs in scorecard order, periods oldest first, the total last. */
public final class ResultRows {

    private ResultRows() {
    }

    public static List<ResultRow> of(Interpretation interpretation) {
        ScorecardEvaluation evaluation = interpretation.evaluation();
        List<ResultRow> rows = new ArrayList<>();
        for (KpiDefinition kpi : evaluation.kpis()) {
            for (Period period : evaluation.periods()) {
                for (String segment : evaluation.segmentsAndTotal()) {
                    evaluation.value(kpi.id(), period, segment).ifPresent(value ->
                            rows.add(row(kpi, value, interpretation)));
                }
            }
        }
        return rows;
    }

    private static ResultRow row(KpiDefinition kpi, KpiValue value, Interpretation interpretation) {
        Double previous = interpretation.evaluation().previous(value).flatMap(KpiValue::optionalValue).orElse(null);
        Double change = value.value() == null || previous == null ? null : value.value() - previous;
        var band = interpretation.band(kpi.id(), value.period(), value.segment());
        Boolean significant = ChangeSignificance.of(value, interpretation.evaluation().previous(value)).orElse(null);
        ConfidenceInterval interval = value.interval();
        Double target = kpi.judgement().targetFor(value.period().lastDay(), value.segment()).orElse(null);
        ValueFormatter formatter = ValueFormatter.of(kpi);
        return new ResultRow(kpi.id(), kpi.name(), value.period().label(), value.period().partial(),
                value.isTotal() ? KpiResult.TOTAL : value.segment(), value.value(), YamlEnum.name(kpi.unit()),
                formatter.value(value.value()),
                band.map(b -> b.verdict().label()).orElse(null), band.map(RuledBand::rule).orElse(null),
                target, formatter.value(target), change, formatter.change(change), significant,
                interval == null ? null : interval.low(), interval == null ? null : interval.high(),
                interval == null ? "" : formatter.number(interval.low()) + " to " + formatter.number(interval.high()),
                value.sample(), value.insufficientSample(), value.noValueReason());
    }
}
