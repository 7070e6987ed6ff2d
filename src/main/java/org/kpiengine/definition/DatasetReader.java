package org.kpiengine.definition;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Set;
import org.kpiengine.definition.yaml.Located;
import org.kpiengine.definition.yaml.YamlMap;
import org.kpiengine.error.ProblemCollector;

/** Reads one dataset file. Relative source paths are resolved against the definitions folder. */
final class DatasetReader {

    private static final Set<String> KEYS = Set.of("id", "name", "description", "source", "time_column", "dimensions");
    private static final Set<String> SOURCE_KEYS = Set.of("format", "path");

    private final Path definitionsRoot;

    DatasetReader(Path definitionsRoot) {
        this.definitionsRoot = definitionsRoot;
    }

    DatasetDefinition read(YamlMap yaml, ProblemCollector problems) {
        String id = Ids.read(yaml, "dataset", problems);
        String what = "dataset '" + (id == null ? "?" : id) + "'";
        yaml.rejectUnknownKeys(KEYS, what, problems);
        yaml.optionalString("name", what, problems);
        yaml.optionalString("description", what, problems);
        String timeColumn = yaml.requiredString("time_column", what, problems);
        var dimensions = yaml.stringList("dimensions", what, problems).stream().map(Located::value).toList();
        SourceFormat format = null;
        Path path = null;
        if (!yaml.has("source")) {
            problems.error(yaml.location(), what + ": the required key 'source' is missing");
        }
        YamlMap source = yaml.optionalMap("source", what, problems).orElse(null);
        if (source != null) {
            source.rejectUnknownKeys(SOURCE_KEYS, what + " source", problems);
            format = source.requiredEnum("format", SourceFormat.class, what, problems);
            path = resolve(source, what, problems);
        }
        if (id == null || timeColumn == null || format == null || path == null) {
            return null;
        }
        return new DatasetDefinition(id, format, path, timeColumn, dimensions, yaml.location());
    }

    private Path resolve(YamlMap source, String what, ProblemCollector problems) {
        String text = source.requiredString("path", what, problems);
        if (text == null) {
            return null;
        }
        try {
            return definitionsRoot.resolve(text).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            problems.error(source.valueLocationOf("path"), what + ": '" + text + "' is not a valid file path");
            return null;
        }
    }
}
