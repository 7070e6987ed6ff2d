package org.kpiengine.rules;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kpiengine.definition.KpiDefinition;
import org.kpiengine.evaluation.Period;
import org.kpiengine.evaluation.ScorecardEvaluation;
import org.kpiengine.rules.model.KpiResult;

/** An evaluation together with what the rules made of it: a band per result, and findings. */
public final class Interpretation {

    private final ScorecardEvaluation evaluation;
    private final Map<String, RuledBand> bands = new HashMap<>();
    private final List<RuledFinding> findings;
    private final Map<String, String> ruleFiles;

    Interpretation(ScorecardEvaluation evaluation, List<RuledBand> bands, List<RuledFinding> findings,
                   Map<String, String> ruleFiles) {
        this.evaluation = evaluation;
        this.ruleFiles = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(ruleFiles));
        bands.forEach(band -> this.bands.put(key(band.verdict().kpiId(), band.verdict().period(), band.verdict().segment()), band));
        this.findings = findings.stream().sorted(findingOrder(evaluation)).toList();
    }

    /** Every rule of the rule files (the generated band rules aside), by name, with the file that holds it. */
    public Map<String, String> ruleFiles() {
        return ruleFiles;
    }

    public ScorecardEvaluation evaluation() {
        return evaluation;
    }

    /** The band of a KPI's value in a period and segment (null segment for the total). */
    public Optional<RuledBand> band(String kpiId, Period period, String segment) {
        return Optional.ofNullable(bands.get(key(kpiId, period.label(), segment == null ? KpiResult.TOTAL : segment)));
    }

    /** Every finding, most severe first, then in the scorecard's KPI order, latest period first. */
    public List<RuledFinding> findings() {
        return findings;
    }

    private static String key(String kpiId, String period, String segment) {
        return kpiId + '\u0000' + period + '\u0000' + segment;
    }

    private static Comparator<RuledFinding> findingOrder(ScorecardEvaluation evaluation) {
        List<String> kpiOrder = evaluation.kpis().stream().map(KpiDefinition::id).toList();
        return Comparator.<RuledFinding, Integer>comparing(f -> f.finding().severity().ordinal())
                .thenComparing(f -> kpiOrder.indexOf(f.finding().kpiId()))
                .thenComparing(f -> String.valueOf(f.finding().period()), Comparator.reverseOrder())
                .thenComparing(f -> KpiResult.TOTAL.equals(f.finding().segment()) ? "" : String.valueOf(f.finding().segment()))
                .thenComparing(f -> f.finding().message())
                .thenComparing(RuledFinding::rule);
    }
}
