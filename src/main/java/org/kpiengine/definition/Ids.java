package org.kpiengine.definition;

import java.util.regex.Pattern;
import org.kpiengine.definition.yaml.YamlMap;
import org.kpiengine.error.ProblemCollector;

/** The spelling rules for ids: lower case, digits and underscores, so that formulas can name them. */
final class Ids {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*");

    private Ids() {
    }

    static String read(YamlMap yaml, String kind, ProblemCollector problems) {
        String id = yaml.requiredString("id", kind, problems);
        if (id != null && !ID.matcher(id).matches()) {
            problems.error(yaml.valueLocationOf("id"), kind + " '" + id
                    + "': an id must start with a lower-case letter and use only lower-case letters, digits and '_'");
            return null;
        }
        return id;
    }
}
