package org.kpiengine.data;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.kpiengine.definition.DatasetDefinition;
import org.kpiengine.definition.MeasureDefinition;
import org.kpiengine.definition.PeriodGrain;

/** All measures of one dataset, for every period in [from, until) and every segment, in one scan. */
public record AggregationRequest(
        DatasetDefinition dataset,
        List<MeasureDefinition> measures,
        PeriodGrain grain,
        LocalDate from,
        LocalDate until,
        String segmentBy) {

    public AggregationRequest {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(grain, "grain");
        measures = List.copyOf(measures);
        if (measures.isEmpty()) {
            throw new IllegalArgumentException("nothing to aggregate for dataset " + dataset.id());
        }
        if (!from.isBefore(until)) {
            throw new IllegalArgumentException("empty time range " + from + " .. " + until);
        }
        for (MeasureDefinition measure : measures) {
            if (!measure.dataset().equals(dataset.id())) {
                throw new IllegalArgumentException("measure " + measure.id() + " is not over dataset " + dataset.id());
            }
        }
    }

    public Optional<String> optionalSegmentBy() {
        return Optional.ofNullable(segmentBy);
    }
}
