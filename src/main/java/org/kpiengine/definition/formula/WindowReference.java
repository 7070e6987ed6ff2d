package org.kpiengine.definition.formula;

import java.util.Objects;
import org.kpiengine.error.SourceLocation;

/**
 * One window call in a formula, such as {@code trailing_sum(complaints_received, 3)}: the function,
 * the id it reads, how many periods (1 where the function takes none), and the name the call has in
 * the compiled expression.
 */
public record WindowReference(WindowFunction function, String id, int periods, String variable, SourceLocation location) {

    public WindowReference {
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(variable, "variable");
        if (periods < 1) {
            throw new IllegalArgumentException("a window spans at least one period");
        }
    }

    /** How the call reads, as in {@code trailing_sum(complaints_received, 3)}. */
    public String text() {
        return function.formulaName() + "(" + id + (function.takesPeriods() ? ", " + periods : "") + ")";
    }
}
