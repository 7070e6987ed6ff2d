package org.kpiengine.definition.formula;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The only functions a formula may call; each is a plain mathematical function of numbers. */
public enum FormulaFunction {
    ABS(1),
    MIN(2),
    MAX(2),
    ROUND(1),
    FLOOR(1),
    CEIL(1),
    SQRT(1),
    POW(2);

    private final int arity;

    FormulaFunction(int arity) {
        this.arity = arity;
    }

    public int arity() {
        return arity;
    }

    public String formulaName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<FormulaFunction> named(String name) {
        return Arrays.stream(values()).filter(function -> function.formulaName().equals(name)).findFirst();
    }

    public static String allNames() {
        return String.join(", ", Arrays.stream(values()).map(FormulaFunction::formulaName).toList());
    }
}
