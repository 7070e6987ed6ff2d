package org.kpiengine.definition;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.kpiengine.error.ProblemCollector;

/** Reports KPIs whose formulas name each other in a circle, naming the whole circle. */
final class CycleFinder {

    private final Map<String, KpiDefinition> kpis;
    private final ProblemCollector problems;
    private final Set<String> finished = new HashSet<>();
    private final Set<String> reported = new HashSet<>();
    private final Set<String> measureIds;

    /** @param measureIds ids that name measures: a formula naming one goes no further */
    CycleFinder(Map<String, KpiDefinition> kpis, Set<String> measureIds, ProblemCollector problems) {
        this.kpis = new TreeMap<>(kpis);
        this.measureIds = Set.copyOf(measureIds);
        this.problems = problems;
    }

    void reportCycles() {
        for (String id : kpis.keySet()) {
            visit(id, new ArrayList<>());
        }
    }

    private void visit(String id, List<String> path) {
        int index = path.indexOf(id);
        if (index >= 0) {
            List<String> cycle = new ArrayList<>(path.subList(index, path.size()));
            if (reported.add(String.join(",", cycle.stream().sorted().toList()))) {
                cycle.add(id);
                KpiDefinition first = kpis.get(cycle.get(0));
                problems.error(first.location(), "kpi '" + first.id() + "': its formula depends on itself through "
                        + String.join(" -> ", cycle));
            }
            return;
        }
        if (finished.contains(id) || !kpis.containsKey(id)) {
            return;
        }
        path.add(id);
        for (String next : kpis.get(id).formula().samePeriodIds()) {
            if (!measureIds.contains(next)) {
                visit(next, path);
            }
        }
        path.remove(path.size() - 1);
        finished.add(id);
    }
}
