package org.kpiengine.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kpiengine.definition.MeasureDefinition;

/**
 * The one scan that computes every measure of a request: the ways its rows count (its bases, numbered
 * from 1 in the order the measures first use them) and the measures each basis serves.
 */
record ScanPlan(AggregationRequest request, List<Part> parts) {

    /** A basis with its number in the scan and the measures computed from the rows it tags. */
    record Part(int number, ScanBasis basis, List<MeasureDefinition> measures) {
        Part {
            Objects.requireNonNull(basis, "basis");
            measures = List.copyOf(measures);
        }
    }

    ScanPlan {
        Objects.requireNonNull(request, "request");
        parts = List.copyOf(parts);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a scan needs at least one basis");
        }
    }

    static ScanPlan of(AggregationRequest request) {
        Map<ScanBasis, List<MeasureDefinition>> byBasis = new LinkedHashMap<>();
        for (MeasureDefinition measure : request.measures()) {
            ScanBasis basis = measure.optionalState().<ScanBasis>map(ScanBasis.InState::new)
                    .orElseGet(() -> new ScanBasis.ByTime(measure.timeColumnIn(request.dataset())));
            byBasis.computeIfAbsent(basis, key -> new ArrayList<>()).add(measure);
        }
        List<Part> parts = new ArrayList<>();
        byBasis.forEach((basis, measures) -> parts.add(new Part(parts.size() + 1, basis, measures)));
        return new ScanPlan(request, parts);
    }

    /**
     * Whether each row counts once, in the period of one time column: then the rows need no tags and
     * the scan is a plain filtered aggregation.
     */
    boolean isSingleTime() {
        return parts.size() == 1 && parts.get(0).basis() instanceof ScanBasis.ByTime;
    }
}
