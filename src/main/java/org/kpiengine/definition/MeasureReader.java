package org.kpiengine.definition;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.kpiengine.definition.yaml.YamlEnum;
import org.kpiengine.definition.yaml.YamlMap;
import org.kpiengine.error.ProblemCollector;

/** Reads a measures file: a list of measures, each naming its dataset. */
final class MeasureReader {

    private static final Set<String> FILE_KEYS = Set.of("measures");
    private static final Set<String> KEYS = Set.of("id", "name", "description", "dataset", "aggregation", "expression",
            "filter", "time_column", "state", "percentile");
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
        Double percentile = readPercentile(yaml, aggregation, what, problems);
        boolean valid = !yaml.has("percentile") || percentile != null;
        if (aggregation != null && aggregation.needsExpression() && expression == null) {
            problems.error(yaml.location(), what + ": aggregation '" + YamlEnum.name(aggregation)
                    + "' needs an 'expression' naming what to aggregate");
            valid = false;
        }
        if (aggregation == Aggregation.PERCENTILE && !yaml.has("percentile")) {
            problems.error(yaml.location(), what + ": aggregation 'percentile' needs 'percentile', the fraction of "
                    + "values at or below the result, such as 0.9 for the 90th percentile");
            valid = false;
        }
        if (aggregation == Aggregation.SHARE && filter == null) {
            problems.error(yaml.location(), what + ": aggregation 'share' needs a 'filter': the share is the fraction "
                    + "of the period's rows that match it");
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
                percentile, yaml.location());
    }

    private static Double readPercentile(YamlMap yaml, Aggregation aggregation, String what, ProblemCollector problems) {
        if (!yaml.has("percentile")) {
            return null;
        }
        if (aggregation != null && aggregation != Aggregation.PERCENTILE) {
            problems.error(yaml.locationOf("percentile"), what + ": 'percentile' belongs to aggregation 'percentile', "
                    + "not to '" + YamlEnum.name(aggregation) + "'" + (aggregation == Aggregation.MEDIAN
                    ? "; a median needs no percentile" : ""));
            return null;
        }
        Double value = yaml.optionalNumber("percentile", what, problems).orElse(null);
        if (value != null && !(value > 0 && value < 1)) {
            String written = yaml.optionalString("percentile", what, problems).orElse(String.valueOf(value));
            String hint = value > 1 && value < 100 ? " (did you mean " + java.math.BigDecimal.valueOf(value / 100)
                    .stripTrailingZeros().toPlainString() + "?)" : "";
            problems.error(yaml.valueLocationOf("percentile"), what + ": 'percentile' must be a fraction between 0 and 1, "
                    + "such as 0.9 for the 90th percentile, not " + written + hint);
            return null;
        }
        return value;
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
