package org.kpiengine.sample;

import java.nio.file.Path;
import java.util.Objects;

/** A file a generator run wrote: its name, where it is, and its data rows (the header line not counted). */
public record WrittenFile(String name, Path path, long rows) {

    public WrittenFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(path, "path");
        if (rows < 0) {
            throw new IllegalArgumentException("rows must not be negative, was " + rows);
        }
    }
}
