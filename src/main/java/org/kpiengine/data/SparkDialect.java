package org.kpiengine.data;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.kpiengine.definition.ColumnType;
import org.kpiengine.definition.TimestampKind;

/**
 * Spark SQL. Names are quoted with backticks and text is STRING; string literals escape with a
 * backslash, since Spark joins two adjacent literals where the others read a doubled quote. The session
 * runs in UTC, so a TIMESTAMP holds wall-clock time as it is and zones are applied explicitly. Rows are
 * tagged by exploding an array of (basis, period, keep) structs with LATERAL VIEW, keeping only the
 * tags whose condition holds.
 */
final class SparkDialect implements SqlDialect {

    static final SparkDialect INSTANCE = new SparkDialect();

    private static final String KEEP_NAME = "kpi_keep";

    private SparkDialect() {
    }

    @Override
    public String quote(String identifier) {
        return '`' + identifier.replace("`", "``") + '`';
    }

    @Override
    public String literal(String text) {
        return '\'' + text.replace("\\", "\\\\").replace("'", "\\'") + '\'';
    }

    @Override
    public String typeName(ColumnType type) {
        return switch (type) {
            case VARCHAR -> textType();
            case TIMESTAMPTZ -> "TIMESTAMP";
            default -> type.sqlName();
        };
    }

    @Override
    public String textType() {
        return "STRING";
    }

    /** Values with offsets were read as instants; local ones as wall-clock time in the session's UTC. */
    @Override
    public String localTime(String column, TimestampKind kind, ZoneId zone) {
        return switch (kind) {
            case LOCAL -> toTimestamp(column);
            case WITH_OFFSET, UTC -> "from_utc_timestamp(" + toTimestamp(column) + ", " + literal(zone.getId()) + ")";
        };
    }

    /** Spark averages decimals as decimals; DuckDB, whose figures are the reference, as doubles. */
    @Override
    public String average(String expression) {
        return "avg(CAST(" + expression + " AS DOUBLE))";
    }

    /** Spark's percentile interpolates between the closest ranks, as quantile_cont and percentile_cont do. */
    @Override
    public String percentile(String expression, double fraction) {
        return "percentile(" + expression + ", " + SqlDialect.number(fraction) + ")";
    }

    @Override
    public String median(String expression) {
        return percentile(expression, 0.5);
    }

    @Override
    public String fragment(String sql) {
        return SparkFragments.translate(sql);
    }

    @Override
    public String taggedRows(String relation, String where, RowTags tags) {
        List<String> structs = new ArrayList<>();
        for (RowTags.TimeTag tag : tags.byTime()) {
            structs.add(tag(tag.basis(), tag.period(), tag.condition()));
        }
        for (RowTags.StateTags tag : tags.inState()) {
            for (RowTags.Boundary boundary : tag.boundaries()) {
                structs.add(tag(tag.basis(), boundary.period(), tag.holdsAt().apply(boundary.moment())));
            }
        }
        return relation + "\n  LATERAL VIEW inline(filter(array(" + String.join(",\n      ", structs) + "), t -> t."
                + KEEP_NAME + ")) " + RowTags.ALIAS + " AS " + RowTags.BASIS_NAME + ", " + RowTags.PERIOD_NAME + ", "
                + KEEP_NAME + "\nWHERE " + where;
    }

    private static String tag(int basis, String period, String condition) {
        return "named_struct('" + RowTags.BASIS_NAME + "', " + basis + ", '" + RowTags.PERIOD_NAME + "', " + period
                + ", '" + KEEP_NAME + "', coalesce(" + condition + ", false))";
    }
}
