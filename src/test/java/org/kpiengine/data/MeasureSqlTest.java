package org.kpiengine.data;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.approvaltests.Approvals;
import org.junit.jupiter.api.Test;
import org.kpiengine.definition.Aggregation;
import org.kpiengine.definition.DatasetDefinition;
import org.kpiengine.definition.MeasureDefinition;
import org.kpiengine.definition.MeasureState;

/**
 * One plan, three spellings: the one query of a request as DuckDB, PostgreSQL and Spark receive it, once for
 * measures that all count rows by one time column (a plain filtered aggregation), once for measures that
 * count rows in three ways (tagged rows).
 */
class MeasureSqlTest {

    private static final DatasetDefinition COMPLAINTS = Fixtures.table("complaints", "crm.complaints", Map.of(), "team");

    private static final List<MeasureDefinition> BY_RECEIPT = List.of(
            Fixtures.measure("received", "complaints", Aggregation.COUNT, null, null),
            Fixtures.measure("median_minutes", "complaints", Aggregation.MEDIAN, "handling_minutes",
                    "resolved_at IS NOT NULL"),
            Fixtures.percentile("p90_minutes", "complaints", "handling_minutes", null, 0.9),
            Fixtures.measure("escalated_share", "complaints", Aggregation.SHARE, null, "escalated"));

    @Test
    void measuresOfOneTimeColumnAreOnePlainAggregation() {
        Approvals.verify(render(BY_RECEIPT));
    }

    @Test
    void measuresThatCountRowsInSeveralWaysShareOneTaggedScan() {
        List<MeasureDefinition> measures = new java.util.ArrayList<>(BY_RECEIPT);
        measures.add(new MeasureDefinition("resolved", "resolved", "", "complaints", Aggregation.COUNT, null, null,
                "resolved_at", null, null, Fixtures.MEASURE_FILE));
        measures.add(new MeasureDefinition("open_at_end", "open_at_end", "", "complaints", Aggregation.COUNT, null, null,
                null, new MeasureState("received_at", "resolved_at", MeasureState.Boundary.PERIOD_END), null,
                Fixtures.MEASURE_FILE));
        Approvals.verify(render(measures));
    }

    private static String render(List<MeasureDefinition> measures) {
        AggregationRequest request = Fixtures.monthly(COMPLAINTS, measures, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 3, 1), "team");
        StringBuilder text = new StringBuilder();
        for (SqlDialect dialect : List.of(DuckDbDialect.INSTANCE, PostgresDialect.INSTANCE, SparkDialect.INSTANCE)) {
            text.append("-- ").append(dialect.getClass().getSimpleName()).append('\n')
                    .append(new MeasureSql(dialect).query(ScanPlan.of(request), "dataset_complaints")).append(";\n\n");
        }
        return text.toString();
    }
}
