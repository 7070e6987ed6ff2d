package org.kpiengine.definition;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How a KPI's 95% confidence interval is computed, and from which measures: a proportion from its
 * successes and trials (Wilson score interval), or a Net Promoter Score from promoters, detractors and
 * responses (the variance of the promoter-minus-detractor difference), or an average (the KPI's value)
 * from the sample standard deviation and count of its values (Student's t interval).
 */
public record IntervalDefinition(Method method, Map<String, String> measures) {

    public enum Method {
        PROPORTION(List.of("successes", "trials")),
        NPS(List.of("promoters", "detractors", "responses")),
        MEAN(List.of("std_dev", "count"));

        private final List<String> roles;

        Method(List<String> roles) {
            this.roles = roles;
        }

        /** The measures the method needs, by the key that names each in YAML. */
        public List<String> roles() {
            return roles;
        }
    }

    public IntervalDefinition {
        Objects.requireNonNull(method, "method");
        measures = Map.copyOf(measures);
        if (!measures.keySet().equals(java.util.Set.copyOf(method.roles()))) {
            throw new IllegalArgumentException("interval " + method + " needs exactly " + method.roles());
        }
    }

    public String measure(String role) {
        return measures.get(role);
    }
}
