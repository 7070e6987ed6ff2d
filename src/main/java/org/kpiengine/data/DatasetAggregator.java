package org.kpiengine.data;

import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kpiengine.definition.MeasureDefinition;
import org.kpiengine.error.InvalidInputException;
import org.kpiengine.error.ProblemCollector;

/**
 * What every engine does with an attached dataset: aggregate its measures in one scan, find
 * its latest record, and check measures against it. Only SQL goes in and only aggregated rows come out.
 */
final class DatasetAggregator {

    private static final String LATEST = "kpi_latest";
    private static final String ROWS = "kpi_rows";

    private final SqlEngine engine;
    private final SqlFragmentGuard guard;
    private final MeasureSql sql;
    private final RecordIdQuery recordIdQuery;

    DatasetAggregator(SqlEngine engine, SqlFragmentGuard guard) {
        this.engine = engine;
        this.guard = guard;
        this.sql = new MeasureSql(engine.dialect());
        this.recordIdQuery = new RecordIdQuery(engine.dialect());
    }

    List<MeasureRow> aggregate(AttachedDataset dataset, AggregationRequest request) {
        ProblemCollector problems = new ProblemCollector();
        request.segmentBy().forEach(segment -> dataset.checkColumn(segment, "segment dimension", problems));
        problems.throwIfErrors();
        checkFragments(request.measures());
        return run(sql.query(ScanPlan.of(request), dataset.relation()), dataset, request.measures());
    }

    private List<MeasureRow> run(String query, AttachedDataset dataset, List<MeasureDefinition> measures) {
        try {
            return engine.query(query, timeout(dataset), result -> readRows(result, measures));
        } catch (SQLException e) {
            // Only now bind each measure on its own (binding a file dataset means sniffing the file again),
            // so that a measure's mistake is still reported against the measure that made it.
            if (!EngineMessages.isTimeout(e)) {
                checkMeasures(dataset, measures);
            }
            throw new InvalidInputException(dataset.dataset().location(), EngineMessages.describe(e, dataset,
                    "the data in " + dataset.dataset().sourceName() + " could not be aggregated"));
        }
    }

    RecordIds recordIds(AttachedDataset dataset, RecordIdRequest request) {
        ProblemCollector problems = new ProblemCollector();
        dataset.checkColumn(dataset.dataset().idColumn(), "id column", problems);
        request.dimensions().forEach(dimension -> dataset.checkColumn(dimension, "segment dimension", problems));
        problems.throwIfErrors();
        checkFragments(List.of(request.measure()));
        try {
            return engine.query(recordIdQuery.sql(request, dataset.relation()), timeout(dataset),
                    result -> recordIdQuery.read(result, request));
        } catch (SQLException e) {
            throw new InvalidInputException(request.measure().location(), EngineMessages.describe(e, dataset,
                    "the records behind measure '" + request.measure().id() + "' could not be listed"));
        }
    }

    /** Refuses, before any SQL runs, every fragment that is not one plain expression. */
    private void checkFragments(List<MeasureDefinition> measures) {
        ProblemCollector problems = new ProblemCollector();
        for (MeasureDefinition measure : measures) {
            String what = "measure '" + measure.id() + "'";
            checkFragment(measure.expression(), what + ": the expression", measure, problems);
            checkFragment(measure.filter(), what + ": the filter", measure, problems);
        }
        problems.throwIfErrors();
    }

    /**
     * Binds every measure on its own, without reading data, so that a mistake is reported against the
     * measure that made it: a fragment that is not one expression, or a column the dataset lacks.
     */
    void checkMeasures(AttachedDataset dataset, List<MeasureDefinition> measures) {
        ProblemCollector problems = new ProblemCollector();
        for (MeasureDefinition measure : measures) {
            String what = "measure '" + measure.id() + "'";
            checkFragment(measure.expression(), what + ": the expression", measure, problems);
            checkFragment(measure.filter(), what + ": the filter", measure, problems);
            if (problems.hasErrors()) {
                continue;
            }
            String probe = "SELECT " + sql.aggregate(measure) + " FROM " + dataset.relation()
                    + " GROUP BY " + String.join(", ", timeColumnsOf(measure, dataset)) + " LIMIT 0";
            try {
                engine.bind(probe);
            } catch (SQLException e) {
                problems.error(measure.location(), what + ": " + EngineMessages.describeBindError(e, dataset.columns(),
                        dataset.id()));
            }
        }
        problems.throwIfErrors();
    }

    private List<String> timeColumnsOf(MeasureDefinition measure, AttachedDataset dataset) {
        return measure.optionalState()
                .map(state -> List.of(sql.timestamp(dataset.dataset(), state.fromColumn()),
                        sql.timestamp(dataset.dataset(), state.untilColumn())))
                .orElse(List.of(sql.timestamp(dataset.dataset(), measure.timeColumnIn(dataset.dataset()))));
    }

    private void checkFragment(String fragment, String what, MeasureDefinition measure, ProblemCollector problems) {
        if (fragment != null) {
            guard.check(fragment).ifPresent(reason -> problems.error(measure.location(), what + " '" + fragment
                    + "' is refused: " + reason));
        }
    }

    /** The time of the latest record and, from the same scan, how many rows the relation has. */
    LatestRecord latestRecord(AttachedDataset dataset) {
        String query = "SELECT max(" + sql.timestamp(dataset.dataset(), dataset.dataset().timeColumn()) + ") AS "
                + LATEST + ", count(*) AS " + ROWS + " FROM " + dataset.relation();
        try {
            return engine.query(query, timeout(dataset), result -> {
                result.next();
                return new LatestRecord(Optional.ofNullable(result.dateTime(LATEST)), result.whole(ROWS));
            });
        } catch (SQLException e) {
            throw new InvalidInputException(dataset.dataset().location(), EngineMessages.describe(e, dataset,
                    "the time column '" + dataset.dataset().timeColumn() + "' could not be read as date and time"));
        }
    }

    /** Counts the rows of the dataset's relation: one scan, asked for only when wanted. */
    long rowCount(AttachedDataset dataset) {
        try {
            return engine.query("SELECT count(*) AS " + ROWS + " FROM " + dataset.relation(), timeout(dataset), result -> {
                result.next();
                return result.whole(ROWS);
            });
        } catch (SQLException e) {
            throw new InvalidInputException(dataset.dataset().location(), EngineMessages.describe(e, dataset,
                    "the rows of " + dataset.dataset().sourceName() + " could not be counted"));
        }
    }

    private static Duration timeout(AttachedDataset dataset) {
        return dataset.dataset().options().queryTimeout();
    }

    private static List<MeasureRow> readRows(ResultRows result, List<MeasureDefinition> measures) throws SQLException {
        Set<String> labels = new HashSet<>(result.labels());
        List<MeasureDefinition> present = measures.stream().filter(measure -> labels.contains(measure.id())).toList();
        List<MeasureRow> rows = new ArrayList<>();
        while (result.next()) {
            LocalDate period = result.date(MeasureSql.PERIOD_COLUMN);
            boolean total = result.whole(MeasureSql.TOTAL_FLAG_COLUMN) == 1;
            String dimension = total ? null : result.text(MeasureSql.DIMENSION_COLUMN);
            String segment = total ? null : Optional.ofNullable(result.text(MeasureSql.SEGMENT_COLUMN)).orElse("(none)");
            Map<String, Double> values = new HashMap<>();
            for (MeasureDefinition measure : present) {
                Double value = result.number(measure.id());
                if (value != null) {
                    values.put(measure.id(), value);
                }
            }
            rows.add(new MeasureRow(period, dimension, segment, values));
        }
        return rows;
    }

    /** What one scan for the as-of day finds: the latest record's time, if any, and the row count. */
    record LatestRecord(Optional<LocalDateTime> time, long rows) {
    }
}
