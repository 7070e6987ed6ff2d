package org.kpiengine.rules;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.KieBase;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;
import org.kpiengine.error.SourceLocation;
import org.kpiengine.evaluation.ScorecardEvaluation;
import org.kpiengine.rules.model.BandVerdict;
import org.kpiengine.rules.model.Finding;
import org.kpiengine.rules.model.KpiResult;

/** A compiled rule base; interprets one evaluation per session. */
public final class RuleBase {

    private final KieBase base;
    private final Map<String, SourceLocation> ruleLocations;

    RuleBase(KieBase base, Map<String, SourceLocation> ruleLocations) {
        this.base = base;
        this.ruleLocations = Map.copyOf(ruleLocations);
    }

    private Map<String, String> ruleFiles() {
        Map<String, String> files = new java.util.LinkedHashMap<>();
        ruleLocations.entrySet().stream()
                .sorted(java.util.Comparator.comparing((Map.Entry<String, SourceLocation> rule) -> rule.getValue().file())
                        .thenComparingInt(rule -> rule.getValue().line()))
                .forEach(rule -> files.put(rule.getKey(), rule.getValue().file()));
        return files;
    }

    public Interpretation interpret(ScorecardEvaluation evaluation) {
        List<KpiResult> facts = KpiResultFactory.facts(evaluation);
        Map<Object, String> insertedBy = new IdentityHashMap<>();
        KieSession session = base.newKieSession();
        try {
            session.addEventListener(new DefaultRuleRuntimeEventListener() {
                @Override
                public void objectInserted(ObjectInsertedEvent event) {
                    if (event.getRule() != null) {
                        insertedBy.put(event.getObject(), event.getRule().getName());
                    }
                }
            });
            facts.forEach(session::insert);
            session.fireAllRules();
            List<RuledBand> bands = new ArrayList<>();
            List<RuledFinding> findings = new ArrayList<>();
            for (Object fact : session.getObjects()) {
                if (fact instanceof BandVerdict band) {
                    bands.add(new RuledBand(band, insertedBy.getOrDefault(fact, "?")));
                } else if (fact instanceof Finding finding) {
                    findings.add(new RuledFinding(finding, insertedBy.getOrDefault(fact, "?")));
                }
            }
            return new Interpretation(evaluation, bands, findings, ruleFiles());
        } catch (ConsequenceException e) {
            throw RuleFailure.of(e, ruleLocations);
        } finally {
            session.dispose();
        }
    }
}
