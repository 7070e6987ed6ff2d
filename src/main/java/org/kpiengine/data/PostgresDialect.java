package org.kpiengine.data;

import org.kpiengine.definition.ColumnType;

/**
 * PostgreSQL's SQL. Its percentiles are ordered-set aggregates, which take a FILTER clause after the
 * WITHIN GROUP like any other aggregate.
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
}
