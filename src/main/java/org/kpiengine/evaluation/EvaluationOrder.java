package org.kpiengine.evaluation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.kpiengine.definition.DefinitionSet;
import org.kpiengine.definition.KpiDefinition;

/**
 * Every KPI a scorecard needs (its own and those their formulas read, in any period), ordered so that
 * each comes after the KPIs it reads in the same period. Cycles within a period were refused at load;
 * reading a KPI in an earlier period, even itself, is no cycle.
 */
final class EvaluationOrder {

    private EvaluationOrder() {
    }

    static List<KpiDefinition> of(List<String> kpiIds, DefinitionSet definitions) {
        Set<String> needed = closure(kpiIds, definitions);
        Set<String> ordered = new LinkedHashSet<>();
        for (String id : needed) {
            visit(id, definitions, ordered);
        }
        List<KpiDefinition> result = new ArrayList<>();
        ordered.forEach(id -> result.add(definitions.kpi(id).orElseThrow()));
        return result;
    }

    private static Set<String> closure(List<String> kpiIds, DefinitionSet definitions) {
        Set<String> needed = new LinkedHashSet<>();
        Deque<String> pending = new ArrayDeque<>(kpiIds);
        while (!pending.isEmpty()) {
            String id = pending.pop();
            definitions.kpi(id).filter(kpi -> needed.add(kpi.id()))
                    .ifPresent(kpi -> pending.addAll(kpi.formula().allReferencedIds()));
        }
        return needed;
    }

    private static void visit(String id, DefinitionSet definitions, Set<String> ordered) {
        if (ordered.contains(id)) {
            return;
        }
        definitions.kpi(id).ifPresent(kpi -> {
            for (String input : kpi.formula().samePeriodIds()) {
                if (definitions.kpi(input).isPresent() && definitions.measure(input).isEmpty()) {
                    visit(input, definitions, ordered);
                }
            }
            ordered.add(id);
        });
    }
}
