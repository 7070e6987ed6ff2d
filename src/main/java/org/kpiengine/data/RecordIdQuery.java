package org.kpiengine.data;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.kpiengine.definition.DatasetDefinition;
import org.kpiengine.definition.MeasureDefinition;
import org.kpiengine.definition.MeasureState;

/**
 * The query that names the records behind one measure in one period: every row its aggregate reads
 * (in the period by the measure's time column, or in its state at the period's boundary; passing its
 * filter; with a value for its expression), lowest ids first, with a window count of them all.
 */
final class RecordIdQuery {

    private static final String ID = "kpi_record_id";
    private static final String TOTAL = "kpi_records";
    private static final String DIMENSION = "kpi_dimension_";
    /** What a record without an id is listed as: it still counts, so it is still shown. */
    static final String NO_ID = "(no id)";

    private final SqlDialect dialect;
    private final MeasureSql measureSql;

    RecordIdQuery(SqlDialect dialect) {
        this.dialect = dialect;
        this.measureSql = new MeasureSql(dialect);
    }

    String sql(RecordIdRequest request, String relation) {
        DatasetDefinition dataset = request.dataset();
        String id = dialect.quote(dataset.idColumn());
        List<String> select = new ArrayList<>();
        select.add("CAST(" + id + " AS " + dialect.textType() + ") AS " + ID);
        for (int i = 0; i < request.dimensions().size(); i++) {
            select.add("CAST(" + dialect.quote(request.dimensions().get(i)) + " AS " + dialect.textType() + ") AS "
                    + DIMENSION + i);
        }
        select.add("count(*) OVER () AS " + TOTAL);
        List<String> where = new ArrayList<>();
        where.add(inPeriod(request));
        MeasureDefinition measure = request.measure();
        measure.optionalFilter().ifPresent(filter -> where.add("(" + dialect.fragment(filter) + ")"));
        if (measure.expression() != null) {
            where.add("(" + dialect.fragment(measure.expression()) + ") IS NOT NULL");
        }
        return "SELECT " + String.join(", ", select) + "\nFROM " + relation + "\nWHERE " + String.join(" AND ", where)
                + "\nORDER BY " + id + "\nLIMIT " + request.limit();
    }

    /** The same period test as the measure's aggregate: its time in the period, or in its state at the boundary. */
    private String inPeriod(RecordIdRequest request) {
        DatasetDefinition dataset = request.dataset();
        MeasureDefinition measure = request.measure();
        if (measure.optionalState().isEmpty()) {
            String time = measureSql.timestamp(dataset, measure.timeColumnIn(dataset));
            return time + " >= " + dialect.timestampLiteral(request.period().start()) + " AND " + time + " < "
                    + dialect.timestampLiteral(request.until());
        }
        MeasureState state = measure.optionalState().get();
        LocalDate boundary = state.at() == MeasureState.Boundary.PERIOD_START ? request.period().start() : request.until();
        String moment = dialect.timestampLiteral(boundary);
        String from = measureSql.timestamp(dataset, state.fromColumn());
        String until = measureSql.timestamp(dataset, state.untilColumn());
        return from + " < " + moment + " AND (" + until + " IS NULL OR " + until + " >= " + moment + ")";
    }

    RecordIds read(ResultRows result, RecordIdRequest request) throws SQLException {
        List<RecordIds.RecordId> records = new ArrayList<>();
        long total = 0;
        while (result.next()) {
            total = result.whole(TOTAL);
            List<String> values = new ArrayList<>();
            for (int i = 0; i < request.dimensions().size(); i++) {
                values.add(result.text(DIMENSION + i));
            }
            String id = result.text(ID);
            records.add(new RecordIds.RecordId(id == null ? NO_ID : id, values));
        }
        return new RecordIds(total, records);
    }
}
