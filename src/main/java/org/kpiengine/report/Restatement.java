package org.kpiengine.report;

import java.util.List;
import java.util.Objects;

/**
 * What this scorecard restates of an earlier archived run of the same scorecard: which run, the inputs that
 * changed since it, and every figure of a period both cover whose value is now different. The archive finds
 * it; the report prints it in its restatements appendix. A run that restates no figure has none.
 */
public record Restatement(String earlierRun, String earlierAsOf, List<String> changedInputs,
                          List<RestatedFigure> figures) {

    /** One figure as first reported and as it stands now; a value is null where there was or is none. */
    public record RestatedFigure(String kpiId, String period, String segment, Double before, Double after) {

        public RestatedFigure {
            Objects.requireNonNull(kpiId, "kpiId");
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(segment, "segment");
        }
    }

    public Restatement {
        Objects.requireNonNull(earlierRun, "earlierRun");
        Objects.requireNonNull(earlierAsOf, "earlierAsOf");
        changedInputs = List.copyOf(changedInputs);
        figures = List.copyOf(figures);
    }
}
