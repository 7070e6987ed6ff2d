package org.kpiengine.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kpiengine.definition.Aggregation;
import org.kpiengine.definition.DatasetDefinition;
import org.kpiengine.definition.MeasureDefinition;
import org.kpiengine.error.InvalidInputException;

/**
 * On PostgreSQL a measure's SQL runs in a read-only transaction: a filter that would write (take a
 * sequence value, call a function that inserts) fails cleanly and changes nothing, even after another
 * filter has tried to switch read-only off. Secrets never reach a message.
 */
@ExtendWith(TestPostgres.class)
class PostgresReadOnlyTest {

    private static TestPostgres.Server server;
    private static final DatasetDefinition DATASET = Fixtures.table("hardening", "kpi.hardening", Map.of(), "team");

    @BeforeAll
    static void createTableSequenceAndWritingFunction(TestPostgres.Server running) throws SQLException {
        server = running;
        try (Connection admin = server.admin(); Statement statement = admin.createStatement()) {
            statement.execute("CREATE TABLE kpi.hardening (id integer, received_at timestamp, team text)");
            statement.execute("INSERT INTO kpi.hardening VALUES (1, '2026-01-05 09:00', 'alpha'), "
                    + "(2, '2026-01-06 10:00', 'bravo'), (3, '2026-02-01 11:00', 'alpha')");
            statement.execute("CREATE SEQUENCE kpi.s");
            statement.execute("CREATE TABLE kpi.audit_log (id integer)");
            statement.execute("CREATE FUNCTION kpi.touch() RETURNS integer LANGUAGE sql VOLATILE AS "
                    + "'INSERT INTO kpi.audit_log VALUES (1) RETURNING 1'");
            // privileges allow the writes, so that only the read-only transaction stands in their way
            statement.execute("GRANT USAGE, SELECT ON SEQUENCE kpi.s TO " + TestPostgres.READER);
            statement.execute("GRANT INSERT ON kpi.audit_log TO " + TestPostgres.READER);
        }
    }

    @Test
    void aFilterTakingASequenceValueFailsAndTakesNone() throws SQLException {
        String message = failure("(SELECT 1 FROM pg_catalog.pg_class LIMIT 1) = 1 AND nextval('kpi.s') > 0");
        assertTrue(message.startsWith("datasets/complaints.yaml:1:1: error: dataset 'hardening': the data in table "
                + "kpi.hardening could not be aggregated: ERROR: cannot execute nextval() in a read-only transaction"),
                message);
        assertEquals("false", adminValue("SELECT is_called FROM kpi.s"));
    }

    @Test
    void aFilterCallingAFunctionThatInsertsFailsAndInsertsNothing() throws SQLException {
        String message = failure("kpi.touch() > 0");
        assertTrue(message.contains("cannot execute INSERT in a read-only transaction"), message);
        assertEquals("0", adminValue("SELECT count(*) FROM kpi.audit_log"));
    }

    @Test
    void switchingReadOnlyOffForTheSessionDoesNotOpenTheNextQuery() throws SQLException {
        try (MeasureSource source = open()) {
            source.aggregate(request("set_config('default_transaction_read_only', 'off', false) IS NOT NULL"));
            InvalidInputException failure = assertThrows(InvalidInputException.class,
                    () -> source.aggregate(request("kpi.touch() > 0")));
            assertTrue(failure.getMessage().contains("read-only transaction"), failure.getMessage());
        }
        assertEquals("0", adminValue("SELECT count(*) FROM kpi.audit_log"));
    }

    @Test
    void aSecondStatementIsRefusedBeforeItReachesTheDatabase() throws SQLException {
        String message = failure("team = 'alpha'); DROP TABLE kpi.hardening; SELECT (1");
        assertEquals("measures/complaints.yaml:2:5: error: measure 'probe': the filter 'team = 'alpha'); DROP TABLE "
                + "kpi.hardening; SELECT (1' is refused: it must be one SQL expression; it may not end the query and "
                + "start another statement", message);
        assertEquals("3", adminValue("SELECT count(*) FROM kpi.hardening"));
    }

    @Test
    void aQueryLongerThanItsTimeoutIsStoppedInTheDatabase() {
        DatasetDefinition impatient = Fixtures.withQueryTimeout(DATASET, Duration.ofSeconds(1));
        AggregationRequest sleeping = Fixtures.monthly(impatient, List.of(Fixtures.measure("probe", DATASET.id(),
                Aggregation.COUNT, null, "pg_sleep(600) IS NOT NULL")), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 1),
                "team");
        InvalidInputException failure = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            try (MeasureSource source = new RoutingMeasureSource(List.of(impatient), server.environment())) {
                return assertThrows(InvalidInputException.class, () -> source.aggregate(sleeping));
            }
        });
        assertEquals("datasets/complaints.yaml:1:1: error: dataset 'hardening': reading table kpi.hardening took longer "
                + "than its query_timeout of 1 second and was stopped; look for a slow filter or expression among its "
                + "measures, or raise 'query_timeout' in its source", failure.getMessage());
    }

    @Test
    void readingServerFilesIsDeniedToTheReaderRole() {
        String message = failure("length(pg_read_file('/etc/hostname')) > 0");
        assertTrue(message.contains("permission denied for function pg_read_file"), message);
    }

    @Test
    void aWrongPasswordIsReportedWithoutTheURLParametersOrThePassword() {
        String urlSecret = "url-secret-91c2";
        String passwordSecret = "wrong-password-4d8e";
        EnvironmentVariables wrong = EnvironmentVariables.of(Map.of(
                TestPostgres.URL_VARIABLE, server.url() + "?password=" + urlSecret + "&ssl=false",
                TestPostgres.USER_VARIABLE, TestPostgres.READER,
                TestPostgres.PASSWORD_VARIABLE, passwordSecret));
        InvalidInputException failure = assertThrows(InvalidInputException.class,
                () -> new RoutingMeasureSource(List.of(DATASET), wrong).close());
        assertTrue(failure.getMessage().startsWith("datasets/complaints.yaml:1:1: error: dataset 'hardening': the "
                + "database " + server.url() + " cannot be reached: FATAL: password authentication failed for user \""
                + TestPostgres.READER + "\""), failure.getMessage());
        assertFalse(failure.getMessage().contains(urlSecret) || failure.getMessage().contains(passwordSecret));
    }

    @Test
    void unsetVariablesAreNamedEveryOne() {
        InvalidInputException failure = assertThrows(InvalidInputException.class,
                () -> new RoutingMeasureSource(List.of(DATASET), EnvironmentVariables.of(Map.of())).close());
        assertEquals(List.of(
                "datasets/complaints.yaml:1:1: error: dataset 'hardening': the environment variable KPI_TEST_PG_URL "
                        + "(its url_env) is not set",
                "datasets/complaints.yaml:1:1: error: dataset 'hardening': the environment variable KPI_TEST_PG_USER "
                        + "(its user_env) is not set",
                "datasets/complaints.yaml:1:1: error: dataset 'hardening': the environment variable "
                        + "KPI_TEST_PG_PASSWORD (its password_env) is not set"),
                failure.problems().stream().map(problem -> problem.format()).toList());
    }

    @Test
    void aMissingTableAndAMissingColumnAreNamed() {
        DatasetDefinition missing = Fixtures.table("lost", "kpi.lost", Map.of());
        InvalidInputException noTable = assertThrows(InvalidInputException.class,
                () -> new RoutingMeasureSource(List.of(missing), server.environment()).close());
        assertEquals("datasets/complaints.yaml:1:1: error: dataset 'lost': the table kpi.lost in " + server.url()
                + " cannot be read: ERROR: relation \"kpi.lost\" does not exist", noTable.getMessage());
        try (MeasureSource source = open()) {
            InvalidInputException noColumn = assertThrows(InvalidInputException.class, () -> source.checkMeasures(DATASET,
                    List.of(Fixtures.measure("teams", "hardening", Aggregation.COUNT_DISTINCT, "teem", null))));
            assertEquals("measures/complaints.yaml:2:5: error: measure 'teams': the column 'teem' does not exist in "
                    + "dataset 'hardening' (did you mean 'team'?); its columns are id, received_at, team",
                    noColumn.getMessage());
        }
    }

    @Test
    void statisticsCountTheTableRows() {
        try (MeasureSource source = open()) {
            assertEquals(new DatasetStatistics("hardening", 3, 0), source.statistics(DATASET));
        }
    }

    private static String failure(String filter) {
        try (MeasureSource source = open()) {
            return assertThrows(InvalidInputException.class, () -> source.aggregate(request(filter))).getMessage();
        }
    }

    private static MeasureSource open() {
        return new RoutingMeasureSource(List.of(DATASET), server.environment());
    }

    private static AggregationRequest request(String filter) {
        List<MeasureDefinition> measures = List.of(Fixtures.measure("probe", DATASET.id(), Aggregation.COUNT, null, filter));
        return Fixtures.monthly(DATASET, measures, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 1), "team");
    }

    private static String adminValue(String sql) throws SQLException {
        try (Connection admin = server.admin(); Statement statement = admin.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1).replace("f", "false").replace("t", "true");
        }
    }
}
