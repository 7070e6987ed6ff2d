package org.kpiengine.definition;

import java.util.List;
import org.kpiengine.definition.yaml.Located;

/** A titled group of KPIs on a scorecard. An untitled section holds the KPIs of a scorecard without sections. */
public record ScorecardSection(String title, List<Located<String>> kpiReferences) {

    public ScorecardSection {
        kpiReferences = List.copyOf(kpiReferences);
    }

    public List<String> kpis() {
        return kpiReferences.stream().map(Located::value).toList();
    }
}
