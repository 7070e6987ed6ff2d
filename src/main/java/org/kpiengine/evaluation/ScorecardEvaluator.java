package org.kpiengine.evaluation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.kpiengine.data.AggregationRequest;
import org.kpiengine.data.DatasetStatistics;
import org.kpiengine.data.MeasureRow;
import org.kpiengine.data.PeriodBounds;
import org.kpiengine.data.MeasureSource;
import org.kpiengine.definition.DatasetDefinition;
import org.kpiengine.definition.DefinitionSet;
import org.kpiengine.definition.DependencyWalker;
import org.kpiengine.definition.KpiDefinition;
import org.kpiengine.definition.MeasureDefinition;
import org.kpiengine.definition.ScorecardDefinition;
import org.kpiengine.error.InvalidInputException;
import org.kpiengine.error.ProblemCollector;

/** Computes a scorecard's KPIs: one aggregation per dataset, then the formulas per period and segment. */
public final class ScorecardEvaluator {

    private final DefinitionSet definitions;
    private final Map<String, CompiledFormula> formulas;

    public ScorecardEvaluator(DefinitionSet definitions) {
        this.definitions = definitions;
        this.formulas = compileAll(definitions.kpis());
    }

    /** Compiles every formula, reporting every one that fails, so {@code validate} sees them all. */
    public static Map<String, CompiledFormula> compileAll(Collection<KpiDefinition> kpis) {
        ProblemCollector problems = new ProblemCollector();
        Map<String, CompiledFormula> compiled = new HashMap<>();
        for (KpiDefinition kpi : kpis) {
            try {
                compiled.put(kpi.id(), FormulaCompiler.compile(kpi));
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        problems.throwIfErrors();
        return compiled;
    }

    /** @param asOf the day the scorecard is as of; empty means the day of the latest record in its data */
    public ScorecardEvaluation evaluate(ScorecardDefinition scorecard, Optional<LocalDate> asOf, MeasureSource source) {
        return evaluate(scorecard, asOf, source, Progress.SILENT);
    }

    public ScorecardEvaluation evaluate(ScorecardDefinition scorecard, Optional<LocalDate> asOf, MeasureSource source,
                                        Progress progress) {
        List<KpiDefinition> ordered = EvaluationOrder.of(scorecard.kpis(), definitions);
        Map<DatasetDefinition, List<MeasureDefinition>> measuresByDataset = measuresByDataset(definitions, ordered);
        LocalDate asOfDay = asOf.orElseGet(() -> latestRecordDay(measuresByDataset.keySet(), source));
        List<Period> periods = Periods.trailing(scorecard.calendar(), asOfDay, scorecard.trailingPeriods());
        List<Period> computed = WindowHistory.periodsToCompute(periods, ordered, asOfDay);
        List<PeriodBounds> bounds = computed.stream().map(period -> new PeriodBounds(period.start(), period.end())).toList();
        List<String> segmentBy = scorecard.segmentBy();

        List<MeasureRow> rows = new ArrayList<>();
        measuresByDataset.forEach((dataset, measures) -> {
            progress.stage("aggregating " + measures.size() + " measures over " + dataset.name());
            rows.addAll(source.aggregate(new AggregationRequest(dataset, measures, scorecard.grain(), bounds,
                    asOfDay.plusDays(1), segmentBy.stream().filter(dataset.dimensions()::contains).toList())));
        });
        progress.stage("computing " + ordered.size() + " KPIs over " + computed.size() + " periods");

        Segments segments = Segments.of(segmentBy, rows);
        MeasureGrid grid = new MeasureGrid(segments.relabel(rows),
                measuresByDataset.values().stream().flatMap(List::stream).toList());
        WindowHistory history = new WindowHistory(computed, asOfDay);
        List<KpiValue> values = new ArrayList<>();
        for (Period period : computed) {
            for (String segment : withTotal(segments.labels())) {
                List<KpiDefinition> here = segment == null ? ordered
                        : ordered.stream().filter(kpi -> breaksDownBy(kpi, segments.dimensionOf(segment))).toList();
                values.addAll(evaluateCell(here, grid.measures(period.start(), segment), period, segment, history));
            }
        }
        List<KpiDefinition> shown = scorecard.kpis().stream().map(id -> definitions.kpi(id).orElseThrow()).toList();
        List<DatasetStatistics> statistics = measuresByDataset.keySet().stream().map(source::statistics).toList();
        return new ScorecardEvaluation(scorecard, asOfDay, periods, segments.labels(), shown, values, history,
                statistics);
    }

    /** Whether every dataset a KPI rests on has the dimension; otherwise the KPI has a total only. */
    private boolean breaksDownBy(KpiDefinition kpi, String dimension) {
        return DependencyWalker.datasetsOf(kpi.id(), definitions.kpisById(), definitions.measuresById()).stream()
                .allMatch(datasetId -> definitions.dataset(datasetId).orElseThrow().dimensions().contains(dimension));
    }

    /** The datasets a scorecard's KPIs read, directly or through other KPIs. */
    public List<DatasetDefinition> datasetsFor(ScorecardDefinition scorecard) {
        return datasetsFor(definitions, scorecard);
    }

    /** The same, without compiling any formula. */
    public static List<DatasetDefinition> datasetsFor(DefinitionSet definitions, ScorecardDefinition scorecard) {
        return List.copyOf(measuresByDataset(definitions, EvaluationOrder.of(scorecard.kpis(), definitions)).keySet());
    }

    private List<KpiValue> evaluateCell(List<KpiDefinition> ordered, Map<String, Double> measureValues, Period period,
                                        String segment, WindowHistory history) {
        Map<String, Double> known = history.cell(period, segment);
        known.putAll(measureValues);
        List<KpiValue> values = new ArrayList<>();
        for (KpiDefinition kpi : ordered) {
            Double sample = kpi.optionalSampleMeasure().map(known::get).orElse(null);
            KpiValue value = new FormulaCell(kpi, formulas.get(kpi.id()), definitions)
                    .evaluate(known, history.windowValues(kpi.formula().windows(), period, segment), period, segment, sample);
            if (value.value() != null) {
                value = IntervalCalculator.of(kpi, known, value.value()).map(value::withInterval).orElse(value);
            }
            value.optionalValue().ifPresent(number -> known.put(kpi.id(), number));
            values.add(value);
        }
        return values;
    }

    private static List<String> withTotal(List<String> segments) {
        List<String> all = new ArrayList<>(segments);
        all.add(null);
        return all;
    }

    private static Map<DatasetDefinition, List<MeasureDefinition>> measuresByDataset(DefinitionSet definitions,
                                                                                    List<KpiDefinition> kpis) {
        Map<String, KpiDefinition> kpiMap = definitions.kpisById();
        Map<String, MeasureDefinition> measureMap = definitions.measuresById();
        Map<String, List<MeasureDefinition>> byDatasetId = new TreeMap<>();
        new TreeSet<>(kpis.stream().flatMap(kpi -> DependencyWalker.measuresOf(kpi.id(), kpiMap, measureMap).stream()).toList())
                .forEach(id -> byDatasetId.computeIfAbsent(measureMap.get(id).dataset(), key -> new ArrayList<>())
                        .add(measureMap.get(id)));
        Map<DatasetDefinition, List<MeasureDefinition>> result = new LinkedHashMap<>();
        byDatasetId.forEach((datasetId, measures) -> result.put(definitions.dataset(datasetId).orElseThrow(), measures));
        return result;
    }

    private static LocalDate latestRecordDay(Collection<DatasetDefinition> datasets, MeasureSource source) {
        return datasets.stream()
                .map(source::latestRecord)
                .flatMap(Optional::stream)
                .max(LocalDateTime::compareTo)
                .map(LocalDateTime::toLocalDate)
                .orElseThrow(() -> new InvalidInputException(datasets.iterator().next().location(),
                        "the scorecard's datasets hold no records, so there is no date to report as of; give --as-of"));
    }
}
