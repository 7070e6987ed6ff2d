package org.kpiengine.archive;

import java.util.ArrayList;
import java.util.List;
import org.kpiengine.error.Problem;
import org.kpiengine.error.SourceLocation;

/**
 * What a verification found, line by line in the order it was checked: what is fine
 * ({@code where: ok: ...}) and every mismatch in the project's problem format ({@code where: error: ...}).
 */
public final class Verification {

    private final List<String> lines = new ArrayList<>();
    private int problems;
    private int bundles;

    void ok(String where, String message) {
        lines.add(where + ": ok: " + message);
    }

    void problem(String where, String message) {
        problems++;
        lines.add(Problem.error(new SourceLocation(where, 0, 0), message).format());
    }

    void problem(String file, int line, String message) {
        problems++;
        lines.add(Problem.error(new SourceLocation(file, line, 0), message).format());
    }

    void countBundle() {
        bundles++;
    }

    public List<String> lines() {
        return List.copyOf(lines);
    }

    public int problemCount() {
        return problems;
    }

    public boolean passed() {
        return problems == 0;
    }

    /** The closing line: how much was checked and whether anything differed. */
    public String summary() {
        String checked = bundles == 1 ? "1 bundle" : bundles + " bundles";
        return passed() ? "Verified " + checked + ": every file and hash matches."
                : "Verified " + checked + ": " + (problems == 1 ? "1 problem" : problems + " problems") + " found.";
    }
}
