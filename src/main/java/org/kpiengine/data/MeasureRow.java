package org.kpiengine.data;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The measures of one period and one segment (a value of one dimension), as aggregated by the source
 * engine. A null dimension and segment is the total over all segments. A measure with no value (an
 * average over no rows) is absent.
 */
public record MeasureRow(LocalDate periodStart, String dimension, String segment, Map<String, Double> values) {


    public MeasureRow {
        Objects.requireNonNull(periodStart, "periodStart");
        values = Map.copyOf(values);
    }

    public Optional<Double> value(String measureId) {
        return Optional.ofNullable(values.get(measureId));
    }

    public boolean isTotal() {
        return segment == null;
    }
}
