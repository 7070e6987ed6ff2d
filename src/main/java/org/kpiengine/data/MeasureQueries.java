package org.kpiengine.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kpiengine.definition.MeasureDefinition;
import org.kpiengine.definition.MeasureState;

/** Splits a request into the fewest scans: one per time column the measures use, one per state. */
final class MeasureQueries {

    private MeasureQueries() {
    }

    static List<String> of(AggregationRequest request, String relation, MeasureSql sql) {
        Map<String, List<MeasureDefinition>> byTimeColumn = new LinkedHashMap<>();
        Map<MeasureState, List<MeasureDefinition>> byState = new LinkedHashMap<>();
        for (MeasureDefinition measure : request.measures()) {
            if (measure.optionalState().isPresent()) {
                byState.computeIfAbsent(measure.state(), state -> new ArrayList<>()).add(measure);
            } else {
                byTimeColumn.computeIfAbsent(measure.timeColumnIn(request.dataset()), column -> new ArrayList<>()).add(measure);
            }
        }
        List<String> queries = new ArrayList<>();
        byTimeColumn.forEach((column, measures) -> queries.add(sql.eventQuery(request, column, measures, relation)));
        byState.forEach((state, measures) -> queries.add(sql.stateQuery(request, state, measures, relation)));
        return queries;
    }
}
