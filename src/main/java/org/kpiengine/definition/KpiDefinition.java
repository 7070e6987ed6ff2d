package org.kpiengine.definition;

import java.util.Objects;
import java.util.Optional;
import org.kpiengine.definition.formula.Formula;
import org.kpiengine.error.SourceLocation;

/** One KPI as its YAML file defines it. */
public record KpiDefinition(
        String id,
        String name,
        Formula formula,
        Unit unit,
        DisplayFormat format,
        ValueRange scale,
        KpiGovernance governance,
        KpiJudgement judgement,
        int minimumSample,
        String sampleMeasure,
        IntervalDefinition interval,
        CatalogAttributes catalog,
        SourceLocation location) {

    public KpiDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(formula, "formula");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(governance, "governance");
        Objects.requireNonNull(judgement, "judgement");
        Objects.requireNonNull(catalog, "catalog");
        if (minimumSample < 0) {
            throw new IllegalArgumentException("kpi " + id + ": minimum sample must not be negative");
        }
    }

    public Direction direction() {
        return judgement.direction();
    }

    public KpiCategory category() {
        return governance.category();
    }

    /** The values the KPI can take: its declared scale, or what its unit allows. */
    public ValueRange valueRange() {
        return scale != null ? scale : unit.naturalRange();
    }

    public Optional<IntervalDefinition> optionalInterval() {
        return Optional.ofNullable(interval);
    }

    public Optional<String> optionalSampleMeasure() {
        return Optional.ofNullable(sampleMeasure);
    }
}
