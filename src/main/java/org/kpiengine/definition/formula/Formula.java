package org.kpiengine.definition.formula;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.kpiengine.definition.yaml.Located;
import org.kpiengine.error.SourceLocation;

/**
 * A KPI formula that has passed the whitelist: only numbers, ids of measures and KPIs, arithmetic,
 * comparisons, boolean logic, the conditional operator and a fixed set of functions.
 */
public record Formula(String text, SourceLocation location, List<Located<String>> references) {

    public Formula {
        Objects.requireNonNull(text, "text");
        references = List.copyOf(references);
    }

    /** Each id the formula names, once, in the order first named. */
    public Set<String> referencedIds() {
        Set<String> ids = new LinkedHashSet<>();
        references.forEach(reference -> ids.add(reference.value()));
        return ids;
    }
}
