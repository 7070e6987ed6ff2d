package org.kpiengine.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kpiengine.definition.MeasureDefinition;

/**
 * Renders the one query that computes every measure of a dataset for every period and segment:
 * one aggregate per measure with its own FILTER clause, grouped by period with and without the segment.
 */
final class MeasureSql {

    static final String PERIOD_COLUMN = "period_start";
    static final String SEGMENT_COLUMN = "segment";
    static final String TOTAL_FLAG_COLUMN = "is_total";

    private MeasureSql() {
    }

    static String render(AggregationRequest request, String relation) {
        String time = "CAST(" + SqlText.identifier(request.dataset().timeColumn()) + " AS TIMESTAMP)";
        String bucket = "CAST(date_trunc('" + request.grain().name().toLowerCase(Locale.ROOT) + "', " + time + ") AS DATE)";
        List<String> select = new ArrayList<>();
        select.add(bucket + " AS " + PERIOD_COLUMN);
        String groupBy;
        if (request.optionalSegmentBy().isPresent()) {
            String segment = SqlText.identifier(request.segmentBy());
            select.add("CAST(" + segment + " AS VARCHAR) AS " + SEGMENT_COLUMN);
            select.add("GROUPING(" + segment + ") AS " + TOTAL_FLAG_COLUMN);
            groupBy = "GROUPING SETS ((" + PERIOD_COLUMN + ", " + segment + "), (" + PERIOD_COLUMN + "))";
        } else {
            select.add("CAST(NULL AS VARCHAR) AS " + SEGMENT_COLUMN);
            select.add("1 AS " + TOTAL_FLAG_COLUMN);
            groupBy = PERIOD_COLUMN;
        }
        for (MeasureDefinition measure : request.measures()) {
            select.add(aggregate(measure) + " AS " + SqlText.identifier(measure.id()));
        }
        return "SELECT " + String.join(",\n       ", select)
                + "\nFROM " + relation
                + "\nWHERE " + time + " >= ? AND " + time + " < ?"
                + "\nGROUP BY " + groupBy;
    }

    /** One measure as a filtered aggregate, such as {@code avg((x)) FILTER (WHERE (status = 'open'))}. */
    static String aggregate(MeasureDefinition measure) {
        String expression = measure.expression() == null ? null : "(" + measure.expression() + ")";
        String call = switch (measure.aggregation()) {
            case COUNT -> expression == null ? "count(*)" : "count(" + expression + ")";
            case COUNT_DISTINCT -> "count(DISTINCT " + expression + ")";
            case SUM -> "sum(" + expression + ")";
            case AVERAGE -> "avg(" + expression + ")";
            case MIN -> "min(" + expression + ")";
            case MAX -> "max(" + expression + ")";
        };
        return measure.optionalFilter().map(filter -> call + " FILTER (WHERE (" + filter + "))").orElse(call);
    }
}
