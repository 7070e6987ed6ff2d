package org.kpiengine.definition;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kpiengine.error.SourceLocation;

/**
 * Where a dataset's records live, which column dates them and in which time zone, which column (if
 * any) identifies a record, which columns may segment it, the types of columns that sniffing would get
 * wrong, and how its source is read. A file dataset has a {@code path}; a JDBC dataset has none, and
 * its {@code options} name the table. The engine runs its measure queries.
 */
public record DatasetDefinition(
        String id,
        String name,
        SourceFormat format,
        Path path,
        String timeColumn,
        ZoneId timeZone,
        TimestampKind timestamps,
        String idColumn,
        List<String> dimensions,
        Map<String, ColumnType> columnTypes,
        SourceOptions options,
        SourceLocation location,
        QueryEngine engine) {

    public DatasetDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(timeColumn, "timeColumn");
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(timestamps, "timestamps");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(engine, "engine");
        if (format.isFile() != (path != null || options.location() != null)) {
            throw new IllegalArgumentException("dataset " + id + ": a file source needs a path, a jdbc source has none");
        }
        if (path != null && options.location() != null) {
            throw new IllegalArgumentException("dataset " + id + ": files are either on this machine or at a location");
        }
        if (format == SourceFormat.JDBC && engine != QueryEngine.DUCKDB) {
            throw new IllegalArgumentException("dataset " + id + ": a jdbc source is read by the embedded engine");
        }
        if ((format == SourceFormat.TABLE) != (options.catalogTable() != null)
                || (format == SourceFormat.TABLE && engine != QueryEngine.SPARK)) {
            throw new IllegalArgumentException("dataset " + id + ": only a table source on Spark names a catalog table");
        }
        if ((format == SourceFormat.JDBC) != options.optionalJdbc().isPresent()) {
            throw new IllegalArgumentException("dataset " + id + ": only a jdbc source names a database table");
        }
        dimensions = List.copyOf(dimensions);
        columnTypes = Map.copyOf(columnTypes);
    }

    /** On the default engine. */
    public DatasetDefinition(String id, String name, SourceFormat format, Path path, String timeColumn, ZoneId timeZone,
                             TimestampKind timestamps, String idColumn, List<String> dimensions,
                             Map<String, ColumnType> columnTypes, SourceOptions options, SourceLocation location) {
        this(id, name, format, path, timeColumn, timeZone, timestamps, idColumn, dimensions, columnTypes, options,
                location, QueryEngine.DUCKDB);
    }

    /** A file dataset read with every option detected. */
    public DatasetDefinition(String id, String name, SourceFormat format, Path path, String timeColumn, ZoneId timeZone,
                             List<String> dimensions, Map<String, ColumnType> columnTypes, SourceLocation location) {
        this(id, name, format, path, timeColumn, timeZone, TimestampKind.LOCAL, null, dimensions, columnTypes,
                SourceOptions.NONE, location);
    }

    /** The same dataset read from another file. */
    public DatasetDefinition withPath(Path file) {
        return new DatasetDefinition(id, name, format, file, timeColumn, timeZone, timestamps, idColumn, dimensions,
                columnTypes, options, location, engine);
    }

    /** The same dataset run on another engine. */
    public DatasetDefinition withEngine(QueryEngine other) {
        return new DatasetDefinition(id, name, format, path, timeColumn, timeZone, timestamps, idColumn, dimensions,
                columnTypes, options, location, other);
    }

    /** What messages call the source: the file name, or the table. */
    public String sourceName() {
        if (path != null) {
            return path.getFileName().toString();
        }
        if (options.location() != null) {
            return options.location();
        }
        return "table " + (format == SourceFormat.TABLE ? options.catalogTable() : options.jdbc().table());
    }
}
