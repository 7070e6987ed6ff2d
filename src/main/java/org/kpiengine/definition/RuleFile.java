package org.kpiengine.definition;

import java.util.Objects;

/** A Drools rule file from the definitions folder: its name as shown to the user, and its text. */
public record RuleFile(String displayName, String text) {

    public RuleFile {
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(text, "text");
    }
}
