package org.kpiengine.bench;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kpiengine.data.AggregationRequest;
import org.kpiengine.data.MeasureRow;
import org.kpiengine.data.MeasureSource;
import org.kpiengine.data.RecordIdRequest;
import org.kpiengine.data.RecordIds;
import org.kpiengine.definition.DatasetDefinition;
import org.kpiengine.definition.MeasureDefinition;

/**
 * Times every query the engine sends to its source, per dataset, and keeps the requests and the
 * aggregated rows so that the hand-written baseline can use the same periods and be checked against
 * the engine's figures. Adds nothing to the engine's own work.
 */
final class TimedMeasureSource implements MeasureSource {

    /** What one dataset cost: the latest-record scan (finding the as-of day) and the measure queries. */
    static final class DatasetTimes {
        long latestRecordNanos;
        long aggregateNanos;
        long cpuNanos;
        int latestRecordScans;
        int measureScans;
        int measures;
        AggregationRequest request;
        List<MeasureRow> rows = List.of();

        long totalNanos() {
            return latestRecordNanos + aggregateNanos;
        }

        int scans() {
            return latestRecordScans + measureScans;
        }
    }

    private final MeasureSource source;
    private final Map<String, DatasetTimes> times = new LinkedHashMap<>();

    TimedMeasureSource(MeasureSource source) {
        this.source = source;
    }

    Map<String, DatasetTimes> times() {
        return times;
    }

    long totalNanos() {
        return times.values().stream().mapToLong(DatasetTimes::totalNanos).sum();
    }

    /** CPU time of the whole process (every DuckDB thread included) while the engine's queries ran. */
    long cpuNanos() {
        return times.values().stream().mapToLong(t -> t.cpuNanos).sum();
    }

    /** The process's CPU time so far, or 0 when the JVM cannot tell. */
    static long processCpuNanos() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            return Math.max(0, os.getProcessCpuTime());
        }
        return 0;
    }

    long latestRecordNanos() {
        return times.values().stream().mapToLong(t -> t.latestRecordNanos).sum();
    }

    long aggregateNanos() {
        return times.values().stream().mapToLong(t -> t.aggregateNanos).sum();
    }

    int scans() {
        return times.values().stream().mapToInt(DatasetTimes::scans).sum();
    }

    @Override
    public List<MeasureRow> aggregate(AggregationRequest request) {
        DatasetTimes dataset = times.computeIfAbsent(request.dataset().id(), id -> new DatasetTimes());
        long cpu = processCpuNanos();
        long start = System.nanoTime();
        List<MeasureRow> rows = source.aggregate(request);
        dataset.aggregateNanos += System.nanoTime() - start;
        dataset.cpuNanos += processCpuNanos() - cpu;
        dataset.measureScans++; // the engine reads a dataset once per request
        dataset.measures += request.measures().size();
        dataset.request = request;
        dataset.rows = rows;
        return rows;
    }

    @Override
    public Optional<LocalDateTime> latestRecord(DatasetDefinition dataset) {
        DatasetTimes timesOf = times.computeIfAbsent(dataset.id(), id -> new DatasetTimes());
        long cpu = processCpuNanos();
        long start = System.nanoTime();
        Optional<LocalDateTime> latest = source.latestRecord(dataset);
        timesOf.latestRecordNanos += System.nanoTime() - start;
        timesOf.cpuNanos += processCpuNanos() - cpu;
        timesOf.latestRecordScans++;
        return latest;
    }

    @Override
    public RecordIds recordIds(RecordIdRequest request) {
        return source.recordIds(request);
    }

    @Override
    public void checkMeasures(DatasetDefinition dataset, List<MeasureDefinition> measures) {
        source.checkMeasures(dataset, measures);
    }

    @Override
    public org.kpiengine.data.DatasetStatistics statistics(DatasetDefinition dataset) {
        return source.statistics(dataset);
    }

    @Override
    public void close() {
        source.close();
    }
}
