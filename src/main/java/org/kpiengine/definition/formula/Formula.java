package org.kpiengine.definition.formula;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.kpiengine.definition.yaml.Located;
import org.kpiengine.error.SourceLocation;

/**
 * A KPI formula that has passed the whitelist: only numbers, ids of measures and KPIs, arithmetic,
 * comparisons, boolean logic, the conditional operator, a fixed set of functions and the window
 * functions over other periods. {@code expression} is the text with each window call replaced by its
 * variable, ready to compile.
 */
public record Formula(String text, String expression, SourceLocation location, List<Located<String>> references,
                      List<WindowReference> windows) {

    public Formula {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(expression, "expression");
        references = List.copyOf(references);
        windows = List.copyOf(windows);
    }

    /** The ids the formula reads in the same period, once each, in the order first named. */
    public Set<String> referencedIds() {
        Set<String> ids = new LinkedHashSet<>();
        references.forEach(reference -> ids.add(reference.value()));
        return ids;
    }

    /** The ids the formula needs in the same period: direct ones and those of windows that include it. */
    public Set<String> samePeriodIds() {
        Set<String> ids = referencedIds();
        windows.stream().filter(window -> window.function().includesCurrentPeriod()).forEach(window -> ids.add(window.id()));
        return ids;
    }

    /** Every id the formula reads, in the same period or through a window. */
    public Set<String> allReferencedIds() {
        Set<String> ids = referencedIds();
        windows.forEach(window -> ids.add(window.id()));
        return ids;
    }
}
