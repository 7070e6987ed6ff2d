package org.kpiengine.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.Statement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Uses DuckDB's own parser to make sure a SQL fragment from a definition stays a fragment: wrapped in a
 * SELECT it must parse as exactly one statement, so it cannot end the query and start another.
 */
final class SqlFragmentGuard {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SEVERAL_STATEMENTS = "it must be one SQL expression; it may not end the query and "
            + "start another statement";

    private final Connection connection;

    SqlFragmentGuard(Connection connection) {
        this.connection = connection;
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
