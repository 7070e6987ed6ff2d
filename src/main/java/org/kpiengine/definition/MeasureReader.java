package org.kpiengine.definition;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.kpiengine.definition.yaml.YamlMap;
import org.kpiengine.error.ProblemCollector;

/** Reads a measures file: a list of measures, each naming its dataset. */
final class MeasureReader {

    private static final Set<String> FILE_KEYS = Set.of("measures");
    private static final Set<String> KEYS = Set.of("id", "name", "dataset", "aggregation", "expression", "filter");

    List<MeasureDefinition> read(YamlMap yaml, ProblemCollector problems) {
        yaml.rejectUnknownKeys(FILE_KEYS, "measures file", problems);
        if (!yaml.has("measures")) {
            problems.error(yaml.location(), "measures file: the required key 'measures' is missing");
        }
        List<MeasureDefinition> measures = new ArrayList<>();
        for (YamlMap entry : yaml.mapList("measures", "measures file", problems)) {
            MeasureDefinition measure = readOne(entry, problems);
            if (measure != null) {
                measures.add(measure);
            }
        }
        return measures;
    }

    private MeasureDefinition readOne(YamlMap yaml, ProblemCollector problems) {
        String id = Ids.read(yaml, "measure", problems);
        String what = "measure '" + (id == null ? "?" : id) + "'";
        yaml.rejectUnknownKeys(KEYS, what, problems);
        String name = yaml.optionalString("name", what, problems).orElse(id);
        String dataset = yaml.requiredString("dataset", what, problems);
        Aggregation aggregation = yaml.requiredEnum("aggregation", Aggregation.class, what, problems);
        String expression = yaml.optionalString("expression", what, problems).orElse(null);
        String filter = yaml.optionalString("filter", what, problems).orElse(null);
        if (aggregation != null && aggregation.needsExpression() && expression == null) {
            problems.error(yaml.location(), what + ": aggregation '" + aggregation.name().toLowerCase(java.util.Locale.ROOT)
                    + "' needs an 'expression' naming what to aggregate");
            return null;
        }
        if (id == null || dataset == null || aggregation == null) {
            return null;
        }
        return new MeasureDefinition(id, name, dataset, aggregation, expression, filter, yaml.location());
    }
}
