package org.kpiengine.rules;

import org.kpiengine.rules.model.Finding;

/** A finding with the name of the rule that raised it. */
public record RuledFinding(Finding finding, String rule) {
}
