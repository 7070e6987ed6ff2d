package org.kpiengine.data;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.kpiengine.definition.DatasetDefinition;
import org.kpiengine.definition.MeasureDefinition;

/**
 * What every SQL engine's source does the same way: each question about a dataset goes to the one
 * {@link DatasetAggregator} of the engine, over the relation the engine attached for it. The engines differ
 * only in how they attach datasets and run statements.
 */
abstract class AggregatingMeasureSource implements MeasureSource {

    /** The datasets this engine attached; asked for at each call, so that subclasses may build it late. */
    abstract AttachedDatasets attached();

    abstract DatasetAggregator aggregator();

    @Override
    public final List<MeasureRow> aggregate(AggregationRequest request) {
        return aggregator().aggregate(attached().require(request.dataset()), request);
    }

    @Override
    public final RecordIds recordIds(RecordIdRequest request) {
        return aggregator().recordIds(attached().require(request.dataset()), request);
    }

    @Override
    public final void checkMeasures(DatasetDefinition dataset, List<MeasureDefinition> measures) {
        aggregator().checkMeasures(attached().require(dataset), measures);
    }

    @Override
    public final Optional<LocalDateTime> latestRecord(DatasetDefinition dataset) {
        return attached().latestRecord(dataset, aggregator());
    }

    /** Counted while reading (DuckDB with {@code on_bad_rows: skip}), by the latest-record scan, or by one scan. */
    @Override
    public final DatasetStatistics statistics(DatasetDefinition dataset) {
        return attached().statistics(dataset, aggregator());
    }
}
