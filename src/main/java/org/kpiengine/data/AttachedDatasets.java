package org.kpiengine.data;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.kpiengine.definition.DatasetDefinition;

/** The datasets one engine has attached, and what is known of the rows each holds. */
final class AttachedDatasets {

    private final Map<String, AttachedDataset> attached = new HashMap<>();
    private final Map<String, DatasetStatistics> statistics = new HashMap<>();

    void add(AttachedDataset dataset) {
        attached.put(dataset.id(), dataset);
    }

    /** Rows read and rejected, when reading counted them already (skipping bad rows does). */
    void recordStatistics(DatasetStatistics known) {
        statistics.put(known.datasetId(), known);
    }

    AttachedDataset require(DatasetDefinition dataset) {
        AttachedDataset known = attached.get(dataset.id());
        if (known == null) {
            throw new IllegalStateException("dataset " + dataset.id() + " was not attached");
        }
        return known;
    }

    /**
     * The dataset's latest record; the scan that finds it also counts the rows, which then need no scan of
     * their own when reading did not count them already.
     */
    Optional<LocalDateTime> latestRecord(DatasetDefinition dataset, DatasetAggregator aggregator) {
        DatasetAggregator.LatestRecord latest = aggregator.latestRecord(require(dataset));
        statistics.putIfAbsent(dataset.id(), new DatasetStatistics(dataset.id(), latest.rows(), 0));
        return latest.time();
    }

    /** The rows read and rejected; counted on first request when reading did not count them. */
    DatasetStatistics statistics(DatasetDefinition dataset, DatasetAggregator aggregator) {
        AttachedDataset known = require(dataset);
        return statistics.computeIfAbsent(dataset.id(), id -> new DatasetStatistics(id, aggregator.rowCount(known), 0));
    }
}
