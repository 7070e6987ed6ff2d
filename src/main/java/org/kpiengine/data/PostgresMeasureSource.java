package org.kpiengine.data;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.kpiengine.definition.DatasetDefinition;
import org.kpiengine.error.InvalidInputException;
import org.kpiengine.error.ProblemCollector;

/**
 * The datasets of one PostgreSQL database. The measures' SQL runs in the database, each query in a
 * transaction of its own that is read only and rolled back, so a fragment cannot change anything, and
 * only aggregated rows come back.
 */
final class PostgresMeasureSource extends AggregatingMeasureSource {

    private final JdbcTarget target;
    private final Connection connection;
    private final AttachedDatasets attached = new AttachedDatasets();
    private final Engine engine = new Engine();
    private final DatasetAggregator aggregator;

    PostgresMeasureSource(JdbcTarget target, Collection<DatasetDefinition> datasets, SqlFragmentGuard guard) {
        this.target = target;
        this.aggregator = new DatasetAggregator(engine, guard);
        DatasetDefinition first = datasets.iterator().next();
        this.connection = connect(target, first);
        try {
            ProblemCollector problems = new ProblemCollector();
            for (DatasetDefinition dataset : datasets) {
                attach(dataset, problems);
            }
            problems.throwIfErrors();
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private static Connection connect(JdbcTarget target, DatasetDefinition dataset) {
        try {
            Connection connection = new org.postgresql.Driver().connect(target.url(), target.properties());
            if (connection == null) {
                throw new SQLException("the URL is not a PostgreSQL JDBC URL");
            }
            connection.setReadOnly(true);
            connection.setAutoCommit(false);
            return connection;
        } catch (SQLException e) {
            throw new InvalidInputException(dataset.location(), "dataset '" + dataset.id() + "': the database "
                    + target.safeUrl() + " cannot be reached: " + EngineMessages.firstLine(e));
        }
    }

    private void attach(DatasetDefinition dataset, ProblemCollector problems) {
        String table = dataset.options().jdbc().tableParts().stream().map(engine.dialect()::quote)
                .collect(Collectors.joining("."));
        List<String> columns;
        try {
            columns = engine.query("SELECT * FROM " + table + " WHERE 1 = 0", dataset.options().queryTimeout(),
                    ResultRows::labels);
        } catch (SQLException e) {
            problems.error(dataset.location(), "dataset '" + dataset.id() + "': the " + dataset.sourceName() + " in "
                    + target.safeUrl() + " cannot be read: " + EngineMessages.firstLine(e));
            return;
        }
        AttachedDataset raw = new AttachedDataset(dataset, table, columns);
        long errorsBefore = problems.errorCount();
        dataset.columnTypes().keySet().stream().sorted()
                .forEach(column -> raw.checkColumn(column, "declared column", problems));
        if (problems.errorCount() > errorsBefore) {
            return;
        }
        AttachedDataset ready = new AttachedDataset(dataset, relation(dataset, table, columns), columns);
        attached.add(ready);
        ready.checkColumn(dataset.timeColumn(), "time column", problems);
        if (dataset.idColumn() != null) {
            ready.checkColumn(dataset.idColumn(), "id column", problems);
        }
        dataset.dimensions().forEach(dimension -> ready.checkColumn(dimension, "dimension", problems));
    }

    /** The table itself, or, where the dataset declares column types, a subquery that casts them. */
    private String relation(DatasetDefinition dataset, String table, List<String> columns) {
        if (dataset.columnTypes().isEmpty()) {
            return table;
        }
        SqlDialect dialect = engine.dialect();
        String select = columns.stream()
                .map(column -> dialect.selectColumn(column, dataset.columnTypes().get(column)))
                .collect(Collectors.joining(", "));
        return "(SELECT " + select + " FROM " + table + ") AS " + dialect.quote(AttachedDataset.relationName(dataset));
    }

    @Override
    AttachedDatasets attached() {
        return attached;
    }

    @Override
    DatasetAggregator aggregator() {
        return aggregator;
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // every transaction was read only and rolled back; a failed close loses nothing
        }
    }

    /** PostgreSQL as the aggregator sees it: every statement alone in a read-only transaction. */
    private final class Engine implements SqlEngine {

        /** Planning reads no rows; a minute is ample. */
        private static final Duration BIND_TIMEOUT = Duration.ofMinutes(1);

        @Override
        public SqlDialect dialect() {
            return PostgresDialect.INSTANCE;
        }

        @Override
        public <T> T query(String sql, Duration timeout, ResultReader<T> reader) throws SQLException {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET TRANSACTION READ ONLY");
                // in the database itself, so that a stopped client cannot leave the query running
                statement.execute("SET LOCAL statement_timeout = " + timeout.toMillis());
                try (ResultSet result = statement.executeQuery(sql)) {
                    return reader.read(new JdbcRows(result));
                }
            } finally {
                connection.rollback();
            }
        }

        /** PostgreSQL binds when it plans; LIMIT 0 stops the plan before it reads a row. */
        @Override
        public void bind(String sql) throws SQLException {
            query(sql, BIND_TIMEOUT, result -> null);
        }
    }
}
