package org.kpiengine.error;

import java.util.Objects;

/** One thing wrong with the user's input, in the one format every layer reports. */
public record Problem(SourceLocation location, Severity severity, String message) {

    public enum Severity {
        ERROR, WARNING;

        String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    public static Problem error(SourceLocation location, String message) {
        return new Problem(location, Severity.ERROR, message);
    }

    public static Problem warning(SourceLocation location, String message) {
        return new Problem(location, Severity.WARNING, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:line:col: error: message}, or {@code error: message} when nothing points at a file. */
    public String format() {
        String prefix = location == null ? "" : location + ": ";
        return prefix + severity.label() + ": " + message;
    }
}
