package org.kpiengine.data;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.kpiengine.definition.DatasetDefinition;
import org.kpiengine.definition.MeasureDefinition;

/** An engine that aggregates measures where the data lives and hands back only aggregated rows. */
public interface MeasureSource extends AutoCloseable {

    List<MeasureRow> aggregate(AggregationRequest request);

    /** The time of the dataset's latest record, or empty when it has none. */
    Optional<LocalDateTime> latestRecord(DatasetDefinition dataset);

    /**
     * Binds every measure against the dataset without reading its rows, and reports each mistake
     * (a fragment that is not one expression, a column the dataset lacks) against its measure.
     */
    void checkMeasures(DatasetDefinition dataset, List<MeasureDefinition> measures);

    /**
     * The ids of the records behind one measure in one period, lowest first and at most the request's
     * limit, with how many there are in all: what an auditor traces a figure to.
     */
    RecordIds recordIds(RecordIdRequest request);

    /** How many rows the dataset's source holds and how many were rejected as unparsable. */
    DatasetStatistics statistics(DatasetDefinition dataset);

    @Override
    void close();
}
