package org.kpiengine.definition;

import java.util.Objects;
import java.util.Optional;
import org.kpiengine.error.SourceLocation;

/**
 * An aggregation over one dataset. {@code expression} and {@code filter} are SQL fragments over the
 * dataset's columns; the filter selects the rows the aggregation sees. Rows fall into the period of
 * {@code timeColumn} (the dataset's own when null), unless the measure counts a {@code state}. A
 * percentile measure names its {@code percentile}, a fraction strictly between 0 and 1; a share
 * measure has a filter, whose matching rows it relates to all of the period's rows.
 */
public record MeasureDefinition(
        String id,
        String name,
        String description,
        String dataset,
        Aggregation aggregation,
        String expression,
        String filter,
        String timeColumn,
        MeasureState state,
        Double percentile,
        SourceLocation location) {

    public MeasureDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(aggregation, "aggregation");
        if (aggregation.needsExpression() && expression == null) {
            throw new IllegalArgumentException("measure " + id + ": " + aggregation + " needs an expression");
        }
        if (state != null && timeColumn != null) {
            throw new IllegalArgumentException("measure " + id + ": a state measure has no time column of its own");
        }
        if ((aggregation == Aggregation.PERCENTILE) != (percentile != null)) {
            throw new IllegalArgumentException("measure " + id + ": a percentile is given exactly for a percentile measure");
        }
        if (percentile != null && !(percentile > 0 && percentile < 1)) {
            throw new IllegalArgumentException("measure " + id + ": a percentile lies strictly between 0 and 1");
        }
        if (aggregation == Aggregation.SHARE && filter == null) {
            throw new IllegalArgumentException("measure " + id + ": a share needs a filter");
        }
    }

    /** A measure of any aggregation but percentile. */
    public MeasureDefinition(String id, String name, String description, String dataset, Aggregation aggregation,
                             String expression, String filter, String timeColumn, MeasureState state,
                             SourceLocation location) {
        this(id, name, description, dataset, aggregation, expression, filter, timeColumn, state, null, location);
    }

    public Optional<String> optionalFilter() {
        return Optional.ofNullable(filter);
    }

    public Optional<MeasureState> optionalState() {
        return Optional.ofNullable(state);
    }

    /** The column that dates this measure's rows: its own, or else the dataset's. */
    public String timeColumnIn(DatasetDefinition dataset) {
        return timeColumn != null ? timeColumn : dataset.timeColumn();
    }
}
