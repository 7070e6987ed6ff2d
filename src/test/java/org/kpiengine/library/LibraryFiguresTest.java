package org.kpiengine.library;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;
import org.kpiengine.api.KpiEngine;
import org.kpiengine.definition.KpiDefinition;
import org.kpiengine.evaluation.KpiValue;
import org.kpiengine.evaluation.Period;
import org.kpiengine.evaluation.ScorecardEvaluation;
import org.kpiengine.library.SampleDataSql.Cell;

/**
 * Every KPI of the {@code management_review} scorecard, for every quarter, every team and the total,
 * equals a figure re-derived from the sample CSV files by a hand-written query below. The queries are
 * written from each KPI's meaning and from its formula and measures as the YAML defines them; they do
 * not use the engine's SQL building or formula evaluation. Only the engine's public API is called.
 *
 * <p>The scorecard is quarterly, five quarters back from the day of the latest record (2026-03-31),
 * segmented by team. KPIs resting on customers or purchases, which carry no team, have a total only.
 */
class LibraryFiguresTest {

    private static final String SCORECARD = "management_review";
    private static final String FIRST_DAY = "2025-01-01";
    /** The day after the as-of date: records from this moment on are not in the scorecard. */
    private static final String CUTOFF = "2026-04-01";
    private static final List<String> QUARTERS = List.of("2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1");
    private static final List<String> TEAMS = List.of("alpha", "bravo", "charlie", "delta");
    /** KPIs that read customers.csv or purchases.csv, neither of which has a team column. */
    private static final Set<String> TOTAL_ONLY = Set.of("complaints_per_1000_customers", "customer_churn_rate",
            "repeat_purchase_rate", "customer_lifetime_value");
    private static final double RELATIVE_TOLERANCE = 1e-9;

    private static ScorecardEvaluation evaluation;
    private static SampleDataSql sampleData;

    @BeforeAll
    static void evaluate() throws SQLException {
        KpiEngine engine = KpiEngine.load(Path.of("kpi-definitions"));
        evaluation = engine.evaluate(engine.scorecard(Optional.of(SCORECARD)), Optional.empty()).evaluation();
        sampleData = new SampleDataSql(Path.of("sample-data"), FIRST_DAY, CUTOFF);
    }

    @AfterAll
    static void close() throws SQLException {
        if (sampleData != null) {
            sampleData.close();
        }
    }

    /**
     * One query per KPI. Conventions (see {@link SampleDataSql}): {@code *_by_scope} views hold every
     * row once under its team and once under {@code 'All'}; {@code quarter_of(t)} names a quarter;
     * {@code in_review(t)} keeps rows dated in the five quarters up to the as-of day; the table
     * {@code quarters} holds each quarter's {@code starts_at} and (capped) {@code ends_at};
     * {@code share(a, b)} is a / b, NULL when b is 0; {@code seconds_between(a, b)} is wall-clock seconds.
     */
    private static Map<String, String> independentQueries() {
        Map<String, String> sql = new LinkedHashMap<>();

        // ================================ Customer satisfaction ================================
        // Survey KPIs count each answered survey in the quarter it was answered (answered_at).

        sql.put("csat", """
                -- CSAT: surveys rating the handling 4 or 5, in percent of the surveys with a CSAT rating.
                SELECT quarter_of(answered_at) AS period, scope,
                       100 * share(count_if(csat >= 4), count(csat)) AS value
                FROM surveys_by_scope
                WHERE in_review(answered_at)
                GROUP BY period, scope
                """);

        sql.put("nps", """
                -- NPS: promoters (9-10) minus detractors (0-6), in points per 100 NPS ratings.
                SELECT quarter_of(answered_at) AS period, scope,
                       100 * share(count_if(nps >= 9) - count_if(nps <= 6), count(nps)) AS value
                FROM surveys_by_scope
                WHERE in_review(answered_at)
                GROUP BY period, scope
                """);

        sql.put("customer_effort_score", """
                -- CES: the mean effort rating (1-7) of the surveys that give one.
                SELECT quarter_of(answered_at) AS period, scope,
                       avg(effort) AS value
                FROM surveys_by_scope
                WHERE in_review(answered_at)
                GROUP BY period, scope
                """);

        sql.put("resolution_satisfaction_score", """
                -- RSS: the mean satisfaction-with-the-outcome score (0-100) of the surveys that give one.
                SELECT quarter_of(answered_at) AS period, scope,
                       share(sum(resolution_satisfaction), count(resolution_satisfaction)) AS value
                FROM surveys_by_scope
                WHERE in_review(answered_at)
                GROUP BY period, scope
                """);

        sql.put("customer_perception_change", """
                -- Perception change: surveys whose after-score beats the before-score, in percent of
                -- the surveys that give both scores.
                SELECT quarter_of(answered_at) AS period, scope,
                       100 * share(count_if(perception_after > perception_before),
                                   count_if(perception_before IS NOT NULL AND perception_after IS NOT NULL)) AS value
                FROM surveys_by_scope
                WHERE in_review(answered_at)
                GROUP BY period, scope
                """);

        sql.put("complaints_per_1000_customers", """
                -- Complaints received in the quarter per 1,000 customers active when it began, per
                -- month: divided by the months of the quarter in which complaints were received.
                -- Total only: customers carry no team.
                WITH intake AS (
                    SELECT quarter_of(received_at) AS period,
                           count(*) AS complaints,
                           count(DISTINCT month(received_at)) AS months
                    FROM complaints
                    WHERE in_review(received_at)
                    GROUP BY period),
                base AS (   -- active at the first moment of the quarter: joined before, not left before
                    SELECT q.period,
                           count_if(c.joined_at < q.starts_at AND (c.left_at IS NULL OR c.left_at >= q.starts_at)) AS customers
                    FROM quarters q CROSS JOIN customers c
                    GROUP BY q.period)
                SELECT period, 'All' AS scope,
                       share(intake.complaints, base.customers) * 1000 / intake.months AS value
                FROM intake JOIN base USING (period)
                """);

        // ================================ Complaint resolution =================================
        // Unless said otherwise, a complaint counts in the quarter it was received (received_at).

        sql.put("complaint_resolution_rate", """
                -- Complaints with a resolution by now (status resolved or closed), in percent of all
                -- complaints received in the quarter.
                SELECT quarter_of(received_at) AS period, scope,
                       100 * share(count_if(status IN ('resolved', 'closed')), count(*)) AS value
                FROM complaints_by_scope
                WHERE in_review(received_at)
                GROUP BY period, scope
                """);

        sql.put("quality_of_resolution", """
                -- QoR: surveys saying the resolution fixed the problem, in percent of the surveys that
                -- answer the question (an empty resolution_effective is left out of both sides).
                SELECT quarter_of(answered_at) AS period, scope,
                       100 * share(count_if(resolution_effective), count(resolution_effective)) AS value
                FROM surveys_by_scope
                WHERE in_review(answered_at)
                GROUP BY period, scope
                """);

        sql.put("average_resolution_time", """
                -- Mean days from receipt to final resolution over the complaints RESOLVED in the quarter.
                SELECT quarter_of(resolved_at) AS period, scope,
                       avg(seconds_between(received_at, resolved_at) / 86400) AS value
                FROM complaints_by_scope
                WHERE in_review(resolved_at)
                GROUP BY period, scope
                """);

        sql.put("first_contact_resolution_rate", """
                -- Complaints RESOLVED in the quarter after exactly one customer contact, in percent of
                -- all complaints resolved in the quarter.
                SELECT quarter_of(resolved_at) AS period, scope,
                       100 * share(count_if(contacts_until_resolved = 1), count(*)) AS value
                FROM complaints_by_scope
                WHERE in_review(resolved_at)
                GROUP BY period, scope
                """);

        sql.put("complaint_reopen_rate", """
                -- Complaints reopened, in percent of those resolved at least once (resolved now, or
                -- reopened and open again).
                SELECT quarter_of(received_at) AS period, scope,
                       100 * share(count_if(reopened), count_if(resolved_at IS NOT NULL OR reopened)) AS value
                FROM complaints_by_scope
                WHERE in_review(received_at)
                GROUP BY period, scope
                """);

        sql.put("complaint_escalation_rate", """
                -- Complaints escalated beyond first-line handling, in percent of all received.
                SELECT quarter_of(received_at) AS period, scope,
                       100 * share(count_if(escalated), count(*)) AS value
                FROM complaints_by_scope
                WHERE in_review(received_at)
                GROUP BY period, scope
                """);

        sql.put("complaint_backlog", """
                -- Complaints open at the end of the quarter: received before its end and not resolved
                -- before it (resolved_at empty or at/after the end). The end of the last quarter is
                -- the cutoff. A scope with nothing open has a backlog of 0.
                SELECT q.period, c.scope,
                       count_if(c.received_at < q.ends_at AND (c.resolved_at IS NULL OR c.resolved_at >= q.ends_at)) AS value
                FROM quarters q CROSS JOIN complaints_by_scope c
                GROUP BY q.period, c.scope
                """);

        sql.put("cross_functional_resolution_rate", """
                -- Complaints resolved with more than one department involved, in percent of all
                -- received (open ones count in the denominator only).
                SELECT quarter_of(received_at) AS period, scope,
                       100 * share(count_if(resolved_at IS NOT NULL AND departments_involved > 1), count(*)) AS value
                FROM complaints_by_scope
                WHERE in_review(received_at)
                GROUP BY period, scope
                """);

        // ================================ Operational efficiency ===============================

        sql.put("average_response_time", """
                -- Mean hours from receipt to first substantive response, over the complaints received
                -- in the quarter that have had one (avg skips the NULL differences of the others).
                SELECT quarter_of(received_at) AS period, scope,
                       avg(seconds_between(received_at, first_response_at) / 3600) AS value
                FROM complaints_by_scope
                WHERE in_review(received_at)
                GROUP BY period, scope
                """);

        sql.put("average_handling_time", """
                -- Staff minutes recorded on the complaints RESOLVED in the quarter, per such complaint.
                SELECT quarter_of(resolved_at) AS period, scope,
                       share(sum(handling_minutes), count(*)) AS value
                FROM complaints_by_scope
                WHERE in_review(resolved_at)
                GROUP BY period, scope
                """);

        sql.put("employee_productivity_rate", """
                -- Complaints RESOLVED in the quarter per agent hour worked in the quarter (same team).
                WITH handled AS (
                    SELECT quarter_of(resolved_at) AS period, scope, count(*) AS resolved
                    FROM complaints_by_scope
                    WHERE in_review(resolved_at)
                    GROUP BY period, scope),
                worked AS (
                    SELECT quarter_of(date) AS period, scope, sum(hours_worked) AS hours
                    FROM agent_hours_by_scope
                    WHERE in_review(date)
                    GROUP BY period, scope)
                SELECT period, scope, share(coalesce(handled.resolved, 0), worked.hours) AS value  -- none resolved: 0
                FROM handled FULL JOIN worked USING (period, scope)
                """);

        sql.put("complaint_resolution_efficiency", """
                -- Complaints RESOLVED in the quarter per staff hour booked on them.
                SELECT quarter_of(resolved_at) AS period, scope,
                       share(count(*), sum(handling_minutes) / 60.0) AS value
                FROM complaints_by_scope
                WHERE in_review(resolved_at)
                GROUP BY period, scope
                """);

        sql.put("complaint_resolution_cost", """
                -- Resolution cost of the complaints RESOLVED in the quarter, per such complaint.
                SELECT quarter_of(resolved_at) AS period, scope,
                       share(sum(resolution_cost), count(*)) AS value
                FROM complaints_by_scope
                WHERE in_review(resolved_at)
                GROUP BY period, scope
                """);

        sql.put("cost_per_complaint", """
                -- Resolution costs booked in the quarter (complaints RESOLVED in it) per complaint
                -- RECEIVED in it: two different sets of complaints, each dated by its own column.
                WITH costs AS (
                    SELECT quarter_of(resolved_at) AS period, scope, sum(resolution_cost) AS cost
                    FROM complaints_by_scope
                    WHERE in_review(resolved_at)
                    GROUP BY period, scope),
                intake AS (
                    SELECT quarter_of(received_at) AS period, scope, count(*) AS received
                    FROM complaints_by_scope
                    WHERE in_review(received_at)
                    GROUP BY period, scope)
                SELECT period, scope, share(coalesce(costs.cost, 0), intake.received) AS value  -- none resolved: 0
                FROM costs FULL JOIN intake USING (period, scope)
                """);

        // ================================ Customer retention ===================================
        // Customers and purchases carry no team: these KPIs are for the total only.

        sql.put("customer_churn_rate", """
                -- Customers who left in the quarter (by left_at), in percent of the customers active
                -- when it began, per month (divided by the months of the quarter with complaints).
                WITH lost AS (
                    SELECT quarter_of(left_at) AS period, count(*) AS customers
                    FROM customers
                    WHERE in_review(left_at)
                    GROUP BY period),
                base AS (
                    SELECT q.period,
                           count_if(c.joined_at < q.starts_at AND (c.left_at IS NULL OR c.left_at >= q.starts_at)) AS customers
                    FROM quarters q CROSS JOIN customers c
                    GROUP BY q.period),
                months AS (
                    SELECT quarter_of(received_at) AS period, count(DISTINCT month(received_at)) AS months
                    FROM complaints
                    WHERE in_review(received_at)
                    GROUP BY period)
                SELECT period, 'All' AS scope,
                       100 * share(coalesce(lost.customers, 0), base.customers) / months.months AS value  -- nobody left: 0
                FROM base JOIN months USING (period) LEFT JOIN lost USING (period)
                """);

        sql.put("repeat_purchase_rate", """
                -- Distinct customers with a repeat purchase (is_repeat) in the quarter, in percent of
                -- the customers active when it began.
                WITH buyers AS (
                    SELECT quarter_of(purchased_at) AS period, count(DISTINCT customer_id) AS customers
                    FROM purchases
                    WHERE in_review(purchased_at) AND is_repeat
                    GROUP BY period),
                base AS (
                    SELECT q.period,
                           count_if(c.joined_at < q.starts_at AND (c.left_at IS NULL OR c.left_at >= q.starts_at)) AS customers
                    FROM quarters q CROSS JOIN customers c
                    GROUP BY q.period)
                SELECT period, 'All' AS scope, 100 * share(coalesce(buyers.customers, 0), base.customers) AS value
                FROM base LEFT JOIN buyers USING (period)
                """);

        sql.put("customer_lifetime_value", """
                -- Mean monthly revenue of the customers active when the quarter began, times the mean
                -- lifespan (joined to left, in months of 30.4375 days) of the customers who left in it.
                WITH revenue AS (
                    SELECT q.period,
                           avg(c.monthly_revenue) FILTER (WHERE c.joined_at < q.starts_at
                                                          AND (c.left_at IS NULL OR c.left_at >= q.starts_at)) AS monthly
                    FROM quarters q CROSS JOIN customers c
                    GROUP BY q.period),
                lifespan AS (
                    SELECT quarter_of(left_at) AS period,
                           avg(seconds_between(joined_at, left_at) / 86400 / 30.4375) AS months
                    FROM customers
                    WHERE in_review(left_at)
                    GROUP BY period)
                SELECT period, 'All' AS scope, revenue.monthly * lifespan.months AS value
                FROM revenue LEFT JOIN lifespan USING (period)
                """);

        // ================================ Quality assurance ====================================

        sql.put("sla_compliance", """
                -- Complaints resolved within their SLA, in percent of those whose SLA outcome is
                -- settled: resolved (in time or late) or still open with the deadline passed
                -- (within_sla false). Open complaints still within their deadline are left out.
                SELECT quarter_of(received_at) AS period, scope,
                       100 * share(count_if(resolved_at IS NOT NULL AND within_sla),
                                   count_if(resolved_at IS NOT NULL OR NOT within_sla)) AS value
                FROM complaints_by_scope
                WHERE in_review(received_at)
                GROUP BY period, scope
                """);

        sql.put("acknowledgement_within_sla", """
                -- Complaints acknowledged within 24 hours of receipt (24:00:00 exactly still counts),
                -- in percent of all received; never acknowledged counts as missed.
                SELECT quarter_of(received_at) AS period, scope,
                       100 * share(count_if(acknowledged_at IS NOT NULL
                                            AND seconds_between(received_at, acknowledged_at) <= 24 * 3600),
                                   count(*)) AS value
                FROM complaints_by_scope
                WHERE in_review(received_at)
                GROUP BY period, scope
                """);

        sql.put("customer_quality_interaction_score", """
                -- CQIS: the mean staff-interaction rating (0-100) of the surveys that give one.
                SELECT quarter_of(answered_at) AS period, scope,
                       share(sum(interaction_quality), count(interaction_quality)) AS value
                FROM surveys_by_scope
                WHERE in_review(answered_at)
                GROUP BY period, scope
                """);

        sql.put("quality_score", """
                -- The mean auditor quality score (0-100) of the audits carried out in the quarter
                -- (audited_at, not the complaint's receipt).
                SELECT quarter_of(audited_at) AS period, scope,
                       avg(quality_score) AS value
                FROM audits_by_scope
                WHERE in_review(audited_at)
                GROUP BY period, scope
                """);

        sql.put("customer_service_audit_score", """
                -- Checklist points achieved in percent of points possible, summed over the audits
                -- carried out in the quarter (so audits with more checks weigh more).
                SELECT quarter_of(audited_at) AS period, scope,
                       100 * share(sum(points_achieved), sum(points_possible)) AS value
                FROM audits_by_scope
                WHERE in_review(audited_at)
                GROUP BY period, scope
                """);

        return sql;
    }

    @Test
    void theScorecardCoversFiveQuartersOfFourTeamsAsOfTheLatestRecord() {
        assertEquals("2026-03-31", evaluation.asOf().toString());
        assertEquals(QUARTERS, evaluation.periods().stream().map(Period::label).toList());
        assertEquals(TEAMS, evaluation.segments());
        assertEquals(independentQueries().keySet().stream().sorted().toList(),
                evaluation.kpis().stream().map(KpiDefinition::id).sorted().toList(),
                "every KPI of the scorecard has exactly one independent query");
    }

    /** One dynamic test per KPI; each reports every mismatching cell at once. */
    @TestFactory
    Stream<DynamicTest> everyKpiMatchesItsIndependentFigureInEveryQuarterAndTeam() {
        List<DynamicTest> tests = new ArrayList<>();
        independentQueries().forEach((kpiId, sql) -> tests.add(DynamicTest.dynamicTest(kpiId, () -> {
            Map<Cell, Double> expected = sampleData.figures(sql);
            List<Executable> checks = new ArrayList<>();
            for (Cell cell : cellsOf(kpiId)) {
                checks.add(() -> compare(kpiId, cell, expected));
            }
            Set<Cell> unexpected = new TreeSet<>(Comparator.comparing(Cell::toString));
            unexpected.addAll(expected.keySet());
            cellsOf(kpiId).forEach(unexpected::remove);
            checks.add(() -> assertTrue(unexpected.isEmpty(),
                    kpiId + ": the independent query gives figures outside the scorecard: " + unexpected));
            assertAll(kpiId, checks);
        })));
        return tests.stream();
    }

    @Test
    void kpisOverDataWithoutATeamHaveNoFigurePerTeam() {
        List<Executable> checks = new ArrayList<>();
        for (String kpiId : TOTAL_ONLY) {
            for (Period period : evaluation.periods()) {
                for (String team : TEAMS) {
                    checks.add(() -> assertTrue(
                            evaluation.value(kpiId, period, team).map(KpiValue::value).isEmpty(),
                            kpiId + " " + period.label() + " " + team + " has a figure, but its data has no team"));
                }
            }
        }
        assertAll(checks);
    }

    @Test
    void comparesEveryCellOfTheScorecard() {
        int cells = independentQueries().keySet().stream().mapToInt(kpiId -> cellsOf(kpiId).size()).sum();
        // 24 KPIs x 5 quarters x (4 teams + total), 4 total-only KPIs x 5 quarters
        assertEquals(24 * 5 * 5 + 4 * 5, cells);
    }

    /** The cells a KPI is shown in: every quarter, for every team (unless total-only) and the total. */
    private static List<Cell> cellsOf(String kpiId) {
        List<Cell> cells = new ArrayList<>();
        for (String quarter : QUARTERS) {
            if (!TOTAL_ONLY.contains(kpiId)) {
                TEAMS.forEach(team -> cells.add(new Cell(quarter, team)));
            }
            cells.add(new Cell(quarter, null));
        }
        return cells;
    }

    private static void compare(String kpiId, Cell cell, Map<Cell, Double> expected) {
        Period period = evaluation.periods().stream().filter(p -> p.label().equals(cell.period())).findFirst()
                .orElseThrow(() -> new AssertionError("the scorecard has no period " + cell.period()));
        KpiValue got = evaluation.value(kpiId, period, cell.segment())
                .orElseThrow(() -> new AssertionError(kpiId + " " + cell + ": the engine reports nothing"));
        Double want = expected.get(cell);
        String where = kpiId + " " + cell;
        if (want == null) {
            assertTrue(got.value() == null, where + ": expected no value, the engine gives " + got.value());
            return;
        }
        if (got.value() == null) {
            fail(where + ": expected " + want + ", the engine gives no value (" + got.noValueReason() + ")");
        }
        double difference = Math.abs(got.value() - want);
        assertTrue(difference <= RELATIVE_TOLERANCE * Math.abs(want),
                where + ": expected " + want + ", the engine gives " + got.value());
    }
}
