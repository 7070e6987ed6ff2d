package org.kpiengine.definition;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.kpiengine.definition.yaml.Located;
import org.kpiengine.error.SourceLocation;

/** Which KPIs a scorecard shows, over which periods, split by which dimension, through which template. */
public record ScorecardDefinition(
        String id,
        String title,
        String organisation,
        List<Located<String>> kpiReferences,
        PeriodGrain grain,
        int trailingPeriods,
        String segmentBy,
        String template,
        SourceLocation location) {

    public ScorecardDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(grain, "grain");
        Objects.requireNonNull(template, "template");
        kpiReferences = List.copyOf(kpiReferences);
        if (trailingPeriods < 1) {
            throw new IllegalArgumentException("scorecard " + id + ": needs at least one period");
        }
    }

    /** The ids of the scorecard's KPIs, in the order it shows them. */
    public List<String> kpis() {
        return kpiReferences.stream().map(Located::value).toList();
    }

    public Optional<String> optionalSegmentBy() {
        return Optional.ofNullable(segmentBy);
    }
}
