package org.kpiengine.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.kpiengine.error.KpiException;

/**
 * Uses DuckDB's own parser to make sure a SQL fragment from a definition stays a fragment: wrapped in a
 * SELECT it must parse as exactly one statement, so it cannot end the query and start another.
 */
final class SqlFragmentGuard implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SEVERAL_STATEMENTS = "it must be one SQL expression; it may not end the query and "
            + "start another statement";

    private final Connection connection;

    private final boolean ownsConnection;

    SqlFragmentGuard(Connection connection) {
        this(connection, false);
    }

    private SqlFragmentGuard(Connection connection, boolean ownsConnection) {
        this.connection = connection;
        this.ownsConnection = ownsConnection;
    }

    /**
     * A guard with an in-memory DuckDB of its own, with no access to any file, for fragments that run
     * on another engine. DuckDB's parser is PostgreSQL's, so it reads their fragments alike.
     */
    static SqlFragmentGuard standalone() {
        try {
            Connection own = DriverManager.getConnection("jdbc:duckdb:");
            try (Statement statement = own.createStatement()) {
                statement.execute("SET enable_external_access = false");
                statement.execute("SET lock_configuration = true");
            }
            return new SqlFragmentGuard(own, true);
        } catch (SQLException e) {
            throw new KpiException("the SQL parser (embedded DuckDB) could not start: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        if (ownsConnection) {
            try {
                connection.close();
            } catch (SQLException e) {
                // an in-memory parser holds nothing to lose
            }
        }
    }

    /** Empty when the fragment is a single expression; otherwise what is wrong with it. */
    Optional<String> check(String fragment) {
        String wrapped = SqlText.literal("SELECT (" + fragment + ")");
        try (Statement statement = connection.createStatement()) {
            try (ResultSet result = statement.executeQuery("SELECT json_serialize_sql(" + wrapped + ")")) {
                result.next();
                JsonNode parsed = JSON.readTree(result.getString(1));
                if (parsed.path("error").asBoolean(false)) {
                    return Optional.of(fragment.contains(";") ? SEVERAL_STATEMENTS
                            : "it is not valid SQL: " + parsed.path("error_message").asText());
                }
                if (parsed.path("statements").size() != 1) {
                    return Optional.of(SEVERAL_STATEMENTS);
                }
                return Optional.empty();
            }
        } catch (SQLException | java.io.IOException e) {
            return Optional.of("it could not be checked: " + e.getMessage());
        }
    }
}
