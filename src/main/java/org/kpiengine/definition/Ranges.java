package org.kpiengine.definition;

import java.util.Set;
import org.kpiengine.definition.yaml.YamlMap;
import org.kpiengine.error.ProblemCollector;

/** Reads {@code {min: .., max: ..}} mappings, such as a score's scale or a target range. */
final class Ranges {

    private static final Set<String> KEYS = Set.of("min", "max");

    private Ranges() {
    }

    static ValueRange read(YamlMap yaml, String what, ProblemCollector problems) {
        yaml.rejectUnknownKeys(KEYS, what, problems);
        Double min = yaml.optionalNumber("min", what, problems).orElse(null);
        Double max = yaml.optionalNumber("max", what, problems).orElse(null);
        if (min == null && max == null) {
            problems.error(yaml.location(), what + ": give 'min', 'max' or both");
            return null;
        }
        if (min != null && max != null && min > max) {
            problems.error(yaml.location(), what + ": 'min' " + Band.plain(min) + " is above 'max' " + Band.plain(max));
            return null;
        }
        return new ValueRange(min, max);
    }
}
