package org.kpiengine.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.kpiengine.definition.Aggregation;
import org.kpiengine.definition.DatasetDefinition;
import org.kpiengine.definition.MeasureDefinition;
import org.kpiengine.definition.MeasureState;
import org.kpiengine.definition.PartitionColumn;

/**
 * Renders the one query that computes all of a dataset's measures for every period and segment. When
 * rows count in several ways (by more than one time column, or in a state at period boundaries), each
 * row is tagged with every basis and period it counts in, and each measure aggregates the rows of its
 * own basis through a FILTER clause; grouping sets give the total and every segment in the same pass.
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

    String query(ScanPlan plan, String relation) {
        AggregationRequest request = plan.request();
        if (plan.isSingleTime()) {
            ScanPlan.Part part = plan.parts().get(0);
            String time = timestamp(request.dataset(), ((ScanBasis.ByTime) part.basis()).column());
            String bucket = bucket(request, time);
            return select(request, bucket, plan, false)
                    + "\nFROM " + relation
                    + "\nWHERE " + inWindow(request, time) + inPartitions(request, part.basis())
                    + "\nGROUP BY " + groupBy(request, bucket);
        }
        return select(request, RowTags.PERIOD, plan, true)
                + "\nFROM " + dialect.taggedRows(relation, anyBasis(plan), tags(plan))
                + "\nGROUP BY " + groupBy(request, RowTags.PERIOD);
    }

    private RowTags tags(ScanPlan plan) {
        AggregationRequest request = plan.request();
        List<RowTags.TimeTag> byTime = new ArrayList<>();
        List<RowTags.StateTags> inState = new ArrayList<>();
        for (ScanPlan.Part part : plan.parts()) {
            if (part.basis() instanceof ScanBasis.ByTime byColumn) {
                String time = timestamp(request.dataset(), byColumn.column());
                byTime.add(new RowTags.TimeTag(part.number(), inWindow(request, time), bucket(request, time)));
            } else if (part.basis() instanceof ScanBasis.InState state) {
                List<RowTags.Boundary> boundaries = request.periods().stream()
                        .map(period -> new RowTags.Boundary(dialect.dateLiteral(period.start()),
                                dialect.timestampLiteral(boundary(request, period, state.state()))))
                        .toList();
                inState.add(new RowTags.StateTags(part.number(), boundaries, moment -> inState(request, state.state(), moment)));
            }
        }
        return new RowTags(byTime, inState);
    }

    /** Whether a row is in the state at a moment: begun before it, and not yet ended at it. */
    private String inState(AggregationRequest request, MeasureState state, String moment) {
        String from = timestamp(request.dataset(), state.fromColumn());
        String until = timestamp(request.dataset(), state.untilColumn());
        return from + " < " + moment + " AND (" + until + " IS NULL OR " + until + " >= " + moment + ")";
    }

    /**
     * The rows that carry at least one tag, so that engines which can skip data (Parquet row groups,
     * indexes, partitions) read no more than the periods need.
     */
    private String anyBasis(ScanPlan plan) {
        AggregationRequest request = plan.request();
        List<String> conditions = new ArrayList<>();
        for (ScanPlan.Part part : plan.parts()) {
            if (part.basis() instanceof ScanBasis.ByTime byColumn) {
                conditions.add("(" + inWindow(request, timestamp(request.dataset(), byColumn.column()))
                        + inPartitions(request, byColumn) + ")");
            } else if (part.basis() instanceof ScanBasis.InState state) {
                List<LocalDate> moments = request.periods().stream()
                        .map(period -> boundary(request, period, state.state())).sorted().toList();
                String from = timestamp(request.dataset(), state.state().fromColumn());
                String until = timestamp(request.dataset(), state.state().untilColumn());
                conditions.add("(" + from + " < " + dialect.timestampLiteral(moments.get(moments.size() - 1)) + " AND ("
                        + until + " IS NULL OR " + until + " >= " + dialect.timestampLiteral(moments.get(0)) + "))");
            }
        }
        return String.join(" OR ", conditions);
    }

    /**
     * For a source partitioned by the dataset's time column, the partitions of the window, so that the
     * engine reads no other folder; rows counted by any other time may lie in any partition.
     */
    private String inPartitions(AggregationRequest request, ScanBasis basis) {
        DatasetDefinition dataset = request.dataset();
        if (dataset.options().partition() == null || !(basis instanceof ScanBasis.ByTime byColumn)
                || !byColumn.column().equals(dataset.timeColumn())) {
            return "";
        }
        PartitionColumn partition = dataset.options().partition();
        String value = "CAST(" + dialect.quote(partition.column()) + " AS " + dialect.textType() + ")";
        return " AND " + value + " >= " + dialect.literal(partition.valueOf(request.from())) + " AND " + value + " <= "
                + dialect.literal(partition.valueOf(request.until().minusDays(1)));
    }

    private String inWindow(AggregationRequest request, String time) {
        return time + " >= " + dialect.timestampLiteral(request.from()) + " AND " + time + " < "
                + dialect.timestampLiteral(request.until());
    }

    /** The start of the period a time falls in: truncated for calendar periods, by their bounds otherwise. */
    private String bucket(AggregationRequest request, String time) {
        return CalendarPeriods.areCalendarAligned(request.grain(), request.periods())
                ? dialect.periodStart(request.grain(), time) : periodCase(request.periods(), time);
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

    private String select(AggregationRequest request, String periodExpression, ScanPlan plan, boolean tagged) {
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
        for (ScanPlan.Part part : plan.parts()) {
            String scope = tagged ? RowTags.BASIS + " = " + part.number() : null;
            for (MeasureDefinition measure : part.measures()) {
                select.add(aggregate(measure, scope) + " AS " + dialect.quote(measure.id()));
            }
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

    /** One measure over all rows, as a filtered aggregate such as {@code avg((x)) FILTER (WHERE (status = 'open'))}. */
    String aggregate(MeasureDefinition measure) {
        return aggregate(measure, null);
    }

    /** One measure over the rows in {@code scope} (a condition on the row's tag; null: all rows). */
    private String aggregate(MeasureDefinition measure, String scope) {
        String expression = measure.expression() == null ? null : "(" + dialect.fragment(measure.expression()) + ")";
        String call = switch (measure.aggregation()) {
            case COUNT -> expression == null ? "count(*)" : "count(" + expression + ")";
            case COUNT_DISTINCT -> "count(DISTINCT " + expression + ")";
            case SUM -> "sum(" + expression + ")";
            case AVERAGE -> dialect.average(expression);
            case MIN -> "min(" + expression + ")";
            case MAX -> "max(" + expression + ")";
            case MEDIAN -> dialect.median(expression);
            case STDDEV -> "stddev_samp(" + expression + ")";
            case PERCENTILE -> dialect.percentile(expression, measure.percentile());
            case SHARE -> share(expression == null ? "*" : expression, dialect.fragment(measure.filter()), scope);
        };
        if (measure.aggregation() == Aggregation.SHARE) {
            return call;
        }
        String filter = both(scope, measure.optionalFilter().map(condition -> "(" + dialect.fragment(condition) + ")").orElse(null));
        return filter == null ? call : call + " FILTER (WHERE " + filter + ")";
    }

    /** The rows that match the filter over all rows (with a value, when an expression is given); none: no value. */
    private String share(String counted, String filter, String scope) {
        String all = scope == null ? "" : " FILTER (WHERE " + scope + ")";
        return "CAST(count(" + counted + ") FILTER (WHERE " + both(scope, "(" + filter + ")") + ") AS " + dialect.floatType()
                + ") / NULLIF(count(" + counted + ")" + all + ", 0)";
    }

    private static String both(String first, String second) {
        if (first == null) {
            return second;
        }
        return second == null ? first : first + " AND " + second;
    }

    /** A timestamp column of a dataset as wall-clock time in the dataset's zone, where periods are cut. */
    String timestamp(DatasetDefinition dataset, String column) {
        return dialect.localTime(dialect.quote(column), dataset.timestamps(), dataset.timeZone());
    }
}
