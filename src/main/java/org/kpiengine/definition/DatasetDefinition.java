package org.kpiengine.definition;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.kpiengine.error.SourceLocation;

/** Where a dataset's records live, which column dates them, and which columns may segment it. */
public record DatasetDefinition(
        String id,
        SourceFormat format,
        Path path,
        String timeColumn,
        List<String> dimensions,
        SourceLocation location) {

    public DatasetDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(timeColumn, "timeColumn");
        dimensions = List.copyOf(dimensions);
    }
}
