package org.kpiengine.evaluation;

import org.kpiengine.data.DatasetStatistics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.kpiengine.definition.KpiDefinition;
import org.kpiengine.definition.ScorecardDefinition;

/** Every KPI of a scorecard, for every trailing period and every segment plus the total. */
public final class ScorecardEvaluation {

    private final ScorecardDefinition scorecard;
    private final LocalDate asOf;
    private final List<Period> periods;
    private final List<String> segments;
    private final List<KpiDefinition> kpis;
    private final List<KpiValue> values;
    private final Map<Key, KpiValue> index = new HashMap<>();
    private final WindowHistory history;
    private final List<DatasetStatistics> datasetStatistics;

    private record Key(String kpiId, Period period, String segment) {
    }

    ScorecardEvaluation(ScorecardDefinition scorecard, LocalDate asOf, List<Period> periods, List<String> segments,
                        List<KpiDefinition> kpis, List<KpiValue> values, WindowHistory history,
                        List<DatasetStatistics> datasetStatistics) {
        this.history = history;
        this.datasetStatistics = List.copyOf(datasetStatistics);
        this.scorecard = Objects.requireNonNull(scorecard, "scorecard");
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        this.periods = List.copyOf(periods);
        this.segments = List.copyOf(segments);
        this.kpis = List.copyOf(kpis);
        this.values = List.copyOf(values);
        values.forEach(value -> index.put(new Key(value.kpiId(), value.period(), value.segment()), value));
    }

    /** Rows read and rejected per dataset the scorecard's KPIs rest on, in the order they were read. */
    public List<DatasetStatistics> datasetStatistics() {
        return datasetStatistics;
    }

    public ScorecardDefinition scorecard() {
        return scorecard;
    }

    public LocalDate asOf() {
        return asOf;
    }

    /** Oldest first; the last is the period that holds the as-of date. */
    public List<Period> periods() {
        return periods;
    }

    public Period latestPeriod() {
        return periods.get(periods.size() - 1);
    }

    /** The segment values found in the data, sorted; the total is not among them. */
    public List<String> segments() {
        return segments;
    }

    /** The segments followed by the total (null), the order every table uses. */
    public List<String> segmentsAndTotal() {
        List<String> all = new ArrayList<>(segments);
        all.add(null);
        return all;
    }

    /** The scorecard's own KPIs, in the order it lists them. */
    public List<KpiDefinition> kpis() {
        return kpis;
    }

    /**
     * Every value computed, including KPIs that scorecard KPIs depend on and periods before the shown
     * ones that window functions read.
     */
    public List<KpiValue> values() {
        return values;
    }

    public Optional<KpiValue> value(String kpiId, Period period, String segment) {
        return Optional.ofNullable(index.get(new Key(kpiId, period, segment)));
    }

    /**
     * What a KPI's formula read in a period and segment: each id it names and each window call (by its
     * text, such as {@code previous(x)}), with the value it had, or null where there was none.
     */
    public Map<String, Double> inputsOf(KpiDefinition kpi, Period period, String segment) {
        Map<String, Double> known = history.known(period, segment);
        Map<String, Double> windows = history.windowValues(kpi.formula().windows(), period, segment);
        Map<String, Double> inputs = new java.util.LinkedHashMap<>();
        kpi.formula().referencedIds().forEach(id -> inputs.put(id, known.get(id)));
        kpi.formula().windows().forEach(window -> inputs.put(window.text(), windows.get(window.variable())));
        return inputs;
    }

    /** The value of the period before, when it was computed (shown, or needed by a window). */
    public Optional<KpiValue> previous(KpiValue value) {
        return value(value.kpiId(), value.period().previous(asOf), value.segment());
    }
}
