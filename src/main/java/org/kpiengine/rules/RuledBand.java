package org.kpiengine.rules;

import org.kpiengine.rules.model.BandVerdict;

/** A band verdict with the name of the rule that gave it. */
public record RuledBand(BandVerdict verdict, String rule) {
}
