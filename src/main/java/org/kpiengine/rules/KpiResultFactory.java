package org.kpiengine.rules;

import java.util.ArrayList;
import java.util.List;
import org.kpiengine.definition.KpiDefinition;
import org.kpiengine.definition.yaml.YamlEnum;
import org.kpiengine.evaluation.KpiValue;
import org.kpiengine.evaluation.Period;
import org.kpiengine.evaluation.ScorecardEvaluation;
import org.kpiengine.rules.model.KpiResult;

/** Turns an evaluation into the facts rules reason about. */
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
                                    evaluation.previous(value).flatMap(KpiValue::optionalValue).orElse(null))));
                }
            }
        }
        return facts;
    }

    private static KpiResult fact(KpiDefinition kpi, KpiValue value, int periodIndex, boolean latest, Double previous) {
        Double number = value.value();
        Boolean targetMissed = number == null || kpi.target() == null ? null : missesTarget(kpi, number);
        Double change = number == null || previous == null ? null : number - previous;
        return new KpiResult(kpi.id(), kpi.name(), YamlEnum.name(kpi.unit()), YamlEnum.name(kpi.direction()),
                value.period().label(), periodIndex, latest,
                value.isTotal() ? KpiResult.TOTAL : value.segment(), value.isTotal(),
                number, value.noValueReason(), kpi.target(), targetMissed, previous, change,
                value.sample(), kpi.minimumSample(), value.insufficientSample());
    }

    private static Boolean missesTarget(KpiDefinition kpi, double value) {
        return switch (kpi.direction()) {
            case HIGHER_IS_BETTER -> value < kpi.target();
            case LOWER_IS_BETTER -> value > kpi.target();
            case NEITHER -> null;
        };
    }
}
