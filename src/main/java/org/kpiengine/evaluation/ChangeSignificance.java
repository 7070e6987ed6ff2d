package org.kpiengine.evaluation;

import java.util.Optional;

/** Whether a KPI's change from the previous period is larger than sampling noise, where both have intervals. */
public final class ChangeSignificance {

    private ChangeSignificance() {
    }

    /** Empty when either value or either interval is missing, so nothing is claimed either way. */
    public static Optional<Boolean> of(KpiValue current, Optional<KpiValue> previous) {
        if (current.value() == null || current.interval() == null || previous.isEmpty()
                || previous.get().value() == null || previous.get().interval() == null) {
            return Optional.empty();
        }
        KpiValue before = previous.get();
        return Optional.of(ConfidenceInterval.significantChange(before.value(), before.interval(), current.value(),
                current.interval()));
    }
}
