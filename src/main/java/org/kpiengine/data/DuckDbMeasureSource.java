package org.kpiengine.data;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.kpiengine.concurrent.BackgroundTask;
import org.kpiengine.definition.DatasetDefinition;
import org.kpiengine.definition.SourceFormat;
import org.kpiengine.definition.SourceOptions;
import org.kpiengine.definition.TimestampKind;
import org.kpiengine.error.KpiException;
import org.kpiengine.error.ProblemCollector;

/**
 * The embedded default engine: DuckDB, in process, reading CSV, Parquet and JSON lines files where
 * they lie. Once the datasets are attached, DuckDB's access to any other file is switched off and
 * locked, so a SQL fragment in a definition cannot read or write anything else. A CSV dataset that
 * skips bad rows is loaded once into memory, so that every measure sees the same rows and the
 * rejected ones are counted exactly.
 */
public final class DuckDbMeasureSource extends AggregatingMeasureSource {

    private final Connection connection;
    private final AttachedDatasets attached = new AttachedDatasets();
    private final DatasetAggregator aggregator;

    public DuckDbMeasureSource(Collection<DatasetDefinition> datasets) {
        this.connection = open();
        this.aggregator = new DatasetAggregator(new Engine(), new SqlFragmentGuard(connection));
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

    /**
     * Starts DuckDB once on a thread of its own, so that it is ready when the datasets are attached: its
     * driver copies its native library (57 MB) out of the jar and loads it at every start, about a quarter of
     * a second. A failure is left to the run's own connection to report.
     */
    public static void startInBackground() {
        BackgroundTask.start("kpi-duckdb-start", () -> {
            try (Connection warmUp = DriverManager.getConnection("jdbc:duckdb:")) {
                return null;
            } catch (SQLException | RuntimeException | LinkageError e) {
                return null;
            }
        });
    }

    private static Connection open() {
        try {
            return DriverManager.getConnection("jdbc:duckdb:");
        } catch (SQLException e) {
            throw new KpiException("the embedded DuckDB engine could not start: " + e.getMessage(), e);
        }
    }

    private void attach(DatasetDefinition dataset, ProblemCollector problems) {
        if (!dataset.format().isFile()) {
            throw new IllegalArgumentException("dataset " + dataset.id() + " is not a file; the embedded engine reads files");
        }
        if (!Files.isRegularFile(dataset.path())) {
            problems.error(dataset.location(), "dataset '" + dataset.id() + "': the data file " + dataset.path()
                    + " does not exist");
            return;
        }
        String relation = SqlText.identifier(AttachedDataset.relationName(dataset));
        try {
            SniffedCsv sniffed = dataset.format() == SourceFormat.CSV ? SniffedCsv.of(connection, dataset) : null;
            AttachedDataset raw = new AttachedDataset(dataset, relation, sniffed != null
                    ? List.copyOf(sniffed.columns().keySet()) : describe(DatasetSql.raw(dataset)));
            long errorsBefore = problems.errorCount();
            checkTimestamps(dataset, rawType(dataset, sniffed), problems);
            dataset.columnTypes().keySet().stream().sorted()
                    .forEach(column -> raw.checkColumn(column, "declared column", problems));
            raw.checkColumn(dataset.timeColumn(), "time column", problems);
            if (dataset.idColumn() != null) {
                raw.checkColumn(dataset.idColumn(), "id column", problems);
            }
            dataset.dimensions().forEach(dimension -> raw.checkColumn(dimension, "dimension", problems));
            if (problems.errorCount() > errorsBefore) {
                return;
            }
            create(dataset, relation, sniffed);
            attached.add(new AttachedDataset(dataset, relation, describe("SELECT * FROM " + relation)));
        } catch (SQLException e) {
            AttachedDataset unread = new AttachedDataset(dataset, relation, List.of());
            problems.error(dataset.location(), EngineMessages.describe(e, unread, "the file " + dataset.path()
                    + " cannot be read"));
        }
    }

    private void create(DatasetDefinition dataset, String relation, SniffedCsv sniffed) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            if (dataset.options().onBadRows() == SourceOptions.BadRows.FAIL) {
                String select = sniffed != null ? DatasetSql.pinned(dataset, sniffed) : DatasetSql.select(dataset);
                statement.execute("CREATE VIEW " + relation + " AS " + select);
                return;
            }
            String rejects = SqlText.identifier("rejects_" + dataset.id());
            String scans = SqlText.identifier("rejects_scan_" + dataset.id());
            statement.execute("CREATE TABLE " + relation + " AS " + DatasetSql.selectStoringRejects(dataset,
                    "rejects_" + dataset.id(), "rejects_scan_" + dataset.id()));
            long accepted = count(statement, "SELECT count(*) FROM " + relation);
            long rejected = count(statement, "SELECT count(*) FROM (SELECT DISTINCT scan_id, file_id, line FROM "
                    + rejects + ")");
            statement.execute("DROP TABLE " + rejects);
            statement.execute("DROP TABLE " + scans);
            attached.recordStatistics(new DatasetStatistics(dataset.id(), accepted + rejected, rejected));
        }
    }

    private static long count(Statement statement, String sql) throws SQLException {
        try (ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    /**
     * A time column whose values carry offsets must be declared so, and one whose values carry none
     * must not be: otherwise offsets would be dropped, or local times read as UTC, without a word.
     */
    private void checkTimestamps(DatasetDefinition dataset, String type, ProblemCollector problems) {
        if (type == null) {
            return;
        }
        boolean withOffsets = type.equals("TIMESTAMP WITH TIME ZONE");
        String what = "dataset '" + dataset.id() + "': the time column '" + dataset.timeColumn() + "'";
        if (withOffsets && dataset.timestamps() != TimestampKind.WITH_OFFSET) {
            problems.error(dataset.location(), what + " carries time-zone offsets (such as Z or +01:00); declare "
                    + "'timestamps: with_offset' so that each value is read at its own offset");
        } else if (!withOffsets && dataset.timestamps() == TimestampKind.WITH_OFFSET && type.startsWith("TIMESTAMP")) {
            problems.error(dataset.location(), what + " carries no time-zone offsets, so 'timestamps: with_offset' "
                    + "does not fit; use 'timestamps: local' (times in " + dataset.timeZone() + ") or 'timestamps: utc'");
        }
    }

    /** The type the file's time column has before any declared type applies, or null when it has none. */
    private String rawType(DatasetDefinition dataset, SniffedCsv sniffed) throws SQLException {
        if (sniffed != null) {
            return sniffed.columns().get(dataset.timeColumn());
        }
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT column_type FROM (DESCRIBE " + DatasetSql.raw(dataset)
                     + ") WHERE column_name = " + SqlText.literal(dataset.timeColumn()))) {
            return result.next() ? result.getString(1) : null;
        }
    }

    private List<String> describe(String select) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("DESCRIBE " + select)) {
            while (result.next()) {
                names.add(result.getString(1));
            }
        }
        return names;
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
            // nothing was written through this connection; a failed close loses nothing
        }
    }

    /** DuckDB as the aggregator sees it. */
    private final class Engine implements SqlEngine {

        @Override
        public SqlDialect dialect() {
            return DuckDbDialect.INSTANCE;
        }

        @Override
        public <T> T query(String sql, Duration timeout, ResultReader<T> reader) throws SQLException {
            try (Statement statement = connection.createStatement()) {
                statement.setQueryTimeout(Math.toIntExact(timeout.toSeconds()));
                try (ResultSet result = statement.executeQuery(sql)) {
                    return reader.read(new JdbcRows(result));
                }
            }
        }

        @Override
        public void bind(String sql) throws SQLException {
            try (PreparedStatement ignored = connection.prepareStatement(sql)) {
                // preparing binds every column name and type; nothing is read
            }
        }
    }
}
