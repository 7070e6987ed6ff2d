package org.kpiengine.definition;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kpiengine.error.Problem;

/** Every definition loaded from one folder, validated and cross-referenced. */
public final class DefinitionSet {

    private final Path root;
    private final Map<String, DatasetDefinition> datasets;
    private final Map<String, MeasureDefinition> measures;
    private final Map<String, KpiDefinition> kpis;
    private final Map<String, ScorecardDefinition> scorecards;
    private final List<RuleFile> ruleFiles;
    private final List<Problem> warnings;

    DefinitionSet(Path root, List<DatasetDefinition> datasets, List<MeasureDefinition> measures,
                  List<KpiDefinition> kpis, List<ScorecardDefinition> scorecards, List<RuleFile> ruleFiles,
                  List<Problem> warnings) {
        this.root = root;
        this.datasets = index(datasets, DatasetDefinition::id);
        this.measures = index(measures, MeasureDefinition::id);
        this.kpis = index(kpis, KpiDefinition::id);
        this.scorecards = index(scorecards, ScorecardDefinition::id);
        this.ruleFiles = List.copyOf(ruleFiles);
        this.warnings = List.copyOf(warnings);
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a,
                java.util.TreeMap::new));
    }

    public Path root() {
        return root;
    }

    public Collection<DatasetDefinition> datasets() {
        return datasets.values();
    }

    public Collection<MeasureDefinition> measures() {
        return measures.values();
    }

    public Collection<KpiDefinition> kpis() {
        return kpis.values();
    }

    public Collection<ScorecardDefinition> scorecards() {
        return scorecards.values();
    }

    public List<RuleFile> ruleFiles() {
        return ruleFiles;
    }

    /**
     * The same definitions with some datasets replaced (matched by id), such as a definition test's
     * own small data in place of the real files.
     */
    public DefinitionSet withDatasets(List<DatasetDefinition> replacements) {
        Map<String, DatasetDefinition> merged = new java.util.TreeMap<>(datasets);
        replacements.forEach(dataset -> merged.put(dataset.id(), dataset));
        return new DefinitionSet(root, List.copyOf(merged.values()), List.copyOf(measures.values()),
                List.copyOf(kpis.values()), List.copyOf(scorecards.values()), ruleFiles, warnings);
    }

    /** What is not wrong but deserves a look, such as a KPI without bands. */
    public List<Problem> warnings() {
        return warnings;
    }

    /** The KPIs by id, read only. */
    public Map<String, KpiDefinition> kpisById() {
        return java.util.Collections.unmodifiableMap(kpis);
    }

    /** The measures by id, read only. */
    public Map<String, MeasureDefinition> measuresById() {
        return java.util.Collections.unmodifiableMap(measures);
    }

    public Optional<DatasetDefinition> dataset(String id) {
        return Optional.ofNullable(datasets.get(id));
    }

    public Optional<MeasureDefinition> measure(String id) {
        return Optional.ofNullable(measures.get(id));
    }

    public Optional<KpiDefinition> kpi(String id) {
        return Optional.ofNullable(kpis.get(id));
    }

    public Optional<ScorecardDefinition> scorecard(String id) {
        return Optional.ofNullable(scorecards.get(id));
    }
}
