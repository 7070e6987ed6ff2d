package org.kpiengine.definition;

import java.util.List;
import java.util.Objects;
import org.kpiengine.error.ProblemCollector;

/** Targets and band sets must make sense over time: in range for the unit, and never two in force at once. */
final class JudgementChecker {

    private final ProblemCollector problems;

    JudgementChecker(ProblemCollector problems) {
        this.problems = problems;
    }

    void check(KpiDefinition kpi) {
        String what = "kpi '" + kpi.id() + "'";
        ValueRange range = kpi.valueRange();
        KpiJudgement judgement = kpi.judgement();
        for (Target target : judgement.targets()) {
            if (!range.contains(target.value())) {
                problems.error(target.location(), what + ": the target " + Band.plain(target.value())
                        + " lies outside the values a " + kpi.unit().name().toLowerCase(java.util.Locale.ROOT)
                        + " KPI can take (" + range.text() + ")");
            }
        }
        List<Target> targets = judgement.targets();
        for (int i = 0; i < targets.size(); i++) {
            for (int j = i + 1; j < targets.size(); j++) {
                Target first = targets.get(i);
                Target second = targets.get(j);
                if (Objects.equals(first.segment(), second.segment()) && first.dates().overlaps(second.dates())) {
                    problems.error(second.location(), what + ": this target (" + second.dates().text()
                            + ") overlaps the one at line " + first.location().line() + " (" + first.dates().text()
                            + ")" + (first.segment() == null ? "" : " for segment '" + first.segment() + "'"));
                }
            }
        }
        List<BandSet> sets = judgement.bandSets();
        for (int i = 0; i < sets.size(); i++) {
            for (int j = i + 1; j < sets.size(); j++) {
                if (sets.get(i).dates().overlaps(sets.get(j).dates())) {
                    problems.error(sets.get(j).location(), what + ": this band set (" + sets.get(j).dates().text()
                            + ") overlaps the one at line " + sets.get(i).location().line() + " ("
                            + sets.get(i).dates().text() + ")");
                }
            }
        }
        if (judgement.targetRange() != null && !(range.contains(judgement.targetRange().min() == null ? 0
                : judgement.targetRange().min()) && range.contains(judgement.targetRange().max() == null ? 0
                : judgement.targetRange().max()))) {
            problems.error(kpi.location(), what + ": the target range " + judgement.targetRange().text()
                    + " lies outside the values the KPI can take (" + range.text() + ")");
        }
    }
}
