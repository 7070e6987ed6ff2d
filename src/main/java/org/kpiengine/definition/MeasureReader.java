package org.kpiengine.definition;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.kpiengine.definition.yaml.YamlMap;
import org.kpiengine.error.ProblemCollector;

/** Reads a measures file: a list of measures, each naming its dataset. */
final class MeasureReader {

    private static final Set<String> FILE_KEYS = Set.of("measures");
    private static final Set<String> KEYS = Set.of("id", "name", "description", "dataset", "aggregation", "expression",
            "filter", "time_column", "state");
    private static final Set<String> STATE_KEYS = Set.of("from", "until", "at");

    /** @param unreadable receives the ids of measures that could not be read, so others do not report them missing */
    List<MeasureDefinition> read(YamlMap yaml, ProblemCollector problems, Set<String> unreadable) {
        yaml.rejectUnknownKeys(FILE_KEYS, "measures file", problems);
        if (!yaml.has("measures")) {
            problems.error(yaml.location(), "measures file: the required key 'measures' is missing");
        }
        List<MeasureDefinition> measures = new ArrayList<>();
        for (YamlMap entry : yaml.mapList("measures", "measures file", problems)) {
            long errorsBefore = problems.errorCount();
            MeasureDefinition measure = readOne(entry, problems);
            if (measure != null && problems.errorCount() == errorsBefore) {
                measures.add(measure);
            } else {
                entry.optionalString("id", "", new ProblemCollector()).ifPresent(unreadable::add);
            }
        }
        return measures;
    }

    private MeasureDefinition readOne(YamlMap yaml, ProblemCollector problems) {
        String id = Ids.read(yaml, "measure", problems);
        String what = "measure '" + (id == null ? "?" : id) + "'";
        yaml.rejectUnknownKeys(KEYS, what, problems);
        String name = yaml.optionalString("name", what, problems).orElse(id);
        String description = yaml.optionalString("description", what, problems).orElse("");
        String dataset = yaml.requiredString("dataset", what, problems);
        Aggregation aggregation = yaml.requiredEnum("aggregation", Aggregation.class, what, problems);
        String expression = yaml.optionalString("expression", what, problems).orElse(null);
        String filter = yaml.optionalString("filter", what, problems).orElse(null);
        String timeColumn = yaml.optionalString("time_column", what, problems).orElse(null);
        MeasureState state = yaml.optionalMap("state", what, problems).map(map -> readState(map, what, problems)).orElse(null);
        boolean valid = true;
        if (aggregation != null && aggregation.needsExpression() && expression == null) {
            problems.error(yaml.location(), what + ": aggregation '" + aggregation.name().toLowerCase(java.util.Locale.ROOT)
                    + "' needs an 'expression' naming what to aggregate");
            valid = false;
        }
        if (yaml.has("state") && timeColumn != null) {
            problems.error(yaml.locationOf("time_column"), what + ": a state measure counts rows at period boundaries, "
                    + "so it takes no 'time_column'");
            valid = false;
        }
        if (!valid || id == null || dataset == null || aggregation == null || (yaml.has("state") && state == null)) {
            return null;
        }
        return new MeasureDefinition(id, name, description, dataset, aggregation, expression, filter, timeColumn, state,
                yaml.location());
    }

    private static MeasureState readState(YamlMap yaml, String measure, ProblemCollector problems) {
        String what = measure + " state";
        yaml.rejectUnknownKeys(STATE_KEYS, what, problems);
        String from = yaml.requiredString("from", what, problems);
        String until = yaml.requiredString("until", what, problems);
        MeasureState.Boundary at = yaml.requiredEnum("at", MeasureState.Boundary.class, what, problems);
        if (from == null || until == null || at == null) {
            return null;
        }
        return new MeasureState(from, until, at);
    }
}
