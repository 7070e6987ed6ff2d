package org.kpiengine.evaluation;

import java.io.Serializable;
import java.util.Map;
import java.util.Set;
import org.mvel2.MVEL;

/** A KPI formula compiled once at load time, evaluated for every period and segment. */
public final class CompiledFormula {

    private final String kpiId;
    private final Serializable compiled;
    private final Set<String> inputs;

    CompiledFormula(String kpiId, Serializable compiled, Set<String> inputs) {
        this.kpiId = kpiId;
        this.compiled = compiled;
        this.inputs = Set.copyOf(inputs);
    }

    public String kpiId() {
        return kpiId;
    }

    /** The measure and KPI ids the formula reads. */
    public Set<String> inputs() {
        return inputs;
    }

    /** Evaluates with every input present; the result may be infinite or NaN, which the caller judges. */
    double evaluate(Map<String, Double> values) {
        Object result = MVEL.executeExpression(compiled, Map.copyOf(values));
        if (result instanceof Boolean flag) {
            return flag ? 1 : 0;
        }
        return ((Number) result).doubleValue();
    }
}
