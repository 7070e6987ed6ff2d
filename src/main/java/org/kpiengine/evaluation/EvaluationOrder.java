package org.kpiengine.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.kpiengine.definition.DefinitionSet;
import org.kpiengine.definition.KpiDefinition;

/** Orders KPIs so that every KPI comes after the KPIs its formula names. Cycles were refused at load. */
final class EvaluationOrder {

    private EvaluationOrder() {
    }

    static List<KpiDefinition> of(List<String> kpiIds, DefinitionSet definitions) {
        Set<String> ordered = new LinkedHashSet<>();
        for (String id : kpiIds) {
            visit(id, definitions, ordered);
        }
        List<KpiDefinition> result = new ArrayList<>();
        ordered.forEach(id -> result.add(definitions.kpi(id).orElseThrow()));
        return result;
    }

    private static void visit(String id, DefinitionSet definitions, Set<String> ordered) {
        if (ordered.contains(id)) {
            return;
        }
        definitions.kpi(id).ifPresent(kpi -> {
            for (String input : kpi.formula().referencedIds()) {
                if (definitions.kpi(input).isPresent()) {
                    visit(input, definitions, ordered);
                }
            }
            ordered.add(id);
        });
    }
}
