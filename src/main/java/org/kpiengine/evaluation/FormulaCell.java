package org.kpiengine.evaluation;

import java.util.HashMap;
import java.util.Map;
import org.kpiengine.definition.DefinitionSet;
import org.kpiengine.definition.KpiDefinition;
import org.kpiengine.definition.MeasureDefinition;
import org.kpiengine.definition.formula.WindowReference;

/** One KPI in one period and segment: its formula over the values known there, or why it has none. */
final class FormulaCell {

    private final KpiDefinition kpi;
    private final CompiledFormula formula;
    private final DefinitionSet definitions;

    FormulaCell(KpiDefinition kpi, CompiledFormula formula, DefinitionSet definitions) {
        this.kpi = kpi;
        this.formula = formula;
        this.definitions = definitions;
    }

    /** @param windows the values of the formula's window calls, by variable; absent where history is missing */
    KpiValue evaluate(Map<String, Double> known, Map<String, Double> windows, Period period, String segment, Double sample) {
        Map<String, Double> inputs = new HashMap<>();
        for (WindowReference window : kpi.formula().windows()) {
            Double value = windows.get(window.variable());
            if (value == null) {
                return KpiValue.none(kpi.id(), period, segment, "no value for " + window.function().description() + " "
                        + describe(window.id()) + " (" + window.text() + ")", sample, kpi.minimumSample());
            }
            inputs.put(window.variable(), value);
        }
        for (String input : kpi.formula().referencedIds()) {
            Double value = known.get(input);
            if (value == null) {
                return KpiValue.none(kpi.id(), period, segment, "no value for " + describe(input) + " in this period",
                        sample, kpi.minimumSample());
            }
            inputs.put(input, value);
        }
        double result;
        try {
            result = formula.evaluate(inputs);
        } catch (ArithmeticException e) {
            return KpiValue.none(kpi.id(), period, segment, "the formula cannot be computed: " + e.getMessage(),
                    sample, kpi.minimumSample());
        }
        if (!Double.isFinite(result)) {
            return KpiValue.none(kpi.id(), period, segment, reasonForNonFinite(inputs), sample, kpi.minimumSample());
        }
        return KpiValue.of(kpi.id(), period, segment, result, sample, kpi.minimumSample());
    }

    private String reasonForNonFinite(Map<String, Double> inputs) {
        return inputs.entrySet().stream()
                .filter(entry -> entry.getValue() == 0.0 && !entry.getKey().startsWith("window_"))
                .map(Map.Entry::getKey)
                .sorted()
                .findFirst()
                .map(zero -> "no " + describe(zero) + " in this period (division by zero)")
                .orElse("the formula gives no finite number for these inputs");
    }

    private String describe(String id) {
        return definitions.measure(id).map(MeasureDefinition::name)
                .or(() -> definitions.kpi(id).map(KpiDefinition::name))
                .orElse(id);
    }
}
