package org.kpiengine.evaluation;

import java.io.Serializable;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import org.kpiengine.definition.KpiDefinition;
import org.kpiengine.definition.formula.Formula;
import org.kpiengine.definition.formula.FormulaFunction;
import org.kpiengine.error.InvalidInputException;
import org.mvel2.MVEL;
import org.mvel2.ParserContext;

/**
 * Compiles whitelisted formulas with MVEL under strong typing: every input is declared a number and the
 * only callable names are the formula functions, so MVEL never resolves anything against the host.
 */
public final class FormulaCompiler {

    private FormulaCompiler() {
    }

    public static CompiledFormula compile(KpiDefinition kpi) {
        Formula formula = kpi.formula();
        ParserContext context = ParserContext.create();
        context.setStrictTypeEnforcement(true);
        context.setStrongTyping(true);
        for (FormulaFunction function : FormulaFunction.values()) {
            context.addImport(function.formulaName(), method(function));
        }
        formula.referencedIds().forEach(id -> context.addInput(id, Double.class));
        formula.windows().forEach(window -> context.addInput(window.variable(), Double.class));
        try {
            Serializable compiled = MVEL.compileExpression(formula.expression(), context);
            Class<?> type = MVEL.analyze(formula.expression(), context);
            if (!Number.class.isAssignableFrom(box(type)) && box(type) != Boolean.class) {
                throw fail(kpi, "the formula must give a number");
            }
            Set<String> inputs = new LinkedHashSet<>(formula.referencedIds());
            formula.windows().forEach(window -> inputs.add(window.variable()));
            return new CompiledFormula(kpi.id(), compiled, inputs);
        } catch (InvalidInputException e) {
            throw e;
        } catch (RuntimeException e) {
            throw fail(kpi, "the formula is not a valid expression: " + firstLine(e));
        }
    }

    private static Method method(FormulaFunction function) {
        Class<?>[] parameters = new Class<?>[function.arity()];
        Arrays.fill(parameters, double.class);
        try {
            return FormulaFunctions.class.getMethod(function.formulaName(), parameters);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("formula function without implementation: " + function, e);
        }
    }

    private static Class<?> box(Class<?> type) {
        if (type == double.class || type == int.class || type == long.class || type == float.class) {
            return Double.class;
        }
        return type == boolean.class ? Boolean.class : type;
    }

    private static InvalidInputException fail(KpiDefinition kpi, String message) {
        return new InvalidInputException(kpi.formula().location(), "kpi '" + kpi.id() + "': " + message);
    }

    private static String firstLine(RuntimeException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message).replaceAll("\\[Error: ", "").replaceAll("]$", "").strip();
    }
}
