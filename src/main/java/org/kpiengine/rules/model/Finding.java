package org.kpiengine.rules.model;

import java.util.Objects;

/**
 * Something a rule found worth saying about a KPI result. Rules insert findings; the engine records
 * which rule inserted each one.
 */
public record Finding(Severity severity, String kpiId, String period, String segment, String message) {

    public Finding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(kpiId, "kpiId");
        Objects.requireNonNull(message, "message");
    }

    /** A finding about a result, in its period and segment. */
    public static Finding about(KpiResult result, Severity severity, String message) {
        return new Finding(severity, result.kpiId(), result.period(), result.segment(), message);
    }
}
