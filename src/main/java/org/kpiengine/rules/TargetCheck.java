package org.kpiengine.rules;

import org.kpiengine.definition.KpiDefinition;
import org.kpiengine.definition.ValueRange;

/** Whether a value misses its target, by the KPI's direction; null when the KPI has nothing to miss. */
final class TargetCheck {

    private TargetCheck() {
    }

    static Boolean missed(KpiDefinition kpi, double value, Double target) {
        return switch (kpi.direction()) {
            case HIGHER_IS_BETTER -> target == null ? null : value < target;
            case LOWER_IS_BETTER -> target == null ? null : value > target;
            case TARGET_RANGE -> {
                ValueRange range = kpi.judgement().targetRange();
                yield range == null ? null : !range.contains(value);
            }
            case NEITHER -> null;
        };
    }
}
