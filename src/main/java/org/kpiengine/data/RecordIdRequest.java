package org.kpiengine.data;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.kpiengine.definition.DatasetDefinition;
import org.kpiengine.definition.MeasureDefinition;

/**
 * Which records to name: those one measure aggregates in one period (its filter, its time column or
 * state, records dated on or after {@code cutoff} left out), each with its values of {@code dimensions};
 * at most {@code limit} of them.
 */
public record RecordIdRequest(DatasetDefinition dataset, MeasureDefinition measure, PeriodBounds period,
                              LocalDate cutoff, List<String> dimensions, int limit) {

    public RecordIdRequest {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(cutoff, "cutoff");
        dimensions = List.copyOf(dimensions);
        if (dataset.idColumn() == null) {
            throw new IllegalArgumentException("dataset " + dataset.id() + " declares no id column");
        }
        if (!measure.dataset().equals(dataset.id())) {
            throw new IllegalArgumentException("measure " + measure.id() + " is not over dataset " + dataset.id());
        }
        if (limit < 1) {
            throw new IllegalArgumentException("at least one record must be asked for, not " + limit);
        }
    }

    /** The end of the period, or the cutoff when that comes first. */
    LocalDate until() {
        return cutoff.isBefore(period.end()) ? cutoff : period.end();
    }
}
