package org.kpiengine.definition;

import java.util.List;
import java.util.Set;
import org.kpiengine.definition.yaml.Located;
import org.kpiengine.definition.yaml.YamlMap;
import org.kpiengine.error.ProblemCollector;

/** Reads the twelve catalog attributes of a KPI. */
final class CatalogReader {

    private static final Set<String> KEYS = Set.of("definition", "business_insights", "measurement_approach",
            "standard_formula", "trend_analysis", "diagnostic_questions", "actionable_tips", "visualization_suggestions",
            "risk_warnings", "tools_and_technologies", "integration_points", "change_impact");

    private CatalogReader() {
    }

    static CatalogAttributes read(YamlMap yaml, String kpi, ProblemCollector problems) {
        String what = kpi + " catalog";
        yaml.rejectUnknownKeys(KEYS, what, problems);
        return new CatalogAttributes(
                text(yaml, "definition", what, problems),
                text(yaml, "business_insights", what, problems),
                text(yaml, "measurement_approach", what, problems),
                text(yaml, "standard_formula", what, problems),
                text(yaml, "trend_analysis", what, problems),
                list(yaml, "diagnostic_questions", what, problems),
                list(yaml, "actionable_tips", what, problems),
                list(yaml, "visualization_suggestions", what, problems),
                list(yaml, "risk_warnings", what, problems),
                list(yaml, "tools_and_technologies", what, problems),
                list(yaml, "integration_points", what, problems),
                text(yaml, "change_impact", what, problems));
    }

    private static String text(YamlMap yaml, String key, String what, ProblemCollector problems) {
        return yaml.optionalString(key, what, problems).orElse("");
    }

    private static List<String> list(YamlMap yaml, String key, String what, ProblemCollector problems) {
        return yaml.stringList(key, what, problems).stream().map(Located::value).toList();
    }
}
