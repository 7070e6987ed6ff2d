package org.kpiengine.data;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.kpiengine.definition.DatasetDefinition;
import org.kpiengine.definition.MeasureDefinition;
import org.kpiengine.definition.PeriodGrain;

/**
 * All measures of one dataset, for every period, for the total and for every value of each dimension in
 * {@code segmentBy} on its own.
 * Records dated on or after {@code cutoff} (the day after the as-of date) are left out.
 */
public record AggregationRequest(
        DatasetDefinition dataset,
        List<MeasureDefinition> measures,
        PeriodGrain grain,
        List<PeriodBounds> periods,
        LocalDate cutoff,
        List<String> segmentBy) {

    public AggregationRequest {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(grain, "grain");
        Objects.requireNonNull(cutoff, "cutoff");
        measures = List.copyOf(measures);
        segmentBy = List.copyOf(segmentBy);
        periods = List.copyOf(periods);
        if (measures.isEmpty() || periods.isEmpty()) {
            throw new IllegalArgumentException("nothing to aggregate for dataset " + dataset.id());
        }
        for (MeasureDefinition measure : measures) {
            if (!measure.dataset().equals(dataset.id())) {
                throw new IllegalArgumentException("measure " + measure.id() + " is not over dataset " + dataset.id());
            }
        }
    }

    public LocalDate from() {
        return periods.get(0).start();
    }

    /** The end of the last period, or the cutoff when that comes first. */
    public LocalDate until() {
        LocalDate end = periods.get(periods.size() - 1).end();
        return cutoff.isBefore(end) ? cutoff : end;
    }

    /** One request for a single dimension, or none (null): the total only. */
    public AggregationRequest(DatasetDefinition dataset, List<MeasureDefinition> measures, PeriodGrain grain,
                              List<PeriodBounds> periods, LocalDate cutoff, String segmentBy) {
        this(dataset, measures, grain, periods, cutoff, segmentBy == null ? List.of() : List.of(segmentBy));
    }
}
