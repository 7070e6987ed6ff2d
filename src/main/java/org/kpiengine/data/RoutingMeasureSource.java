package org.kpiengine.data;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kpiengine.definition.DatasetDefinition;
import org.kpiengine.definition.MeasureDefinition;
import org.kpiengine.definition.QueryEngine;
import org.kpiengine.definition.SourceFormat;
import org.kpiengine.error.InvalidInputException;
import org.kpiengine.error.ProblemCollector;

/**
 * Sends each dataset to the engine where its data lives: every file to one embedded DuckDB, or to
 * Spark when the dataset or the run says {@code engine: spark}, every JDBC table to its database (one
 * connection per database and user). Every problem of every source
 * is reported at once.
 */
public final class RoutingMeasureSource implements MeasureSource {

    private final List<MeasureSource> sources = new ArrayList<>();
    private SqlFragmentGuard guard;
    private final Map<String, MeasureSource> byDataset = new HashMap<>();

    /** Looks JDBC URLs and credentials up in the process environment. */
    public RoutingMeasureSource(Collection<DatasetDefinition> datasets) {
        this(datasets, EnvironmentVariables.system());
    }

    public RoutingMeasureSource(Collection<DatasetDefinition> datasets, EnvironmentVariables environment) {
        this(datasets, environment, EngineChoice.AS_DEFINED);
    }

    /** Sends every file dataset to the engine the run chose, or the one it names itself. */
    public RoutingMeasureSource(Collection<DatasetDefinition> datasets, EngineChoice engines) {
        this(datasets, EnvironmentVariables.system(), engines);
    }

    public RoutingMeasureSource(Collection<DatasetDefinition> defined, EnvironmentVariables environment,
                                EngineChoice engines) {
        ProblemCollector problems = new ProblemCollector();
        List<DatasetDefinition> datasets = defined.stream().map(engines::apply).toList();
        List<DatasetDefinition> files = datasets.stream()
                .filter(dataset -> dataset.format().isFile() && dataset.engine() == QueryEngine.DUCKDB).toList();
        List<DatasetDefinition> onSpark = datasets.stream().filter(dataset -> dataset.engine() == QueryEngine.SPARK)
                .toList();
        Map<JdbcTarget, List<DatasetDefinition>> databases = new LinkedHashMap<>();
        for (DatasetDefinition dataset : datasets) {
            if (dataset.format() == SourceFormat.JDBC) {
                JdbcTarget.resolve(dataset, environment, problems)
                        .ifPresent(target -> databases.computeIfAbsent(target, key -> new ArrayList<>()).add(dataset));
            }
        }
        try {
            if (!files.isEmpty() || onSpark.isEmpty()) {
                start(() -> new DuckDbMeasureSource(files), files, problems);
            }
            if (!onSpark.isEmpty() && SparkPresence.check(onSpark, problems)) {
                start(() -> new SparkMeasureSource(onSpark, engines.sparkMaster()), onSpark, problems);
            }
            if (!databases.isEmpty()) {
                guard = SqlFragmentGuard.standalone();
                databases.forEach((target, tables) ->
                        start(() -> new PostgresMeasureSource(target, tables, guard), tables, problems));
            }
            problems.throwIfErrors();
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private <S extends MeasureSource> S start(java.util.function.Supplier<S> opener, List<DatasetDefinition> datasets,
                                              ProblemCollector problems) {
        try {
            S source = opener.get();
            sources.add(source);
            datasets.forEach(dataset -> byDataset.put(dataset.id(), source));
            return source;
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
            return null;
        }
    }

    /** A dataset as the run may have re-routed it is still the dataset its id names. */
    private MeasureSource sourceOf(DatasetDefinition dataset) {
        MeasureSource source = byDataset.get(dataset.id());
        if (source == null) {
            throw new IllegalStateException("dataset " + dataset.id() + " was not attached");
        }
        return source;
    }

    @Override
    public List<MeasureRow> aggregate(AggregationRequest request) {
        return sourceOf(request.dataset()).aggregate(request);
    }

    @Override
    public Optional<LocalDateTime> latestRecord(DatasetDefinition dataset) {
        return sourceOf(dataset).latestRecord(dataset);
    }

    @Override
    public RecordIds recordIds(RecordIdRequest request) {
        return sourceOf(request.dataset()).recordIds(request);
    }

    @Override
    public void checkMeasures(DatasetDefinition dataset, List<MeasureDefinition> measures) {
        sourceOf(dataset).checkMeasures(dataset, measures);
    }

    @Override
    public DatasetStatistics statistics(DatasetDefinition dataset) {
        return sourceOf(dataset).statistics(dataset);
    }

    @Override
    public void close() {
        sources.forEach(MeasureSource::close);
        if (guard != null) {
            guard.close();
        }
    }
}
