package org.kpiengine.error;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The user's definitions, rules, templates or data are wrong. Carries every problem found,
 * each already pointing at its file, line and column.
 */
public class InvalidInputException extends KpiException {

    private final List<Problem> problems;

    public InvalidInputException(List<Problem> problems) {
        super(problems.stream().map(Problem::format).collect(Collectors.joining(System.lineSeparator())));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid-input failure needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(Problem problem) {
        this(List.of(problem));
    }

    public InvalidInputException(SourceLocation location, String message) {
        this(Problem.error(location, message));
    }

    public List<Problem> problems() {
        return problems;
    }
}
