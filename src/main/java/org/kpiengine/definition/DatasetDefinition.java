package org.kpiengine.definition;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kpiengine.error.SourceLocation;

/**
 * Where a dataset's records live, which column dates them and in which time zone, which columns may
 * segment it, and the types of columns that sniffing would get wrong.
 */
public record DatasetDefinition(
        String id,
        String name,
        SourceFormat format,
        Path path,
        String timeColumn,
        ZoneId timeZone,
        List<String> dimensions,
        Map<String, ColumnType> columnTypes,
        SourceLocation location) {

    public DatasetDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(timeColumn, "timeColumn");
        Objects.requireNonNull(timeZone, "timeZone");
        dimensions = List.copyOf(dimensions);
        columnTypes = Map.copyOf(columnTypes);
    }
}
