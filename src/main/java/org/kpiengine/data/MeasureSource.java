package org.kpiengine.data;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.kpiengine.definition.DatasetDefinition;

/** An engine that aggregates measures where the data lives and hands back only aggregated rows. */
public interface MeasureSource extends AutoCloseable {

    List<MeasureRow> aggregate(AggregationRequest request);

    /** The time of the dataset's latest record, or empty when it has none. */
    Optional<LocalDateTime> latestRecord(DatasetDefinition dataset);

    @Override
    void close();
}
