package org.kpiengine.definition;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.kpiengine.definition.yaml.Located;
import org.kpiengine.definition.yaml.YamlEnum;
import org.kpiengine.definition.yaml.YamlMap;
import org.kpiengine.error.ProblemCollector;

/** Reads a dataset's {@code source}: its format, then the keys that format takes. */
final class SourceReader {

    /** The source of a dataset as read: a path for a file, options for the rest. */
    record Source(SourceFormat format, Path path, SourceOptions options) {
    }

    private static final Map<SourceFormat, Set<String>> KEYS = new LinkedHashMap<>();

    static {
        KEYS.put(SourceFormat.CSV, Set.of("format", "path", "delimiter", "quote", "header", "encoding", "date_format",
                "timestamp_format", "null_values", "on_bad_rows", "query_timeout", "partition_column",
                "partition_format"));
        KEYS.put(SourceFormat.PARQUET, Set.of("format", "path", "query_timeout", "partition_column", "partition_format"));
        KEYS.put(SourceFormat.JSONL, Set.of("format", "path", "query_timeout"));
        KEYS.put(SourceFormat.JDBC, Set.of("format", "url", "url_env", "table", "user_env", "password_env",
                "query_timeout"));
        KEYS.put(SourceFormat.TABLE, Set.of("format", "table", "query_timeout", "partition_column", "partition_format"));
    }

    private final Path definitionsRoot;

    SourceReader(Path definitionsRoot) {
        this.definitionsRoot = definitionsRoot;
    }

    Source read(YamlMap source, String dataset, ProblemCollector problems) {
        String what = dataset + " source";
        Set<String> known = new TreeSet<>();
        KEYS.values().forEach(known::addAll);
        source.rejectUnknownKeys(known, what, problems);
        SourceFormat format = source.requiredEnum("format", SourceFormat.class, what, problems);
        if (format == null) {
            return null;
        }
        long errorsBefore = problems.errorCount();
        for (String key : source.keys()) {
            if (known.contains(key) && !KEYS.get(format).contains(key)) {
                problems.error(source.locationOf(key), what + ": '" + key + "' belongs to " + formatsWith(key)
                        + " sources, not to a " + YamlEnum.name(format) + " source");
            }
        }
        String pathText = format.isFile() ? source.requiredString("path", what, problems) : null;
        // A path with a URI scheme names files outside this machine's file system; it is kept as written.
        String location = pathText != null && SourceOptions.LOCATION.matcher(pathText.strip()).matches()
                ? pathText.strip() : null;
        Path path = pathText != null && location == null ? resolve(pathText, source, what, problems) : null;
        SourceOptions.Csv csv = format == SourceFormat.CSV ? CsvOptionsReader.read(source, what, problems)
                : SourceOptions.Csv.DETECTED;
        SourceOptions.BadRows onBadRows = source.optionalEnum("on_bad_rows", SourceOptions.BadRows.class, what, problems)
                .orElse(SourceOptions.BadRows.FAIL);
        SourceOptions.Jdbc jdbc = format == SourceFormat.JDBC ? readJdbc(source, what, problems) : null;
        Duration timeout = queryTimeout(source, what, problems);
        PartitionColumn partition = partition(source, what, problems);
        String catalogTable = format == SourceFormat.TABLE ? catalogTable(source, what, problems) : null;
        if (problems.errorCount() > errorsBefore || (format.isFile() && path == null && location == null) || csv == null
                || (format == SourceFormat.JDBC && jdbc == null) || timeout == null
                || (format == SourceFormat.TABLE && catalogTable == null)) {
            return null;
        }
        return new Source(format, path, new SourceOptions(csv, jdbc, onBadRows, timeout, partition, catalogTable,
                location));
    }

    private static String catalogTable(YamlMap source, String what, ProblemCollector problems) {
        String table = source.requiredString("table", what, problems);
        if (table != null && !SourceOptions.CATALOG_TABLE.matcher(table).matches()) {
            problems.error(source.valueLocationOf("table"), what + ": 'table' must name a table of the Spark catalog, "
                    + "such as complaints or lake.complaints (letters, digits and '_', with up to two names before it, "
                    + "each followed by a dot), not '" + table + "'");
            return null;
        }
        return table;
    }

    private static PartitionColumn partition(YamlMap source, String what, ProblemCollector problems) {
        Optional<String> column = source.optionalString("partition_column", what, problems);
        Optional<String> format = source.optionalString("partition_format", what, problems);
        if (column.isEmpty()) {
            if (format.isPresent()) {
                problems.error(source.locationOf("partition_format"), what + ": 'partition_format' needs "
                        + "'partition_column', the column the folders are partitioned by");
            }
            return null;
        }
        String pattern = format.orElse("yyyy-MM");
        if (!PartitionColumn.FORMATS.contains(pattern)) {
            problems.error(source.valueLocationOf("partition_format"), what + ": 'partition_format' must be one of "
                    + String.join(", ", PartitionColumn.FORMATS) + ", not '" + pattern + "'");
            return null;
        }
        return new PartitionColumn(column.get(), pattern);
    }

    private static Duration queryTimeout(YamlMap source, String what, ProblemCollector problems) {
        Optional<String> text = source.optionalString("query_timeout", what, problems);
        if (text.isEmpty()) {
            return source.has("query_timeout") ? null : SourceOptions.DEFAULT_QUERY_TIMEOUT;
        }
        Optional<Duration> timeout = TimeLimit.parse(text.get());
        if (timeout.isEmpty()) {
            problems.error(source.valueLocationOf("query_timeout"), what + ": 'query_timeout' must be a time such as "
                    + "90s, 15min or 2h, at most " + TimeLimit.describe(TimeLimit.LONGEST) + ", not '" + text.get() + "'");
        }
        return timeout.orElse(null);
    }

    private static String formatsWith(String key) {
        List<String> formats = KEYS.entrySet().stream().filter(entry -> entry.getValue().contains(key))
                .map(entry -> YamlEnum.name(entry.getKey())).toList();
        return formats.size() == 1 ? formats.get(0)
                : String.join(", ", formats.subList(0, formats.size() - 1)) + " and " + formats.get(formats.size() - 1);
    }

    private Path resolve(String text, YamlMap source, String what, ProblemCollector problems) {
        try {
            return definitionsRoot.resolve(text).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            problems.error(source.valueLocationOf("path"), what + ": '" + text + "' is not a valid file path");
            return null;
        }
    }

    private static SourceOptions.Jdbc readJdbc(YamlMap source, String what, ProblemCollector problems) {
        String url = source.optionalString("url", what, problems).orElse(null);
        String urlEnv = variable(source, "url_env", what, problems);
        String userEnv = variable(source, "user_env", what, problems);
        String passwordEnv = variable(source, "password_env", what, problems);
        boolean valid = true;
        if (url == null && urlEnv == null && !source.has("url") && !source.has("url_env")) {
            problems.error(source.location(), what + ": a jdbc source needs 'url', the JDBC URL of the database, or "
                    + "'url_env', the environment variable that holds it");
            valid = false;
        } else if (url != null && urlEnv != null) {
            problems.error(source.locationOf("url_env"), what + ": give either 'url' or 'url_env', not both");
            valid = false;
        } else if (url != null && !url.startsWith(SourceOptions.Jdbc.POSTGRESQL_PREFIX)) {
            // the URL itself is not repeated: it may carry a password
            problems.error(source.valueLocationOf("url"), what + ": only PostgreSQL databases are supported so far, "
                    + "so 'url' must start with " + SourceOptions.Jdbc.POSTGRESQL_PREFIX + "//");
            valid = false;
        } else if (url != null && url.toLowerCase(java.util.Locale.ROOT).contains("password=")) {
            problems.error(source.valueLocationOf("url"), what + ": 'url' must not hold a password, since definition "
                    + "files are shared and printed; name the environment variable that holds it with 'password_env'");
            valid = false;
        }
        String table = source.requiredString("table", what, problems);
        if (table != null && !SourceOptions.Jdbc.TABLE.matcher(table).matches()) {
            problems.error(source.valueLocationOf("table"), what + ": 'table' must name a table or view, such as "
                    + "complaints or crm.complaints (letters, digits and '_', with an optional schema before a dot), "
                    + "not '" + table + "'");
            table = null;
        }
        if (!valid || table == null || (source.has("url_env") && urlEnv == null)
                || (source.has("user_env") && userEnv == null) || (source.has("password_env") && passwordEnv == null)) {
            return null;
        }
        return new SourceOptions.Jdbc(url, urlEnv, table, userEnv, passwordEnv);
    }

    private static String variable(YamlMap source, String key, String what, ProblemCollector problems) {
        Optional<String> name = source.optionalString(key, what, problems);
        if (name.isPresent() && !SourceOptions.Jdbc.VARIABLE.matcher(name.get()).matches()) {
            problems.error(source.valueLocationOf(key), what + ": '" + key + "' must be the name of an environment "
                    + "variable (letters, digits and '_'), not '" + name.get() + "'");
            return null;
        }
        return name.orElse(null);
    }

    /** Keeps the located values of a list, for options that are lists of texts. */
    static List<String> values(List<Located<String>> located) {
        return located.stream().map(Located::value).toList();
    }
}
