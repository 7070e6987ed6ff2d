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

/** One plan, two spellings: the queries of one request as DuckDB and as PostgreSQL receive them. */
class MeasureSqlTest {

    @Test
    void duckdbAndPostgresqlGetTheSamePlan() {
        DatasetDefinition dataset = Fixtures.table("complaints", "crm.complaints", Map.of(), "team");
        List<MeasureDefinition> measures = List.of(
                Fixtures.measure("received", "complaints", Aggregation.COUNT, null, null),
                Fixtures.measure("median_minutes", "complaints", Aggregation.MEDIAN, "handling_minutes",
                        "resolved_at IS NOT NULL"),
                Fixtures.percentile("p90_minutes", "complaints", "handling_minutes", null, 0.9),
                Fixtures.measure("escalated_share", "complaints", Aggregation.SHARE, null, "escalated"),
                new MeasureDefinition("open_at_end", "open_at_end", "", "complaints", Aggregation.COUNT, null, null, null,
                        new MeasureState("received_at", "resolved_at", MeasureState.Boundary.PERIOD_END),
                        Fixtures.MEASURE_FILE));
        AggregationRequest request = Fixtures.monthly(dataset, measures, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 3, 1), "team");
        StringBuilder text = new StringBuilder();
        for (SqlDialect dialect : List.of(DuckDbDialect.INSTANCE, PostgresDialect.INSTANCE)) {
            text.append("-- ").append(dialect.getClass().getSimpleName()).append('\n');
            for (String query : MeasureQueries.of(request, "dataset_complaints", new MeasureSql(dialect))) {
                text.append(query).append(";\n\n");
            }
        }
        Approvals.verify(text.toString());
    }
}
