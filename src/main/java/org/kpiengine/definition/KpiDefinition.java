package org.kpiengine.definition;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.kpiengine.definition.formula.Formula;
import org.kpiengine.error.SourceLocation;

/** One KPI as its YAML file defines it. */
public record KpiDefinition(
        String id,
        String name,
        String category,
        String description,
        Formula formula,
        Unit unit,
        Direction direction,
        Double target,
        List<Band> bands,
        int minimumSample,
        String sampleMeasure,
        SourceLocation location) {

    public KpiDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(formula, "formula");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(direction, "direction");
        bands = List.copyOf(bands);
        if (minimumSample < 0) {
            throw new IllegalArgumentException("kpi " + id + ": minimum sample must not be negative");
        }
    }

    public Optional<Double> optionalTarget() {
        return Optional.ofNullable(target);
    }

    public Optional<String> optionalSampleMeasure() {
        return Optional.ofNullable(sampleMeasure);
    }
}
