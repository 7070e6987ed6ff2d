package org.kpiengine.data;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.kpiengine.ProjectFiles;
import org.kpiengine.definition.DatasetDefinition;
import org.kpiengine.definition.DefinitionLoader;
import org.postgresql.PGConnection;

/**
 * Copies of the library whose datasets read the same sample data from another source: Parquet or
 * JSON lines files written by DuckDB from the CSVs, or PostgreSQL tables loaded from the CSVs with COPY.
 */
final class SourceVariants {

    private static final Pattern SOURCE_BLOCK = Pattern.compile("(?m)^source:\\n(?:  .*\\n)+");

    private SourceVariants() {
    }

    /** The library and the sample data, side by side in {@code folder}; returns the definitions folder. */
    static Path csv(Path folder) {
        return ProjectFiles.copyDefinitionsInto(folder);
    }

    static Path parquet(Path folder) {
        return files(folder, "parquet", "(FORMAT parquet)");
    }

    static Path jsonLines(Path folder) {
        return files(folder, "jsonl", "(FORMAT json)");
    }

    /** Parquet files named by {@code file://} URIs: a location, as {@code s3a://} or {@code hdfs://} would be. */
    static Path parquetAtLocations(Path folder) {
        Path definitions = parquet(folder);
        for (DatasetDefinition dataset : DefinitionLoader.load(definitions).datasets()) {
            rewriteSource(definitions, dataset, "  format: parquet\n  path: " + dataset.path().toUri() + "\n");
        }
        return definitions;
    }

    private static Path files(Path folder, String format, String copyOptions) {
        Path definitions = csv(folder);
        try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = duckdb.createStatement()) {
            for (DatasetDefinition dataset : DefinitionLoader.load(definitions).datasets()) {
                Path target = dataset.path().resolveSibling(dataset.id() + "." + format);
                statement.execute("COPY (" + DatasetSql.select(dataset) + ") TO " + SqlText.literal(target.toString())
                        + " " + copyOptions);
                rewriteSource(definitions, dataset, "  format: " + format + "\n  path: ../sample-data/"
                        + target.getFileName() + "\n");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return definitions;
    }

    /**
     * Loads every sample CSV into a table of schema {@code kpi} (typed as DuckDB reads the CSV) and
     * points the datasets at the tables, with URL and credentials named by environment variables.
     */
    static Path postgres(Path folder, TestPostgres.Server server) {
        Path definitions = csv(folder);
        try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:"); Connection admin = server.admin()) {
            for (DatasetDefinition dataset : DefinitionLoader.load(definitions).datasets()) {
                String table = "kpi." + dataset.id();
                load(admin, duckdb, dataset, table);
                rewriteSource(definitions, dataset, "  format: jdbc\n  url_env: " + TestPostgres.URL_VARIABLE
                        + "\n  table: " + table + "\n  user_env: " + TestPostgres.USER_VARIABLE
                        + "\n  password_env: " + TestPostgres.PASSWORD_VARIABLE + "\n");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return definitions;
    }

    /** Creates the table, typed as DuckDB reads the dataset's CSV, and copies the CSV into it. */
    static void load(Connection admin, Connection duckdb, DatasetDefinition dataset, String table)
            throws SQLException, IOException {
        try (Statement statement = admin.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS " + table);
            statement.execute("CREATE TABLE " + table + " (" + String.join(", ", columns(duckdb, dataset)) + ")");
        }
        try (Reader csv = Files.newBufferedReader(dataset.path(), StandardCharsets.UTF_8)) {
            admin.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY " + table + " FROM STDIN (FORMAT csv, HEADER true)", csv);
        }
    }

    private static List<String> columns(Connection duckdb, DatasetDefinition dataset) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Statement statement = duckdb.createStatement();
             ResultSet result = statement.executeQuery("DESCRIBE " + DatasetSql.select(dataset))) {
            while (result.next()) {
                columns.add(result.getString(1) + " " + postgresType(result.getString(2)));
            }
        }
        return columns;
    }

    private static String postgresType(String duckdbType) {
        String type = duckdbType.toUpperCase(Locale.ROOT);
        if (type.startsWith("DECIMAL")) {
            return type.replace("DECIMAL", "numeric");
        }
        return switch (type) {
            case "BIGINT", "INTEGER", "BOOLEAN", "DATE", "TIMESTAMP" -> type.toLowerCase(Locale.ROOT);
            case "DOUBLE" -> "double precision";
            default -> "text";
        };
    }

    /** The same definitions with {@code engine: spark} in every dataset. */
    static Path onSpark(Path definitions) {
        try (var files = Files.list(definitions.resolve("datasets"))) {
            for (Path file : files.toList()) {
                Files.writeString(file, Files.readString(file) + "engine: spark\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return definitions;
    }

    static void rewriteSource(Path definitions, DatasetDefinition dataset, String sourceBody) {
        Path file = definitions.resolve("datasets").resolve(dataset.id() + ".yaml");
        try {
            String yaml = Files.readString(file);
            String rewritten = SOURCE_BLOCK.matcher(yaml).replaceFirst("source:\n" + sourceBody.replace("$", "\\$"));
            if (rewritten.equals(yaml)) {
                throw new IllegalStateException("no source block in " + file);
            }
            Files.writeString(file, rewritten);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
