package org.kpiengine.testcase;

import java.util.List;

/** The outcome of one definition test: passed when nothing differs from what it expects. */
public record DefinitionTestResult(DefinitionTestCase testCase, List<String> differences) {

    public DefinitionTestResult {
        differences = List.copyOf(differences);
    }

    public boolean passed() {
        return differences.isEmpty();
    }
}
