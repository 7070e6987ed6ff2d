package org.kpiengine.data;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.kpiengine.definition.DatasetDefinition;
import org.kpiengine.definition.MeasureDefinition;
import org.kpiengine.error.DidYouMean;
import org.kpiengine.error.InvalidInputException;
import org.kpiengine.error.KpiException;
import org.kpiengine.error.ProblemCollector;

/**
 * The embedded default engine: DuckDB, in process, reading CSV and Parquet files where they lie.
 * Once the datasets are attached, DuckDB's access to any other file is switched off and locked, so a
 * SQL fragment in a definition cannot read or write anything else.
 */
public final class DuckDbMeasureSource implements MeasureSource {

    private final Connection connection;
    private final Map<String, DatasetDefinition> attached = new HashMap<>();
    private final Map<String, List<String>> columns = new HashMap<>();

    public DuckDbMeasureSource(Collection<DatasetDefinition> datasets) {
        this.connection = open();
        try {
            ProblemCollector problems = new ProblemCollector();
            for (DatasetDefinition dataset : datasets) {
                attach(dataset, problems);
            }
            problems.throwIfErrors();
            lockDown(datasets);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private static Connection open() {
        try {
            return DriverManager.getConnection("jdbc:duckdb:");
        } catch (SQLException e) {
            throw new KpiException("the embedded DuckDB engine could not start: " + e.getMessage(), e);
        }
    }

    private void attach(DatasetDefinition dataset, ProblemCollector problems) {
        if (!Files.isRegularFile(dataset.path())) {
            problems.error(dataset.location(), "dataset '" + dataset.id() + "': the data file " + dataset.path()
                    + " does not exist");
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE VIEW " + relation(dataset) + " AS " + DatasetSql.select(dataset));
            columns.put(dataset.id(), describe(dataset));
            attached.put(dataset.id(), dataset);
            checkColumn(dataset, dataset.timeColumn(), "time column", problems);
            dataset.dimensions().forEach(dimension -> checkColumn(dataset, dimension, "dimension", problems));
        } catch (SQLException e) {
            problems.error(dataset.location(), "dataset '" + dataset.id() + "': the file " + dataset.path()
                    + " cannot be read: " + DuckDbMessages.firstLine(e));
        }
    }

    private List<String> describe(DatasetDefinition dataset) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("DESCRIBE SELECT * FROM " + relation(dataset))) {
            while (result.next()) {
                names.add(result.getString(1));
            }
        }
        return names;
    }

    private void checkColumn(DatasetDefinition dataset, String column, String role, ProblemCollector problems) {
        List<String> existing = columns.get(dataset.id());
        if (!existing.contains(column)) {
            problems.error(dataset.location(), "dataset '" + dataset.id() + "': the " + role + " '" + column
                    + "' is not a column of " + dataset.path().getFileName() + DidYouMean.hint(column, existing)
                    + "; its columns are " + String.join(", ", existing));
        }
    }

    private void lockDown(Collection<DatasetDefinition> datasets) {
        String allowed = datasets.stream().map(dataset -> SqlText.literal(dataset.path().toString()))
                .collect(Collectors.joining(", ", "[", "]"));
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET allowed_paths = " + allowed);
            statement.execute("SET enable_external_access = false");
            statement.execute("SET lock_configuration = true");
        } catch (SQLException e) {
            throw new KpiException("the embedded DuckDB engine could not be locked down: " + e.getMessage(), e);
        }
    }

    @Override
    public List<MeasureRow> aggregate(AggregationRequest request) {
        DatasetDefinition dataset = attachedDataset(request.dataset());
        request.optionalSegmentBy().ifPresent(segment -> {
            ProblemCollector problems = new ProblemCollector();
            checkColumn(dataset, segment, "segment dimension", problems);
            problems.throwIfErrors();
        });
        checkMeasures(dataset, request.measures());
        List<MeasureRow> rows = new ArrayList<>();
        for (String sql : MeasureQueries.of(request, relation(dataset))) {
            rows.addAll(run(sql, dataset, request.measures()));
        }
        return MeasureRows.merge(rows);
    }

    private List<MeasureRow> run(String sql, DatasetDefinition dataset, List<MeasureDefinition> measures) {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            return readRows(result, measures);
        } catch (SQLException e) {
            throw new InvalidInputException(dataset.location(), "dataset '" + dataset.id() + "': the data in "
                    + dataset.path().getFileName() + " could not be aggregated: " + DuckDbMessages.firstLine(e));
        }
    }

    /**
     * Binds every measure on its own, without reading data, so that a mistake is reported against the
     * measure that made it: a fragment that is not one expression, or a column the dataset lacks.
     */
    public void checkMeasures(DatasetDefinition dataset, List<MeasureDefinition> measures) {
        DatasetDefinition attachedDataset = attachedDataset(dataset);
        SqlFragmentGuard guard = new SqlFragmentGuard(connection);
        ProblemCollector problems = new ProblemCollector();
        for (MeasureDefinition measure : measures) {
            String what = "measure '" + measure.id() + "'";
            checkFragment(guard, measure.expression(), what + ": the expression", measure, problems);
            checkFragment(guard, measure.filter(), what + ": the filter", measure, problems);
            if (problems.hasErrors()) {
                continue;
            }
            String probe = "SELECT " + MeasureSql.aggregate(measure) + " FROM " + relation(attachedDataset)
                    + " GROUP BY " + String.join(", ", timeColumnsOf(measure, attachedDataset)) + " LIMIT 0";
            try (PreparedStatement ignored = connection.prepareStatement(probe)) {
                // preparing binds every column name and type; nothing is read
            } catch (SQLException e) {
                problems.error(measure.location(), what + ": " + DuckDbMessages.describeBindError(e,
                        columns.get(attachedDataset.id()), attachedDataset.id()));
            }
        }
        problems.throwIfErrors();
    }

    private static List<String> timeColumnsOf(MeasureDefinition measure, DatasetDefinition dataset) {
        return measure.optionalState()
                .map(state -> List.of(MeasureSql.timestamp(state.fromColumn()), MeasureSql.timestamp(state.untilColumn())))
                .orElse(List.of(MeasureSql.timestamp(measure.timeColumnIn(dataset))));
    }

    private static void checkFragment(SqlFragmentGuard guard, String fragment, String what, MeasureDefinition measure,
                                      ProblemCollector problems) {
        if (fragment != null) {
            guard.check(fragment).ifPresent(reason -> problems.error(measure.location(), what + " '" + fragment + "' is refused: " + reason));
        }
    }

    private static List<MeasureRow> readRows(ResultSet result, List<MeasureDefinition> measures) throws SQLException {
        List<MeasureRow> rows = new ArrayList<>();
        while (result.next()) {
            LocalDate period = result.getObject(MeasureSql.PERIOD_COLUMN, LocalDate.class);
            boolean total = result.getInt(MeasureSql.TOTAL_FLAG_COLUMN) == 1;
            String segment = total ? null : Optional.ofNullable(result.getString(MeasureSql.SEGMENT_COLUMN)).orElse("(none)");
            Map<String, Double> values = new HashMap<>();
            for (MeasureDefinition measure : measures) {
                if (!hasColumn(result, measure.id())) {
                    continue;
                }
                double value = result.getDouble(measure.id());
                if (!result.wasNull()) {
                    values.put(measure.id(), value);
                }
            }
            rows.add(new MeasureRow(period, segment, values));
        }
        return rows;
    }

    private static boolean hasColumn(ResultSet result, String column) throws SQLException {
        var meta = result.getMetaData();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            if (meta.getColumnLabel(i).equals(column)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Optional<LocalDateTime> latestRecord(DatasetDefinition dataset) {
        DatasetDefinition attachedDataset = attachedDataset(dataset);
        String sql = "SELECT max(CAST(" + SqlText.identifier(dataset.timeColumn()) + " AS TIMESTAMP)) FROM " + relation(attachedDataset);
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            Timestamp latest = result.getTimestamp(1);
            return Optional.ofNullable(latest).map(Timestamp::toLocalDateTime);
        } catch (SQLException e) {
            throw new InvalidInputException(dataset.location(), "dataset '" + dataset.id() + "': the time column '"
                    + dataset.timeColumn() + "' could not be read as date and time: " + DuckDbMessages.firstLine(e));
        }
    }

    private DatasetDefinition attachedDataset(DatasetDefinition dataset) {
        DatasetDefinition known = attached.get(dataset.id());
        if (known == null) {
            throw new IllegalStateException("dataset " + dataset.id() + " was not attached");
        }
        return known;
    }

    private static String relation(DatasetDefinition dataset) {
        return SqlText.identifier("dataset_" + dataset.id());
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // nothing was written through this connection; a failed close loses nothing
        }
    }
}
