package org.kpiengine.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kpiengine.definition.RuleFile;
import org.kpiengine.error.SourceLocation;

/** Where each rule of a file is declared, so that a rule failing at run time can be pointed at. */
final class RuleLocations {

    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"");

    private RuleLocations() {
    }

    static Map<String, SourceLocation> of(RuleFile file) {
        Map<String, SourceLocation> locations = new LinkedHashMap<>();
        List<String> lines = file.text().lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            Matcher rule = RULE.matcher(lines.get(i));
            if (rule.find()) {
                locations.put(rule.group(1), new SourceLocation(file.displayName(), i + 1, lines.get(i).indexOf("rule") + 1));
            }
        }
        return locations;
    }
}
