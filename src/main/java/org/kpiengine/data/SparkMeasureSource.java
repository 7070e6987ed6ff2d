package org.kpiengine.data;

import java.nio.file.Files;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.kpiengine.definition.ColumnType;
import org.kpiengine.definition.DatasetDefinition;
import org.kpiengine.definition.SourceFormat;
import org.kpiengine.definition.TimestampKind;
import org.kpiengine.error.ProblemCollector;

/**
 * Datasets that Spark reads where they lie: each file or folder becomes a temporary view of the run's
 * own session, with the declared column types, and the measures run as the same one-scan queries as
 * on the other engines, spelt in Spark SQL. Only aggregated rows reach the driver. Nothing is written:
 * the queries are SELECTs, and every SQL fragment is checked to be one expression before it runs.
 */
public final class SparkMeasureSource extends AggregatingMeasureSource {

    private static final AtomicLong QUERIES = new AtomicLong();
    private static final long CANCEL_AGAIN_MILLIS = 250;

    private final SparkSession session;
    private final SparkDatasetReader reader;
    private final AttachedDatasets attached = new AttachedDatasets();
    private final List<String> views = new ArrayList<>();
    private final SqlFragmentGuard guard = SqlFragmentGuard.standalone();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "kpi-spark-query-timeout");
        thread.setDaemon(true);
        return thread;
    });
    private final DatasetAggregator aggregator;

    /** @param master the Spark master URL, or null for the submitting application's, else all local cores */
    public SparkMeasureSource(Collection<DatasetDefinition> datasets, String master) {
        try {
            this.session = SparkSessions.forRun(master);
            this.reader = new SparkDatasetReader(session);
            this.aggregator = new DatasetAggregator(new Engine(), guard);
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

    /** The run's session: what its views and queries live in. */
    SparkSession session() {
        return session;
    }

    private void attach(DatasetDefinition dataset, ProblemCollector problems) {
        if (dataset.format() == SourceFormat.JDBC) {
            throw new IllegalArgumentException("dataset " + dataset.id() + " is read in its own database");
        }
        if (dataset.path() != null && !Files.exists(dataset.path())) {
            problems.error(dataset.location(), "dataset '" + dataset.id() + "': the data "
                    + (dataset.options().partition() != null ? "folder " : "file ") + dataset.path() + " does not exist");
            return;
        }
        if (!reader.supports(dataset, problems)) {
            return;
        }
        String view = AttachedDataset.relationName(dataset);
        Dataset<Row> raw;
        try {
            raw = reader.read(dataset);
        } catch (Exception e) { // Spark's AnalysisException is checked in Java's eyes, though undeclared
            AttachedDataset unread = new AttachedDataset(dataset, view, List.of());
            problems.error(dataset.location(), EngineMessages.describe(SparkErrors.translate(e, false), unread,
                    (dataset.path() == null ? "the " + dataset.sourceName() : "the data in " + dataset.path())
                            + " cannot be read"));
            return;
        }
        List<String> columns = Arrays.asList(raw.columns());
        AttachedDataset found = new AttachedDataset(dataset, view, columns);
        long errorsBefore = problems.errorCount();
        dataset.columnTypes().keySet().stream().sorted()
                .forEach(column -> found.checkColumn(column, "declared column", problems));
        found.checkColumn(dataset.timeColumn(), "time column", problems);
        if (dataset.idColumn() != null) {
            found.checkColumn(dataset.idColumn(), "id column", problems);
        }
        dataset.dimensions().forEach(dimension -> found.checkColumn(dimension, "dimension", problems));
        dataset.options().optionalPartition()
                .ifPresent(partition -> found.checkColumn(partition.column(), "partition column", problems));
        if (problems.errorCount() > errorsBefore) {
            return;
        }
        typed(dataset, raw, columns).createOrReplaceTempView(view);
        views.add(view);
        attached.add(new AttachedDataset(dataset, SparkDialect.INSTANCE.quote(view), columns));
    }

    /**
     * The declared column types; in a CSV file the time column is read as a timestamp unless declared
     * otherwise, as the embedded engine reads it.
     */
    private static Dataset<Row> typed(DatasetDefinition dataset, Dataset<Row> raw, List<String> columns) {
        SparkDialect dialect = SparkDialect.INSTANCE;
        String[] select = columns.stream().map(column -> {
            ColumnType type = dataset.columnTypes().get(column);
            if (type == null && dataset.format() == SourceFormat.CSV && column.equals(dataset.timeColumn())) {
                type = dataset.timestamps() == TimestampKind.WITH_OFFSET ? ColumnType.TIMESTAMPTZ : ColumnType.TIMESTAMP;
            }
            return dialect.selectColumn(column, type);
        }).toArray(String[]::new);
        return raw.selectExpr(select);
    }

    @Override
    AttachedDatasets attached() {
        return attached;
    }

    @Override
    DatasetAggregator aggregator() {
        return aggregator;
    }

    /** Drops the run's views; the Spark context stays up for the next run in this process. */
    @Override
    public void close() {
        timer.shutdownNow();
        guard.close();
        if (session != null) {
            views.forEach(view -> session.catalog().dropTempView(view));
        }
    }

    /** Spark as the aggregator sees it: each query a job group of its own, cancelled at its time limit. */
    private final class Engine implements SqlEngine {

        @Override
        public SqlDialect dialect() {
            return SparkDialect.INSTANCE;
        }

        @Override
        public <T> T query(String sql, Duration timeout, ResultReader<T> resultReader) throws SQLException {
            String group = "kpi-query-" + QUERIES.incrementAndGet();
            AtomicBoolean timedOut = new AtomicBoolean();
            session.sparkContext().setJobGroup(group, "kpi-engine measure query", true);
            // Spark cancels only the group's running jobs: keep cancelling, so that a job the query starts
            // after its time limit (a subquery, the next stage) is stopped too
            ScheduledFuture<?> stop = timer.scheduleAtFixedRate(() -> {
                timedOut.set(true);
                session.sparkContext().cancelJobGroup(group);
            }, timeout.toMillis(), CANCEL_AGAIN_MILLIS, TimeUnit.MILLISECONDS);
            List<Row> rows;
            String[] labels;
            try {
                Dataset<Row> result = session.sql(sql);
                labels = result.columns();
                rows = result.collectAsList();
            } catch (Exception e) {
                throw SparkErrors.translate(e, timedOut.get());
            } finally {
                stop.cancel(false);
                session.sparkContext().clearJobGroup();
            }
            return resultReader.read(new SparkRows(labels, rows));
        }

        /** Spark analyses a query when it is built: names and types are bound, no row is read. */
        @Override
        public void bind(String sql) throws SQLException {
            try {
                session.sql(sql);
            } catch (Exception e) {
                throw SparkErrors.translate(e, false);
            }
        }
    }
}
