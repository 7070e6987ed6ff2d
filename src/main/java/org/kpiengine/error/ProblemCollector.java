package org.kpiengine.error;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/** Gathers every problem of one run so that the user sees them all at once, then fails once. */
public final class ProblemCollector {

    private static final Comparator<Problem> BY_PLACE = Comparator
            .comparing((Problem p) -> p.location() == null ? "" : p.location().file())
            .thenComparingInt(p -> p.location() == null ? 0 : p.location().line())
            .thenComparingInt(p -> p.location() == null ? 0 : p.location().column());

    private final List<Problem> problems = new ArrayList<>();

    public void error(SourceLocation location, String message) {
        problems.add(Problem.error(location, message));
    }

    public void warning(SourceLocation location, String message) {
        problems.add(Problem.warning(location, message));
    }

    public void add(Problem problem) {
        problems.add(problem);
    }

    public void addAll(List<Problem> more) {
        problems.addAll(more);
    }

    public long errorCount() {
        return problems.stream().filter(Problem::isError).count();
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    /** Every problem, sorted by file, line and column so that output does not depend on discovery order. */
    public List<Problem> problems() {
        return problems.stream().sorted(BY_PLACE).toList();
    }

    /**
     * Runs a step that may fail with an {@link InvalidInputException} and keeps its problems instead, so that the
     * next step still runs; the step's result, or null when it failed so.
     */
    public <T> T collect(Supplier<T> step) {
        try {
            return step.get();
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
            return null;
        }
    }

    /** Runs a check as {@link #collect(Supplier)} runs a step. */
    public void collect(Runnable check) {
        collect(() -> {
            check.run();
            return null;
        });
    }

    public void throwIfErrors() {
        if (hasErrors()) {
            throw new InvalidInputException(problems().stream().filter(Problem::isError).toList());
        }
    }
}
