package org.kpiengine.report;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.kpiengine.data.DatasetStatistics;
import org.kpiengine.definition.IsoClause;
import org.kpiengine.definition.KpiDefinition;
import org.kpiengine.evaluation.KpiValue;
import org.kpiengine.evaluation.Period;
import org.kpiengine.evaluation.ScorecardEvaluation;
import org.kpiengine.rules.Interpretation;
import org.kpiengine.rules.RuledFinding;

/** Builds the data-quality and method appendices of a scorecard from its interpretation. */
final class Appendices {

    private Appendices() {
    }

    static ScorecardView.Appendix of(Interpretation interpretation) {
        ScorecardEvaluation evaluation = interpretation.evaluation();
        return new ScorecardView.Appendix(
                evaluation.datasetStatistics().stream().map(Appendices::dataset).toList(),
                evaluation.kpis().stream().map(kpi -> sample(kpi, evaluation)).toList(),
                partialPeriods(evaluation),
                evaluation.kpis().stream().map(Appendices::method).toList(),
                rules(interpretation),
                uncoveredClauses(evaluation.kpis()));
    }

    private static ScorecardView.DatasetRow dataset(DatasetStatistics statistics) {
        String share = statistics.rowsRead() == 0 ? "–" : String.format(Locale.ROOT, "%.2f %%",
                100.0 * statistics.rowsRejected() / statistics.rowsRead());
        return new ScorecardView.DatasetRow(statistics.datasetId(), ValueFormatter.count(statistics.rowsRead()),
                ValueFormatter.count(statistics.rowsRejected()), share);
    }

    private static ScorecardView.SampleRow sample(KpiDefinition kpi, ScorecardEvaluation evaluation) {
        KpiValue value = ScorecardViewBuilder.latest(kpi, evaluation);
        String minimum = kpi.minimumSample() > 0 ? ValueFormatter.count(kpi.minimumSample()) : "–";
        String status = kpi.minimumSample() <= 0 ? "no minimum set"
                : value.insufficientSample() ? ScorecardViewBuilder.INSUFFICIENT_DATA : "enough";
        return new ScorecardView.SampleRow(kpi.name(), ScorecardViewBuilder.sample(value), minimum, status);
    }

    private static String partialPeriods(ScorecardEvaluation evaluation) {
        List<String> partial = evaluation.periods().stream().filter(Period::partial).map(Period::label).toList();
        if (partial.isEmpty()) {
            return "Every period shown is complete.";
        }
        return (partial.size() == 1 ? "The period " + partial.get(0) + " is" : "The periods " + String.join(", ", partial)
                + " are") + " still in progress: the data run to " + evaluation.asOf()
                + ", so counts and totals there are not final.";
    }

    private static ScorecardView.MethodRow method(KpiDefinition kpi) {
        List<String> clauses = kpi.governance().isoClauses().stream().sorted()
                .map(clause -> clause.number() + " " + clause.title()).toList();
        return new ScorecardView.MethodRow(kpi.name(), kpi.formula().text().strip(),
                kpi.judgement().bandSets().isEmpty() ? ScorecardViewBuilder.NOT_RATED : ScorecardViewBuilder.rule(kpi),
                clauses.isEmpty() ? "–" : String.join("\n", clauses));
    }

    private static List<ScorecardView.RuleRow> rules(Interpretation interpretation) {
        Map<String, Integer> fired = new LinkedHashMap<>();
        for (RuledFinding finding : interpretation.findings()) {
            fired.merge(finding.rule(), 1, Integer::sum);
        }
        List<ScorecardView.RuleRow> rows = new ArrayList<>();
        interpretation.ruleFiles().forEach((rule, file) -> {
            int times = fired.getOrDefault(rule, 0);
            rows.add(new ScorecardView.RuleRow(rule, file, times == 0 ? "did not fire"
                    : times + (times == 1 ? " finding" : " findings")));
        });
        return rows;
    }

    private static String uncoveredClauses(List<KpiDefinition> kpis) {
        Set<IsoClause> uncovered = EnumSet.allOf(IsoClause.class);
        kpis.forEach(kpi -> kpi.governance().isoClauses().forEach(uncovered::remove));
        if (uncovered.isEmpty()) {
            return "Every clause of ISO 10002 sections 7 and 8 is served by at least one KPI of this scorecard.";
        }
        return "No KPI of this scorecard serves these clauses of ISO 10002: " + String.join("; ", uncovered.stream()
                .map(clause -> clause.number() + " " + clause.title()).toList()) + ".";
    }
}
