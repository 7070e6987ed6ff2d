package org.kpiengine.library;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * The sample CSV files as plain DuckDB views, for hand-written checking queries that share nothing
 * with the engine: the files are read with column types written out here from the sample data's
 * README (no type sniffing, no dataset YAML), and periods are quarter labels computed with DuckDB's
 * {@code year()} and {@code quarter()}.
 *
 * <p>Every checking query returns three columns: {@code period} (a label such as {@code 2025-Q1}),
 * {@code scope} (a team, or {@code All} for the total over every team) and {@code value} (a number,
 * or NULL for "no value").
 */
final class SampleDataSql implements AutoCloseable {

    /** The scope label of the total over every team; turned into a null segment by {@link #figures}. */
    static final String TOTAL = "All";

    private final Connection connection;

    SampleDataSql(Path sampleData, String firstDay, String cutoff) throws SQLException {
        connection = DriverManager.getConnection("jdbc:duckdb:");
        for (String statement : setup(sampleData, firstDay, cutoff)) {
            try (Statement s = connection.createStatement()) {
                s.execute(statement);
            }
        }
    }

    private static String[] setup(Path sampleData, String firstDay, String cutoff) {
        String dir = sampleData.toAbsolutePath().toString().replace("'", "''");
        return new String[] {
            // ---- The six files, read once, column by column as the sample data README describes them
            """
            CREATE TABLE complaints AS SELECT * FROM read_csv('%s/complaints.csv', header = true, columns = {
                'complaint_id': 'VARCHAR', 'received_at': 'TIMESTAMP', 'acknowledged_at': 'TIMESTAMP',
                'first_response_at': 'TIMESTAMP', 'resolved_at': 'TIMESTAMP', 'closed_at': 'TIMESTAMP',
                'channel': 'VARCHAR', 'team': 'VARCHAR', 'category': 'VARCHAR', 'product': 'VARCHAR',
                'severity': 'VARCHAR', 'status': 'VARCHAR', 'escalated': 'BOOLEAN',
                'departments_involved': 'INTEGER', 'contacts_until_resolved': 'INTEGER', 'reopened': 'BOOLEAN',
                'handling_minutes': 'INTEGER', 'resolution_cost': 'DOUBLE', 'within_sla': 'BOOLEAN',
                'customer_id': 'VARCHAR'})
            """.formatted(dir),
            """
            CREATE TABLE surveys AS SELECT * FROM read_csv('%s/survey_responses.csv', header = true, columns = {
                'complaint_id': 'VARCHAR', 'channel': 'VARCHAR', 'team': 'VARCHAR', 'answered_at': 'TIMESTAMP',
                'csat': 'INTEGER', 'nps': 'INTEGER', 'effort': 'INTEGER', 'resolution_satisfaction': 'INTEGER',
                'perception_before': 'INTEGER', 'perception_after': 'INTEGER', 'interaction_quality': 'INTEGER',
                'resolution_effective': 'BOOLEAN'})
            """.formatted(dir),
            """
            CREATE TABLE audits AS SELECT * FROM read_csv('%s/quality_audits.csv', header = true, columns = {
                'audit_id': 'VARCHAR', 'complaint_id': 'VARCHAR', 'team': 'VARCHAR', 'channel': 'VARCHAR',
                'audited_at': 'TIMESTAMP', 'points_achieved': 'INTEGER', 'points_possible': 'INTEGER',
                'quality_score': 'INTEGER'})
            """.formatted(dir),
            """
            CREATE TABLE agent_hours AS SELECT * FROM read_csv('%s/agent_hours.csv', header = true, columns = {
                'date': 'DATE', 'agent_id': 'VARCHAR', 'team': 'VARCHAR', 'hours_worked': 'DOUBLE'})
            """.formatted(dir),
            """
            CREATE TABLE customers AS SELECT * FROM read_csv('%s/customers.csv', header = true, columns = {
                'customer_id': 'VARCHAR', 'product': 'VARCHAR', 'region': 'VARCHAR', 'joined_at': 'TIMESTAMP',
                'left_at': 'TIMESTAMP', 'monthly_revenue': 'DOUBLE'})
            """.formatted(dir),
            """
            CREATE TABLE purchases AS SELECT * FROM read_csv('%s/purchases.csv', header = true, columns = {
                'purchase_id': 'VARCHAR', 'customer_id': 'VARCHAR', 'purchased_at': 'TIMESTAMP',
                'amount': 'DOUBLE', 'product': 'VARCHAR', 'is_repeat': 'BOOLEAN'})
            """.formatted(dir),

            // ---- Each team-carrying file twice: once per team, once for the total ('All') ---------
            "CREATE VIEW complaints_by_scope AS SELECT *, team AS scope FROM complaints"
                    + " UNION ALL SELECT *, 'All' AS scope FROM complaints",
            "CREATE VIEW surveys_by_scope AS SELECT *, team AS scope FROM surveys"
                    + " UNION ALL SELECT *, 'All' AS scope FROM surveys",
            "CREATE VIEW audits_by_scope AS SELECT *, team AS scope FROM audits"
                    + " UNION ALL SELECT *, 'All' AS scope FROM audits",
            "CREATE VIEW agent_hours_by_scope AS SELECT *, team AS scope FROM agent_hours"
                    + " UNION ALL SELECT *, 'All' AS scope FROM agent_hours",

            // ---- Periods ------------------------------------------------------------------------
            // The calendar quarter a timestamp (or date) falls in, named as the scorecard names it.
            "CREATE MACRO quarter_of(t) AS CAST(year(t) AS VARCHAR) || '-Q' || CAST(quarter(t) AS VARCHAR)",
            // Dated within the scorecard's quarters and not after the as-of day (before the cutoff,
            // the midnight that ends the as-of day).
            ("CREATE MACRO in_review(t) AS t >= TIMESTAMP '%s 00:00:00' AND t < TIMESTAMP '%s 00:00:00'")
                    .formatted(firstDay, cutoff),
            // The scorecard's quarters with the moments that bound them: starts_at is the first
            // moment of the quarter; ends_at is the first moment after it, but never later than the
            // cutoff (a state "at period end" cannot be observed after the data was taken).
            """
            CREATE TABLE quarters AS
            SELECT quarter_of(day) AS period,
                   CAST(day AS TIMESTAMP) AS starts_at,
                   least(CAST(day + INTERVAL 3 MONTH AS TIMESTAMP), TIMESTAMP '%2$s 00:00:00') AS ends_at
            FROM range(DATE '%1$s', DATE '%2$s', INTERVAL 3 MONTH) AS r(day)
            """.formatted(firstDay, cutoff),

            // ---- Arithmetic ---------------------------------------------------------------------
            // part / whole in floating point, NULL ("no value") when the whole is 0 or missing.
            "CREATE MACRO share(part, whole) AS CAST(part AS DOUBLE) / NULLIF(CAST(whole AS DOUBLE), 0)",
            // Elapsed seconds between two naive local timestamps, read as wall-clock times (as the
            // sample data was generated and as the measures' epoch() arithmetic reads them).
            "CREATE MACRO seconds_between(a, b) AS CAST(date_diff('second', a, b) AS DOUBLE)",
        };
    }

    /** Runs one checking query; keys are {@code period|scope}, with a null scope for the total. */
    Map<Cell, Double> figures(String sql) throws SQLException {
        Map<Cell, Double> figures = new HashMap<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                String period = rows.getString("period");
                String scope = rows.getString("scope");
                double number = rows.getDouble("value");
                Double value = rows.wasNull() ? null : number;
                Cell cell = new Cell(period, TOTAL.equals(scope) ? null : scope);
                if (figures.containsKey(cell)) {
                    throw new IllegalStateException("the query gives two rows for " + cell + ":\n" + sql);
                }
                figures.put(cell, value);
            }
        }
        return figures;
    }

    /** One period and segment (null for the total). */
    record Cell(String period, String segment) {
        @Override
        public String toString() {
            return period + " " + (segment == null ? TOTAL : segment);
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
