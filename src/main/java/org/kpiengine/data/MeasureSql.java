package org.kpiengine.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.kpiengine.definition.Aggregation;
import org.kpiengine.definition.DatasetDefinition;
import org.kpiengine.definition.MeasureDefinition;
import org.kpiengine.definition.MeasureState;

/**
 * Renders the queries that compute a dataset's measures for every period and segment: one aggregate
 * per measure with its own FILTER clause, grouped by period with and without the segment. Measures
 * dated by the same column share one scan; state measures join the rows to the period boundaries.
 * The plan is the same on every engine; the {@link SqlDialect} spells it.
 */
final class MeasureSql {

    static final String PERIOD_COLUMN = "period_start";
    static final String DIMENSION_COLUMN = "segment_dimension";
    static final String SEGMENT_COLUMN = "segment";
    static final String TOTAL_FLAG_COLUMN = "is_total";

    private final SqlDialect dialect;

    MeasureSql(SqlDialect dialect) {
        this.dialect = dialect;
    }

    /** Measures whose rows fall into the period of {@code timeColumn}. */
    String eventQuery(AggregationRequest request, String timeColumn, List<MeasureDefinition> measures, String relation) {
        String time = timestamp(request.dataset(), timeColumn);
        String bucket = CalendarPeriods.areCalendarAligned(request.grain(), request.periods())
                ? dialect.periodStart(request.grain(), time) : periodCase(request.periods(), time);
        return select(request, bucket, measures)
                + "\nFROM " + relation
                + "\nWHERE " + time + " >= " + dialect.timestampLiteral(request.from()) + " AND " + time + " < "
                + dialect.timestampLiteral(request.until())
                + "\nGROUP BY " + groupBy(request, bucket);
    }

    /** Measures over the rows in a state at each period's start or end. */
    String stateQuery(AggregationRequest request, MeasureState state, List<MeasureDefinition> measures, String relation) {
        List<List<String>> boundaries = request.periods().stream()
                .map(period -> List.of(dialect.dateLiteral(period.start()),
                        dialect.timestampLiteral(boundary(request, period, state))))
                .toList();
        String from = timestamp(request.dataset(), state.fromColumn());
        String until = timestamp(request.dataset(), state.untilColumn());
        String bucket = "boundaries." + PERIOD_COLUMN;
        return "WITH " + dialect.valuesTable("boundaries", List.of(PERIOD_COLUMN, "boundary"), boundaries) + "\n"
                + select(request, bucket, measures)
                + "\nFROM boundaries JOIN " + relation + " ON " + from + " < boundaries.boundary"
                + " AND (" + until + " IS NULL OR " + until + " >= boundaries.boundary)"
                + "\nGROUP BY " + groupBy(request, bucket);
    }

    /** The start of the period a time falls in, from the periods themselves: for fiscal years and quarters. */
    private String periodCase(List<PeriodBounds> periods, String time) {
        StringBuilder bucket = new StringBuilder("CASE");
        for (PeriodBounds period : periods) {
            bucket.append(" WHEN ").append(time).append(" >= ").append(dialect.timestampLiteral(period.start()))
                    .append(" AND ").append(time).append(" < ").append(dialect.timestampLiteral(period.end()))
                    .append(" THEN ").append(dialect.dateLiteral(period.start()));
        }
        return bucket.append(" END").toString();
    }

    private static LocalDate boundary(AggregationRequest request, PeriodBounds period, MeasureState state) {
        if (state.at() == MeasureState.Boundary.PERIOD_START) {
            return period.start();
        }
        return request.cutoff().isBefore(period.end()) ? request.cutoff() : period.end();
    }

    private String select(AggregationRequest request, String periodExpression, List<MeasureDefinition> measures) {
        List<String> select = new ArrayList<>();
        select.add(periodExpression + " AS " + PERIOD_COLUMN);
        if (request.segmentBy().isEmpty()) {
            select.add("CAST(NULL AS " + dialect.textType() + ") AS " + DIMENSION_COLUMN);
            select.add("CAST(NULL AS " + dialect.textType() + ") AS " + SEGMENT_COLUMN);
            select.add("1 AS " + TOTAL_FLAG_COLUMN);
        } else {
            StringBuilder dimension = new StringBuilder("CASE");
            StringBuilder segment = new StringBuilder("CASE");
            for (String name : request.segmentBy()) {
                String column = dialect.quote(name);
                dimension.append(" WHEN GROUPING(").append(column).append(") = 0 THEN ").append(dialect.literal(name));
                segment.append(" WHEN GROUPING(").append(column).append(") = 0 THEN CAST(").append(column).append(" AS ")
                        .append(dialect.textType()).append(")");
            }
            select.add(dimension.append(" END AS ").append(DIMENSION_COLUMN).toString());
            select.add(segment.append(" END AS ").append(SEGMENT_COLUMN).toString());
            select.add("CASE WHEN " + String.join(" AND ", request.segmentBy().stream()
                    .map(name -> "GROUPING(" + dialect.quote(name) + ") = 1").toList()) + " THEN 1 ELSE 0 END AS "
                    + TOTAL_FLAG_COLUMN);
        }
        for (MeasureDefinition measure : measures) {
            select.add(aggregate(measure) + " AS " + dialect.quote(measure.id()));
        }
        return "SELECT " + String.join(",\n       ", select);
    }

    /** Groups by the period expression itself, never its alias, which a column of the data could shadow. */
    private String groupBy(AggregationRequest request, String bucket) {
        if (request.segmentBy().isEmpty()) {
            return bucket;
        }
        StringBuilder sets = new StringBuilder("GROUPING SETS (");
        for (String name : request.segmentBy()) {
            sets.append("(").append(bucket).append(", ").append(dialect.quote(name)).append("), ");
        }
        return sets.append("(").append(bucket).append("))").toString();
    }

    /** One measure as a filtered aggregate, such as {@code avg((x)) FILTER (WHERE (status = 'open'))}. */
    String aggregate(MeasureDefinition measure) {
        String expression = measure.expression() == null ? null : "(" + measure.expression() + ")";
        String call = switch (measure.aggregation()) {
            case COUNT -> expression == null ? "count(*)" : "count(" + expression + ")";
            case COUNT_DISTINCT -> "count(DISTINCT " + expression + ")";
            case SUM -> "sum(" + expression + ")";
            case AVERAGE -> "avg(" + expression + ")";
            case MIN -> "min(" + expression + ")";
            case MAX -> "max(" + expression + ")";
            case MEDIAN -> dialect.median(expression);
            case STDDEV -> "stddev_samp(" + expression + ")";
            case PERCENTILE -> dialect.percentile(expression, measure.percentile());
            case SHARE -> share(expression == null ? "*" : expression, measure.filter());
        };
        if (measure.aggregation() == Aggregation.SHARE) {
            return call;
        }
        return measure.optionalFilter().map(filter -> call + " FILTER (WHERE (" + filter + "))").orElse(call);
    }

    /** The rows that match the filter over all rows (with a value, when an expression is given); none: no value. */
    private String share(String counted, String filter) {
        return "CAST(count(" + counted + ") FILTER (WHERE (" + filter + ")) AS " + dialect.floatType() + ") / NULLIF(count("
                + counted + "), 0)";
    }

    /** A timestamp column of a dataset as wall-clock time in the dataset's zone, where periods are cut. */
    String timestamp(DatasetDefinition dataset, String column) {
        return dialect.localTime(dialect.quote(column), dataset.timestamps(), dataset.timeZone());
    }
}
