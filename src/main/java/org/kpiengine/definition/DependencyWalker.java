package org.kpiengine.definition;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Follows a KPI's formula through other KPIs down to the measures and datasets it rests on. */
public final class DependencyWalker {

    private DependencyWalker() {
    }

    /** Every measure id a KPI needs, directly or through the KPIs its formula names (and its sample measure). */
    public static Set<String> measuresOf(String kpiId, Map<String, KpiDefinition> kpis,
                                         Map<String, MeasureDefinition> measures) {
        Set<String> found = new TreeSet<>();
        Set<String> visited = new HashSet<>();
        Deque<String> pending = new ArrayDeque<>();
        pending.push(kpiId);
        while (!pending.isEmpty()) {
            KpiDefinition kpi = kpis.get(pending.pop());
            if (kpi == null || !visited.add(kpi.id())) {
                continue;
            }
            kpi.optionalSampleMeasure().filter(measures::containsKey).ifPresent(found::add);
            kpi.optionalInterval().ifPresent(interval -> interval.measures().values().stream()
                    .filter(measures::containsKey).forEach(found::add));
            for (String id : kpi.formula().allReferencedIds()) {
                if (measures.containsKey(id)) {
                    found.add(id);
                } else {
                    pending.push(id);
                }
            }
        }
        return found;
    }

    public static Set<String> datasetsOf(String kpiId, Map<String, KpiDefinition> kpis,
                                         Map<String, MeasureDefinition> measures) {
        Set<String> datasets = new TreeSet<>();
        for (String measureId : measuresOf(kpiId, kpis, measures)) {
            datasets.add(measures.get(measureId).dataset());
        }
        return datasets;
    }
}
