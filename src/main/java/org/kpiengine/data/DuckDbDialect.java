package org.kpiengine.data;

/** DuckDB's SQL. */
final class DuckDbDialect implements SqlDialect {

    static final DuckDbDialect INSTANCE = new DuckDbDialect();

    private DuckDbDialect() {
    }

    @Override
    public String quote(String identifier) {
        return SqlText.identifier(identifier);
    }

    @Override
    public String percentile(String expression, double fraction) {
        return "quantile_cont(" + expression + ", " + SqlDialect.number(fraction) + ")";
    }

    @Override
    public String median(String expression) {
        return "median(" + expression + ")";
    }
}
