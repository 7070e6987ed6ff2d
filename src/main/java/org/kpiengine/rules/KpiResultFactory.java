package org.kpiengine.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kpiengine.definition.BandOn;
import org.kpiengine.definition.Benchmark;
import org.kpiengine.definition.KpiDefinition;
import org.kpiengine.definition.KpiJudgement;
import org.kpiengine.definition.ValueRange;
import org.kpiengine.definition.yaml.YamlEnum;
import org.kpiengine.evaluation.ChangeSignificance;
import org.kpiengine.evaluation.ConfidenceInterval;
import org.kpiengine.evaluation.KpiValue;
import org.kpiengine.evaluation.Period;
import org.kpiengine.evaluation.ScorecardEvaluation;
import org.kpiengine.rules.model.KpiResult;

/** Turns an evaluation into the facts rules reason about, with the targets and bands in force per period. */
final class KpiResultFactory {

    private KpiResultFactory() {
    }

    static List<KpiResult> facts(ScorecardEvaluation evaluation) {
        List<KpiResult> facts = new ArrayList<>();
        List<Period> periods = evaluation.periods();
        for (KpiDefinition kpi : evaluation.kpis()) {
            for (int index = 0; index < periods.size(); index++) {
                for (String segment : evaluation.segmentsAndTotal()) {
                    int periodIndex = index;
                    evaluation.value(kpi.id(), periods.get(index), segment).ifPresent(value ->
                            facts.add(fact(kpi, value, periodIndex, periodIndex == periods.size() - 1,
                                    evaluation.previous(value))));
                }
            }
        }
        return facts;
    }

    private static KpiResult fact(KpiDefinition kpi, KpiValue value, int periodIndex, boolean latest,
                                  Optional<KpiValue> previousValue) {
        Double previous = previousValue.flatMap(KpiValue::optionalValue).orElse(null);
        ConfidenceInterval interval = value.interval();
        KpiJudgement judgement = kpi.judgement();
        Double number = value.value();
        Double target = judgement.targetFor(value.period().lastDay(), value.segment()).orElse(null);
        ValueRange range = judgement.targetRange();
        Double change = number == null || previous == null ? null : number - previous;
        return new KpiResult(kpi.id(), kpi.name(), YamlEnum.name(kpi.unit()), YamlEnum.name(kpi.direction()),
                value.period().label(), periodIndex, latest,
                value.isTotal() ? KpiResult.TOTAL : value.segment(), value.isTotal(),
                number, rated(kpi, number), value.noValueReason(),
                judgement.bandSetIndexFor(value.period().lastDay()).orElse(-1),
                target, range == null ? null : range.min(), range == null ? null : range.max(),
                number == null ? null : TargetCheck.missed(kpi, number, target),
                judgement.benchmarks().stream().findFirst().map(Benchmark::value).orElse(null),
                previous, change, ChangeSignificance.of(value, previousValue).orElse(null),
                interval == null ? null : interval.low(), interval == null ? null : interval.high(),
                value.sample(), kpi.minimumSample(), value.insufficientSample());
    }

    /** The value as the bands see it: rounded to the displayed decimals when the KPI rates what it shows. */
    private static Double rated(KpiDefinition kpi, Double value) {
        if (value == null || kpi.judgement().bandOn() == BandOn.EXACT_VALUE) {
            return value;
        }
        return BigDecimal.valueOf(value).setScale(kpi.format().decimals(), RoundingMode.HALF_UP).doubleValue();
    }
}
