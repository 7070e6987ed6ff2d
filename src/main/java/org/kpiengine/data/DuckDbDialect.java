package org.kpiengine.data;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** DuckDB's SQL. Rows are tagged with a list of structs that is unnested as the file streams by. */
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

    @Override
    public String taggedRows(String relation, String where, RowTags tags) {
        List<String> lists = new ArrayList<>();
        for (RowTags.TimeTag tag : tags.byTime()) {
            lists.add("CASE WHEN " + tag.condition() + " THEN [" + tag(tag.basis(), tag.period()) + "] ELSE [] END");
        }
        for (RowTags.StateTags tag : tags.inState()) {
            String boundaries = tag.boundaries().stream()
                    .map(boundary -> "{'" + RowTags.PERIOD_NAME + "': " + boundary.period() + ", 'kpi_moment': "
                            + boundary.moment() + "}")
                    .collect(Collectors.joining(", ", "[", "]"));
            lists.add("list_transform(list_filter(" + boundaries + ", lambda b: " + tag.holdsAt().apply("b.kpi_moment")
                    + "), lambda b: " + tag(tag.basis(), "b." + RowTags.PERIOD_NAME) + ")");
        }
        return "(SELECT unnest(" + String.join("\n                   || ", lists) + ") AS " + RowTags.ALIAS + ", *"
                + "\n      FROM " + relation + "\n      WHERE " + where + ") AS kpi_tagged";
    }

    private static String tag(int basis, String period) {
        return "{'" + RowTags.BASIS_NAME + "': " + basis + ", '" + RowTags.PERIOD_NAME + "': " + period + "}";
    }
}
