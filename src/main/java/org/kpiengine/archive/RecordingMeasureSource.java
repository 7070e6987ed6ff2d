package org.kpiengine.archive;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kpiengine.data.AggregationRequest;
import org.kpiengine.data.DatasetStatistics;
import org.kpiengine.data.MeasureRow;
import org.kpiengine.data.MeasureSource;
import org.kpiengine.data.RecordIdRequest;
import org.kpiengine.data.RecordIds;
import org.kpiengine.definition.DatasetDefinition;
import org.kpiengine.definition.MeasureDefinition;

/** Passes everything to another source and keeps the aggregated rows it hands back, per dataset. */
final class RecordingMeasureSource implements MeasureSource {

    private final MeasureSource delegate;
    private final Map<String, List<MeasureRow>> rows = new LinkedHashMap<>();

    RecordingMeasureSource(MeasureSource delegate) {
        this.delegate = delegate;
    }

    @Override
    public List<MeasureRow> aggregate(AggregationRequest request) {
        List<MeasureRow> result = delegate.aggregate(request);
        rows.computeIfAbsent(request.dataset().id(), id -> new ArrayList<>()).addAll(result);
        return result;
    }

    /** Every row aggregated from the dataset so far, in the order the source gave them. */
    List<MeasureRow> rowsOf(String datasetId) {
        return List.copyOf(rows.getOrDefault(datasetId, List.of()));
    }

    @Override
    public Optional<LocalDateTime> latestRecord(DatasetDefinition dataset) {
        return delegate.latestRecord(dataset);
    }

    @Override
    public RecordIds recordIds(RecordIdRequest request) {
        return delegate.recordIds(request);
    }

    @Override
    public void checkMeasures(DatasetDefinition dataset, List<MeasureDefinition> measures) {
        delegate.checkMeasures(dataset, measures);
    }

    @Override
    public DatasetStatistics statistics(DatasetDefinition dataset) {
        return delegate.statistics(dataset);
    }

    @Override
    public void close() {
        delegate.close();
    }
}
