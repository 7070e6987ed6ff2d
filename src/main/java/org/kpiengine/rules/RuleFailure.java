package org.kpiengine.rules;

import java.util.Map;
import java.util.stream.Collectors;
import org.kie.api.runtime.rule.ConsequenceException;
import org.kpiengine.error.InvalidInputException;
import org.kpiengine.error.SourceLocation;
import org.kpiengine.rules.model.KpiResult;

/** Turns a rule that threw while running into a message naming the rule, where it is written, and its facts. */
final class RuleFailure {

    private RuleFailure() {
    }

    static InvalidInputException of(ConsequenceException failure, Map<String, SourceLocation> ruleLocations) {
        String rule = failure.getMatch().getRule().getName();
        Throwable cause = failure.getCause() == null ? failure : failure.getCause();
        String facts = failure.getMatch().getObjects().stream().map(RuleFailure::describe).collect(Collectors.joining("; "));
        String reason = cause.getMessage() == null ? cause.getClass().getSimpleName()
                : cause.getClass().getSimpleName() + ": " + cause.getMessage();
        return new InvalidInputException(ruleLocations.getOrDefault(rule, new SourceLocation("rules", 0, 0)),
                "the rule '" + rule + "' failed on " + facts + ": " + reason);
    }

    private static String describe(Object fact) {
        if (fact instanceof KpiResult result) {
            return result.kpiName() + " " + result.period() + " " + result.where();
        }
        return fact.getClass().getSimpleName();
    }
}
