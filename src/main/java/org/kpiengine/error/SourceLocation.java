package org.kpiengine.error;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where something was written: a file, and where known the 1-based line and column in it.
 * Line or column 0 means unknown.
 */
public record SourceLocation(String file, int line, int column) {

    public SourceLocation {
        Objects.requireNonNull(file, "file");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must not be negative");
        }
    }

    public static SourceLocation of(Path file) {
        return new SourceLocation(file.toString(), 0, 0);
    }

    public static SourceLocation of(Path file, int line, int column) {
        return new SourceLocation(file.toString(), line, column);
    }

    @Override
    public String toString() {
        if (line == 0) {
            return file;
        }
        return column == 0 ? file + ":" + line : file + ":" + line + ":" + column;
    }
}
