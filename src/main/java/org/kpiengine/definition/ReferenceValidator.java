package org.kpiengine.definition;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.kpiengine.definition.yaml.Located;
import org.kpiengine.error.DidYouMean;
import org.kpiengine.error.ProblemCollector;
import org.kpiengine.error.SourceLocation;

/** Checks what no single file can check alone: ids unique, references resolved, no cycles, bands consistent. */
final class ReferenceValidator {

    private final ProblemCollector problems;
    private final Set<String> unreadable;

    /** @param unreadable ids of definitions whose files already failed; references to them are not errors again */
    ReferenceValidator(ProblemCollector problems, Set<String> unreadable) {
        this.problems = problems;
        this.unreadable = Set.copyOf(unreadable);
    }

    void validate(List<DatasetDefinition> datasets, List<MeasureDefinition> measures, List<KpiDefinition> kpis,
                  List<ScorecardDefinition> scorecards) {
        Map<String, DatasetDefinition> datasetsById = unique(datasets, DatasetDefinition::id, DatasetDefinition::location, "dataset");
        Map<String, MeasureDefinition> measuresById = unique(measures, MeasureDefinition::id, MeasureDefinition::location, "measure");
        Map<String, KpiDefinition> kpisById = unique(kpis, KpiDefinition::id, KpiDefinition::location, "kpi");
        unique(scorecards, ScorecardDefinition::id, ScorecardDefinition::location, "scorecard");

        for (KpiDefinition kpi : kpis) {
            if (measuresById.containsKey(kpi.id())) {
                problems.error(kpi.location(), "kpi '" + kpi.id() + "': a measure has the same id (at "
                        + measuresById.get(kpi.id()).location() + "); formulas could not tell them apart");
            }
        }
        for (MeasureDefinition measure : measures) {
            if (!datasetsById.containsKey(measure.dataset()) && !unreadable.contains(measure.dataset())) {
                problems.error(measure.location(), "measure '" + measure.id() + "': unknown dataset '" + measure.dataset()
                        + "'" + DidYouMean.hint(measure.dataset(), datasetsById.keySet()));
            }
        }
        Set<String> formulaIds = new TreeSet<>(measuresById.keySet());
        formulaIds.addAll(kpisById.keySet());
        for (KpiDefinition kpi : kpis) {
            checkFormulaReferences(kpi, formulaIds);
            kpi.optionalSampleMeasure().filter(id -> !measuresById.containsKey(id)).ifPresent(id ->
                    problems.error(kpi.location(), "kpi '" + kpi.id() + "': unknown sample measure '" + id + "'"
                            + DidYouMean.hint(id, measuresById.keySet())));
            kpi.optionalInterval().ifPresent(interval -> interval.measures().forEach((role, id) -> {
                if (!measuresById.containsKey(id) && !unreadable.contains(id)) {
                    problems.error(kpi.location(), "kpi '" + kpi.id() + "': the interval's " + role + " names '" + id
                            + "', which is not a measure" + DidYouMean.hint(id, measuresById.keySet()));
                }
            }));
            new BandChecker(problems).check(kpi);
            new JudgementChecker(problems).check(kpi);
        }
        new CycleFinder(kpisById, measuresById.keySet(), problems).reportCycles();
        for (ScorecardDefinition scorecard : scorecards) {
            checkScorecard(scorecard, kpisById, measuresById, datasetsById);
        }
    }

    private void checkFormulaReferences(KpiDefinition kpi, Set<String> formulaIds) {
        for (var window : kpi.formula().windows()) {
            if (!formulaIds.contains(window.id()) && !unreadable.contains(window.id())) {
                problems.error(window.location(), "kpi '" + kpi.id() + "': " + window.text() + " names '" + window.id()
                        + "', which is neither a measure nor a KPI" + DidYouMean.hint(window.id(), formulaIds));
            }
        }
        for (Located<String> reference : kpi.formula().references()) {
            if (!formulaIds.contains(reference.value()) && !unreadable.contains(reference.value())) {
                problems.error(reference.location(), "kpi '" + kpi.id() + "': the formula names '" + reference.value()
                        + "', which is neither a measure nor a KPI" + DidYouMean.hint(reference.value(), formulaIds));
            }
        }
    }

    private void checkScorecard(ScorecardDefinition scorecard, Map<String, KpiDefinition> kpisById,
                                Map<String, MeasureDefinition> measuresById, Map<String, DatasetDefinition> datasetsById) {
        String what = "scorecard '" + scorecard.id() + "'";
        Set<String> seen = new LinkedHashSet<>();
        for (Located<String> reference : scorecard.kpiReferences()) {
            if (unreadable.contains(reference.value())) {
                continue;
            }
            if (!kpisById.containsKey(reference.value())) {
                problems.error(reference.location(), what + ": unknown kpi '" + reference.value() + "'"
                        + DidYouMean.hint(reference.value(), kpisById.keySet()));
            } else if (!seen.add(reference.value())) {
                problems.error(reference.location(), what + ": kpi '" + reference.value() + "' is listed twice");
            }
        }
        for (String kpiId : seen) {
            KpiDefinition kpi = kpisById.get(kpiId);
            if (kpi.governance().status() != KpiStatus.ACTIVE) {
                problems.warning(scorecard.location(), what + ": kpi '" + kpiId + "' is "
                        + kpi.governance().status().name().toLowerCase(java.util.Locale.ROOT) + ", not active");
            }
        }
        scorecard.segmentBy().forEach(dimension -> checkSegment(scorecard, dimension, seen, kpisById,
                measuresById, datasetsById));
    }

    /**
     * The segment dimension must be a column of at least one dataset the scorecard's KPIs use. KPIs
     * whose data lacks it are shown for the total only, as the definition language documents.
     */
    private void checkSegment(ScorecardDefinition scorecard, String dimension, Set<String> kpiIds,
                              Map<String, KpiDefinition> kpisById, Map<String, MeasureDefinition> measuresById,
                              Map<String, DatasetDefinition> datasetsById) {
        Set<String> allDimensions = new TreeSet<>();
        for (String kpiId : kpiIds) {
            for (String datasetId : DependencyWalker.datasetsOf(kpiId, kpisById, measuresById)) {
                DatasetDefinition dataset = datasetsById.get(datasetId);
                if (dataset != null) {
                    allDimensions.addAll(dataset.dimensions());
                }
            }
        }
        if (!allDimensions.isEmpty() && !allDimensions.contains(dimension)) {
            problems.error(scorecard.location(), "scorecard '" + scorecard.id() + "': segment_by '" + dimension
                    + "' is not a dimension of any dataset its KPIs use (the dimensions: " + String.join(", ", allDimensions)
                    + ")" + DidYouMean.hint(dimension, allDimensions));
        }
    }

    private <T> Map<String, T> unique(List<T> items, Function<T, String> id, Function<T, SourceLocation> location,
                                      String kind) {
        Map<String, T> byId = new HashMap<>();
        List<T> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparing(item -> location.apply(item).toString()));
        for (T item : sorted) {
            T earlier = byId.putIfAbsent(id.apply(item), item);
            if (earlier != null) {
                problems.error(location.apply(item), kind + " '" + id.apply(item) + "' is defined twice; the first is at "
                        + location.apply(earlier));
            }
        }
        return byId;
    }
}
