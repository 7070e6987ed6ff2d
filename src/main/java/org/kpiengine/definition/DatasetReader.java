package org.kpiengine.definition;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.kpiengine.definition.yaml.Located;
import org.kpiengine.definition.yaml.YamlEnum;
import org.kpiengine.definition.yaml.YamlMap;
import org.kpiengine.error.DidYouMean;
import org.kpiengine.error.ProblemCollector;

/** Reads one dataset file. Relative source paths are resolved against the definitions folder. */
final class DatasetReader {

    private static final Set<String> KEYS = Set.of("id", "name", "description", "source", "time_column", "time_zone", "timestamps",
            "id_column", "dimensions", "columns", "engine");

    private final SourceReader sourceReader;

    DatasetReader(Path definitionsRoot) {
        this.sourceReader = new SourceReader(definitionsRoot);
    }

    DatasetDefinition read(YamlMap yaml, ProblemCollector problems) {
        String id = Ids.read(yaml, "dataset", problems);
        String what = "dataset '" + (id == null ? "?" : id) + "'";
        yaml.rejectUnknownKeys(KEYS, what, problems);
        String name = yaml.optionalString("name", what, problems).orElse(id);
        yaml.optionalString("description", what, problems);
        String timeColumn = yaml.requiredString("time_column", what, problems);
        ZoneId zone = readZone(yaml, what, problems);
        TimestampKind timestamps = yaml.optionalEnum("timestamps", TimestampKind.class, what, problems)
                .orElse(TimestampKind.LOCAL);
        String idColumn = yaml.optionalString("id_column", what, problems).orElse(null);
        var dimensions = yaml.stringList("dimensions", what, problems).stream().map(Located::value).toList();
        Map<String, ColumnType> columns = readColumns(yaml, what, problems);
        yaml.requireKey("source", what, problems);
        SourceReader.Source source = yaml.optionalMap("source", what, problems)
                .map(map -> sourceReader.read(map, what, problems)).orElse(null);
        QueryEngine engine = yaml.optionalEnum("engine", QueryEngine.class, what, problems).orElse(QueryEngine.DUCKDB);
        if (id == null || timeColumn == null || zone == null || columns == null || source == null
                || !fitsEngine(yaml, source, engine, what, problems)) {
            return null;
        }
        return new DatasetDefinition(id, name, source.format(), source.path(), timeColumn, zone, timestamps, idColumn,
                dimensions, columns, source.options(), yaml.location(), engine);
    }

    /**
     * A database table is read where it lies, by the embedded engine; only Spark reads a location outside this
     * machine or prunes partitioned folders.
     */
    private static boolean fitsEngine(YamlMap yaml, SourceReader.Source source, QueryEngine engine, String what,
                                      ProblemCollector problems) {
        if (engine == QueryEngine.SPARK && source.format() == SourceFormat.JDBC) {
            problems.error(yaml.valueLocationOf("engine"), what + ": a jdbc source is queried in its own database, "
                    + "so it cannot run on 'engine: spark'; use a Spark catalog table or files for Spark");
            return false;
        }
        if (engine != QueryEngine.SPARK && source.format() == SourceFormat.TABLE) {
            problems.error(yaml.locationOf("source"), what + ": a table source is a table of Spark's catalog; add "
                    + "'engine: spark' to the dataset");
            return false;
        }
        if (engine != QueryEngine.SPARK && source.options().location() != null) {
            problems.error(yaml.locationOf("source"), what + ": '" + source.options().location() + "' is not on this "
                    + "machine's file system, and only Spark reads such a location; add 'engine: spark' to the dataset, "
                    + "or copy the files here and give their path");
            return false;
        }
        if (engine != QueryEngine.SPARK && source.options().partition() != null) {
            problems.error(yaml.locationOf("source"), what + ": 'partition_column' is read by Spark only; add "
                    + "'engine: spark' to the dataset, or point 'path' at one file");
            return false;
        }
        return true;
    }

    private static ZoneId readZone(YamlMap yaml, String what, ProblemCollector problems) {
        String text = yaml.optionalString("time_zone", what, problems).orElse("UTC");
        try {
            return text.equals("UTC") ? ZoneOffset.UTC : ZoneId.of(text);
        } catch (DateTimeException e) {
            problems.error(yaml.valueLocationOf("time_zone"), what + ": '" + text + "' is not a time zone; use a name "
                    + "such as Europe/London or America/New_York" + DidYouMean.hint(text, ZoneId.getAvailableZoneIds()));
            return null;
        }
    }

    private static Map<String, ColumnType> readColumns(YamlMap yaml, String what, ProblemCollector problems) {
        Map<String, ColumnType> types = new LinkedHashMap<>();
        YamlMap columns = yaml.optionalMap("columns", what, problems).orElse(null);
        if (columns == null) {
            return types;
        }
        boolean valid = true;
        for (String column : columns.keys()) {
            var type = columns.optionalEnum(column, ColumnType.class, what, problems);
            if (type.isPresent()) {
                types.put(column, type.get());
            } else {
                valid = false;
            }
        }
        return valid ? types : null;
    }

    static String typeNames() {
        return String.join(", ", YamlEnum.names(ColumnType.class));
    }
}
