package org.kpiengine.data;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.kpiengine.definition.ColumnType;

/**
 * PostgreSQL's SQL. Its percentiles are ordered-set aggregates, which take a FILTER clause after the
 * WITHIN GROUP like any other aggregate. Rows are tagged by a lateral subquery that yields one row per
 * tag.
 */
final class PostgresDialect implements SqlDialect {

    static final PostgresDialect INSTANCE = new PostgresDialect();

    private PostgresDialect() {
    }

    @Override
    public String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    @Override
    public String typeName(ColumnType type) {
        return type == ColumnType.DOUBLE ? floatType() : type.sqlName();
    }

    @Override
    public String floatType() {
        return "DOUBLE PRECISION";
    }

    @Override
    public String percentile(String expression, double fraction) {
        return "percentile_cont(" + SqlDialect.number(fraction) + ") WITHIN GROUP (ORDER BY " + expression + ")";
    }

    @Override
    public String median(String expression) {
        return percentile(expression, 0.5);
    }

    @Override
    public String taggedRows(String relation, String where, RowTags tags) {
        List<String> branches = new ArrayList<>();
        for (RowTags.TimeTag tag : tags.byTime()) {
            branches.add("SELECT " + tag.basis() + " AS " + RowTags.BASIS_NAME + ", " + tag.period() + " AS "
                    + RowTags.PERIOD_NAME + " WHERE " + tag.condition());
        }
        for (RowTags.StateTags tag : tags.inState()) {
            String boundaries = tag.boundaries().stream()
                    .map(boundary -> "(" + boundary.period() + ", " + boundary.moment() + ")")
                    .collect(Collectors.joining(", "));
            branches.add("SELECT " + tag.basis() + " AS " + RowTags.BASIS_NAME + ", b." + RowTags.PERIOD_NAME + " FROM (VALUES " + boundaries + ") AS b("
                    + RowTags.PERIOD_NAME + ", kpi_moment) WHERE " + tag.holdsAt().apply("b.kpi_moment"));
        }
        return relation + " CROSS JOIN LATERAL (" + String.join("\n          UNION ALL ", branches) + ") AS "
                + RowTags.ALIAS + "\nWHERE " + where;
    }
}
