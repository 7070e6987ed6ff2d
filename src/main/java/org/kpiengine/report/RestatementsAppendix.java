package org.kpiengine.report;

import java.util.List;
import java.util.Map;
import org.kpiengine.definition.KpiDefinition;

/** Formats a restatement for the scorecard's appendix: each figure in its KPI's unit and decimals. */
final class RestatementsAppendix {

    private RestatementsAppendix() {
    }

    static ScorecardView.Restatements of(Restatement restatement, Map<String, KpiDefinition> kpis) {
        List<ScorecardView.RestatedRow> rows = restatement.figures().stream().map(figure -> row(figure, kpis)).toList();
        return new ScorecardView.Restatements(introduction(restatement), restatement.changedInputs(), rows);
    }

    private static String introduction(Restatement restatement) {
        String earlier = "the archived run " + restatement.earlierRun() + " (as of " + restatement.earlierAsOf() + ")";
        int count = restatement.figures().size();
        return "This scorecard restates " + (count == 1 ? "1 figure" : count + " figures") + " first reported in "
                + earlier + ". The old and new values of each follow, then the inputs that changed between the runs.";
    }

    private static ScorecardView.RestatedRow row(Restatement.RestatedFigure figure, Map<String, KpiDefinition> kpis) {
        KpiDefinition kpi = kpis.get(figure.kpiId());
        String name = kpi == null ? figure.kpiId() : kpi.name();
        String before = text(figure.before(), kpi);
        String after = text(figure.after(), kpi);
        if (before.equals(after)) {
            // The change is below the KPI's decimals: show the exact values, or the row would read as no change.
            before = text(figure.before(), null);
            after = text(figure.after(), null);
        }
        return new ScorecardView.RestatedRow(name, figure.period(), figure.segment(), before, after);
    }

    private static String text(Double value, KpiDefinition kpi) {
        if (value == null) {
            return "no value";
        }
        return kpi == null ? String.valueOf(value) : ValueFormatter.of(kpi).value(value);
    }
}
