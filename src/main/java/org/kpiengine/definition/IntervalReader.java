package org.kpiengine.definition;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.kpiengine.definition.yaml.YamlEnum;
import org.kpiengine.definition.yaml.YamlMap;
import org.kpiengine.error.ProblemCollector;

/** Reads a KPI's {@code interval:} mapping: the method and the measures it needs. */
final class IntervalReader {

    private IntervalReader() {
    }

    static IntervalDefinition read(YamlMap yaml, String kpi, ProblemCollector problems) {
        String what = kpi + " interval";
        IntervalDefinition.Method method = yaml.requiredEnum("method", IntervalDefinition.Method.class, what, problems);
        if (method == null) {
            yaml.rejectUnknownKeys(allKeys(), what, problems);
            return null;
        }
        Set<String> keys = new HashSet<>(method.roles());
        keys.add("method");
        yaml.rejectUnknownKeys(keys, what + " (" + YamlEnum.name(method) + ")", problems);
        Map<String, String> measures = new LinkedHashMap<>();
        for (String role : method.roles()) {
            String measure = yaml.requiredString(role, what, problems);
            if (measure != null) {
                measures.put(role, measure);
            }
        }
        return measures.size() == method.roles().size() ? new IntervalDefinition(method, measures) : null;
    }

    private static Set<String> allKeys() {
        Set<String> keys = new HashSet<>(Set.of("method"));
        for (IntervalDefinition.Method method : IntervalDefinition.Method.values()) {
            keys.addAll(method.roles());
        }
        return keys;
    }
}
