package org.kpiengine.definition;

import java.util.Objects;
import java.util.Optional;
import org.kpiengine.error.SourceLocation;

/**
 * An aggregation over one dataset. {@code expression} and {@code filter} are SQL fragments over the
 * dataset's columns; the filter selects the rows the aggregation sees.
 */
public record MeasureDefinition(
        String id,
        String name,
        String dataset,
        Aggregation aggregation,
        String expression,
        String filter,
        SourceLocation location) {

    public MeasureDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(aggregation, "aggregation");
        if (aggregation.needsExpression() && expression == null) {
            throw new IllegalArgumentException("measure " + id + ": " + aggregation + " needs an expression");
        }
    }

    public Optional<String> optionalFilter() {
        return Optional.ofNullable(filter);
    }
}
