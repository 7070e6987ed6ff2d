package org.kpiengine.definition;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Who owns a KPI, where it stands, how often it is reviewed, which ISO 10002 clauses it serves. */
public record KpiGovernance(
        KpiCategory category,
        String owner,
        String version,
        KpiStatus status,
        ReviewCadence reviewCadence,
        List<IsoClause> isoClauses,
        Set<String> organisationDefined) {

    public KpiGovernance {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(status, "status");
        isoClauses = List.copyOf(isoClauses);
        organisationDefined = Set.copyOf(organisationDefined);
    }
}
