package org.kpiengine.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.kpiengine.definition.MeasureDefinition;
import org.kpiengine.definition.MeasureState;

/**
 * Renders the queries that compute a dataset's measures for every period and segment: one aggregate
 * per measure with its own FILTER clause, grouped by period with and without the segment. Measures
 * dated by the same column share one scan; state measures join the rows to the period boundaries.
 */
final class MeasureSql {

    static final String PERIOD_COLUMN = "period_start";
    static final String SEGMENT_COLUMN = "segment";
    static final String TOTAL_FLAG_COLUMN = "is_total";

    private MeasureSql() {
    }

    /** Measures whose rows fall into the period of {@code timeColumn}. */
    static String eventQuery(AggregationRequest request, String timeColumn, List<MeasureDefinition> measures,
                             String relation) {
        String time = timestamp(timeColumn);
        String bucket = "CAST(date_trunc('" + request.grain().name().toLowerCase(Locale.ROOT) + "', " + time + ") AS DATE)";
        return select(request, bucket, measures)
                + "\nFROM " + relation
                + "\nWHERE " + time + " >= " + timestampLiteral(request.from()) + " AND " + time + " < "
                + timestampLiteral(request.until())
                + "\nGROUP BY " + groupBy(request);
    }

    /** Measures over the rows in a state at each period's start or end. */
    static String stateQuery(AggregationRequest request, MeasureState state, List<MeasureDefinition> measures,
                             String relation) {
        String boundaries = request.periods().stream()
                .map(period -> "(" + dateLiteral(period.start()) + ", " + timestampLiteral(boundary(request, period, state))
                        + ")")
                .collect(Collectors.joining(", "));
        String from = timestamp(state.fromColumn());
        String until = timestamp(state.untilColumn());
        return "WITH boundaries(" + PERIOD_COLUMN + ", boundary) AS (VALUES " + boundaries + ")\n"
                + select(request, "boundaries." + PERIOD_COLUMN, measures)
                + "\nFROM boundaries JOIN " + relation + " ON " + from + " < boundaries.boundary"
                + " AND (" + until + " IS NULL OR " + until + " >= boundaries.boundary)"
                + "\nGROUP BY " + groupBy(request);
    }

    private static LocalDate boundary(AggregationRequest request, PeriodBounds period, MeasureState state) {
        if (state.at() == MeasureState.Boundary.PERIOD_START) {
            return period.start();
        }
        return request.cutoff().isBefore(period.end()) ? request.cutoff() : period.end();
    }

    private static String select(AggregationRequest request, String periodExpression, List<MeasureDefinition> measures) {
        List<String> select = new ArrayList<>();
        select.add(periodExpression + " AS " + PERIOD_COLUMN);
        if (request.optionalSegmentBy().isPresent()) {
            String segment = SqlText.identifier(request.segmentBy());
            select.add("CAST(" + segment + " AS VARCHAR) AS " + SEGMENT_COLUMN);
            select.add("GROUPING(" + segment + ") AS " + TOTAL_FLAG_COLUMN);
        } else {
            select.add("CAST(NULL AS VARCHAR) AS " + SEGMENT_COLUMN);
            select.add("1 AS " + TOTAL_FLAG_COLUMN);
        }
        for (MeasureDefinition measure : measures) {
            select.add(aggregate(measure) + " AS " + SqlText.identifier(measure.id()));
        }
        return "SELECT " + String.join(",\n       ", select);
    }

    private static String groupBy(AggregationRequest request) {
        if (request.optionalSegmentBy().isEmpty()) {
            return PERIOD_COLUMN;
        }
        return "GROUPING SETS ((" + PERIOD_COLUMN + ", " + SqlText.identifier(request.segmentBy()) + "), ("
                + PERIOD_COLUMN + "))";
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

    static String timestamp(String column) {
        return "CAST(" + SqlText.identifier(column) + " AS TIMESTAMP)";
    }

    private static String timestampLiteral(LocalDate day) {
        return "TIMESTAMP '" + day + " 00:00:00'";
    }

    private static String dateLiteral(LocalDate day) {
        return "DATE '" + day + "'";
    }
}
