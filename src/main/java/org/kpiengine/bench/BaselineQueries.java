package org.kpiengine.bench;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.kpiengine.data.PeriodBounds;

/**
 * The hand-written baseline: ONE DuckDB query per data file, written here by hand (not by the
 * engine), computing every aggregate the starter library needs from that file, per month and per team
 * plus the total, in a single pass. Rows that count in more than one way (a complaint counts in the
 * month it was received, in the month it was resolved, and at the end of every month it stayed open)
 * are tagged with each way and month in a list that is unnested, so the file is read once.
 *
 * <p>Every query returns {@code basis, period_start, segment, is_total} and one column per measure;
 * a measure's value is read from the rows of its basis. The measures the library's KPIs use are
 * hard-coded on purpose (a measure no KPI uses, such as {@code purchasing_customers}, is left out,
 * as the engine leaves it out): when the library starts using another measure, the benchmark reports
 * it as not covered.
 */
final class BaselineQueries {

    /** One file's query and which measures its rows of each basis hold. */
    record Query(String datasetId, String fileName, String sql, Map<Integer, List<String>> measuresByBasis) {

        List<String> measures() {
            return measuresByBasis.values().stream().flatMap(List::stream).toList();
        }
    }

    /** The reporting window, as a person writing the queries would be told it. */
    record Window(List<PeriodBounds> periods, java.time.LocalDate cutoff) {

        String from() {
            return timestamp(periods.get(0).start());
        }

        /** The end of the last period, or the cutoff (the day after the as-of day) when that comes first. */
        String until() {
            java.time.LocalDate end = periods.get(periods.size() - 1).end();
            return timestamp(cutoff.isBefore(end) ? cutoff : end);
        }

        /** Each period's start with the moment a state is taken: its end (or the cutoff), or its start. */
        String boundaries(boolean atEnd) {
            return periods.stream().map(period -> {
                java.time.LocalDate boundary = !atEnd ? period.start()
                        : cutoff.isBefore(period.end()) ? cutoff : period.end();
                return "{'period_start': DATE '" + period.start() + "', 'boundary': " + timestamp(boundary) + "}";
            }).collect(Collectors.joining(", ", "[", "]"));
        }

        private static String timestamp(java.time.LocalDate day) {
            return "TIMESTAMP '" + day + " 00:00:00'";
        }
    }

    private BaselineQueries() {
    }

    static List<Query> all(Path data, Window window) {
        return List.of(complaints(data, window), customers(data, window), purchases(data, window),
                qualityAudits(data, window), surveyResponses(data, window), agentHours(data, window));
    }

    private static String file(Path data, String name) {
        return "'" + data.resolve(name).toAbsolutePath().toString().replace("'", "''") + "'";
    }

    static Query complaints(Path data, Window w) {
        String sql = """
                WITH tagged AS (
                    SELECT unnest(
                               CASE WHEN received_at >= %1$s AND received_at < %2$s
                                    THEN [{'basis': 1, 'period_start': CAST(date_trunc('month', received_at) AS DATE)}]
                                    ELSE [] END
                            || CASE WHEN resolved_at >= %1$s AND resolved_at < %2$s
                                    THEN [{'basis': 2, 'period_start': CAST(date_trunc('month', resolved_at) AS DATE)}]
                                    ELSE [] END
                            || list_transform(
                                   list_filter(%3$s, e -> received_at < e.boundary
                                                          AND (resolved_at IS NULL OR resolved_at >= e.boundary)),
                                   e -> {'basis': 3, 'period_start': e.period_start})) AS tag,
                           received_at, acknowledged_at, first_response_at, resolved_at, team, status, escalated,
                           departments_involved, contacts_until_resolved, reopened, handling_minutes, resolution_cost,
                           within_sla
                    FROM read_csv(%4$s, header = true, types = {'received_at': 'TIMESTAMP'})
                )
                SELECT tag.basis AS basis, tag.period_start AS period_start,
                       CAST(team AS VARCHAR) AS segment, GROUPING(team) AS is_total,
                       count(*) FILTER (WHERE tag.basis = 1) AS complaints_received,
                       count(*) FILTER (WHERE tag.basis = 1 AND status IN ('resolved', 'closed')) AS complaints_resolved,
                       count(*) FILTER (WHERE tag.basis = 1 AND escalated) AS complaints_escalated,
                       count(*) FILTER (WHERE tag.basis = 1 AND first_response_at IS NOT NULL) AS complaints_responded,
                       avg((epoch(first_response_at) - epoch(received_at)) / 3600.0)
                           FILTER (WHERE tag.basis = 1 AND first_response_at IS NOT NULL) AS average_first_response_hours,
                       stddev_samp((epoch(first_response_at) - epoch(received_at)) / 3600.0)
                           FILTER (WHERE tag.basis = 1 AND first_response_at IS NOT NULL) AS first_response_hours_std_dev,
                       count(*) FILTER (WHERE tag.basis = 1 AND acknowledged_at IS NOT NULL
                           AND epoch(acknowledged_at) - epoch(received_at) <= 86400) AS complaints_acknowledged_in_time,
                       count(*) FILTER (WHERE tag.basis = 1 AND resolved_at IS NOT NULL AND departments_involved > 1)
                           AS complaints_resolved_cross_functional,
                       count(*) FILTER (WHERE tag.basis = 1 AND (resolved_at IS NOT NULL OR NOT within_sla))
                           AS complaints_sla_decided,
                       count(*) FILTER (WHERE tag.basis = 1 AND resolved_at IS NOT NULL AND within_sla)
                           AS complaints_within_sla,
                       count(*) FILTER (WHERE tag.basis = 1 AND (resolved_at IS NOT NULL OR reopened))
                           AS complaints_resolved_at_least_once,
                       count(*) FILTER (WHERE tag.basis = 1 AND reopened) AS complaints_reopened,
                       count(DISTINCT date_trunc('month', received_at)) FILTER (WHERE tag.basis = 1) AS months_in_period,
                       count(*) FILTER (WHERE tag.basis = 2) AS resolutions_in_period,
                       count(*) FILTER (WHERE tag.basis = 2 AND contacts_until_resolved = 1) AS first_contact_resolutions,
                       avg((epoch(resolved_at) - epoch(received_at)) / 86400.0) FILTER (WHERE tag.basis = 2)
                           AS average_resolution_days,
                       sum(resolution_cost) FILTER (WHERE tag.basis = 2 AND resolution_cost IS NOT NULL)
                           AS resolution_cost_total,
                       sum(handling_minutes) FILTER (WHERE tag.basis = 2) AS handling_minutes_resolved,
                       count(*) FILTER (WHERE tag.basis = 3) AS complaints_open_at_period_end
                FROM tagged
                GROUP BY GROUPING SETS ((tag.basis, tag.period_start, team), (tag.basis, tag.period_start))
                """.formatted(w.from(), w.until(), w.boundaries(true), file(data, "complaints.csv"));
        Map<Integer, List<String>> measures = new LinkedHashMap<>();
        measures.put(1, List.of("complaints_received", "complaints_resolved", "complaints_escalated",
                "complaints_responded", "average_first_response_hours", "first_response_hours_std_dev",
                "complaints_acknowledged_in_time",
                "complaints_resolved_cross_functional", "complaints_sla_decided", "complaints_within_sla",
                "complaints_resolved_at_least_once", "complaints_reopened", "months_in_period"));
        measures.put(2, List.of("resolutions_in_period", "first_contact_resolutions", "average_resolution_days",
                "resolution_cost_total", "handling_minutes_resolved"));
        measures.put(3, List.of("complaints_open_at_period_end"));
        return new Query("complaints", "complaints.csv", sql, measures);
    }

    static Query customers(Path data, Window w) {
        String sql = """
                WITH tagged AS (
                    SELECT unnest(
                               CASE WHEN left_at >= %1$s AND left_at < %2$s
                                    THEN [{'basis': 1, 'period_start': CAST(date_trunc('month', left_at) AS DATE)}]
                                    ELSE [] END
                            || list_transform(
                                   list_filter(%3$s, s -> joined_at < s.boundary
                                                          AND (left_at IS NULL OR left_at >= s.boundary)),
                                   s -> {'basis': 2, 'period_start': s.period_start})) AS tag,
                           joined_at, left_at, monthly_revenue
                    FROM read_csv(%4$s, header = true, types = {'customer_id': 'VARCHAR', 'joined_at': 'TIMESTAMP',
                                  'left_at': 'TIMESTAMP', 'monthly_revenue': 'DECIMAL(18,4)'})
                )
                SELECT tag.basis AS basis, tag.period_start AS period_start,
                       CAST(NULL AS VARCHAR) AS segment, 1 AS is_total,
                       count(*) FILTER (WHERE tag.basis = 1) AS customers_lost,
                       avg((epoch(left_at) - epoch(joined_at)) / (86400.0 * 30.4375)) FILTER (WHERE tag.basis = 1)
                           AS average_lifespan_months,
                       count(*) FILTER (WHERE tag.basis = 2) AS customers_at_period_start,
                       avg(monthly_revenue) FILTER (WHERE tag.basis = 2 AND monthly_revenue IS NOT NULL)
                           AS average_monthly_revenue
                FROM tagged
                GROUP BY tag.basis, tag.period_start
                """.formatted(w.from(), w.until(), w.boundaries(false), file(data, "customers.csv"));
        Map<Integer, List<String>> measures = new LinkedHashMap<>();
        measures.put(1, List.of("customers_lost", "average_lifespan_months"));
        measures.put(2, List.of("customers_at_period_start", "average_monthly_revenue"));
        return new Query("customers", "customers.csv", sql, measures);
    }

    static Query purchases(Path data, Window w) {
        String sql = """
                SELECT 1 AS basis, CAST(date_trunc('month', purchased_at) AS DATE) AS period_start,
                       CAST(NULL AS VARCHAR) AS segment, 1 AS is_total,
                       count(DISTINCT customer_id) FILTER (WHERE is_repeat) AS repeat_purchasing_customers
                FROM read_csv(%3$s, header = true, types = {'purchase_id': 'VARCHAR', 'customer_id': 'VARCHAR',
                              'amount': 'DECIMAL(18,4)', 'is_repeat': 'BOOLEAN', 'purchased_at': 'TIMESTAMP'})
                WHERE purchased_at >= %1$s AND purchased_at < %2$s
                GROUP BY 2
                """.formatted(w.from(), w.until(), file(data, "purchases.csv"));
        return new Query("purchases", "purchases.csv", sql,
                Map.of(1, List.of("repeat_purchasing_customers")));
    }

    static Query qualityAudits(Path data, Window w) {
        String sql = """
                SELECT 1 AS basis, CAST(date_trunc('month', audited_at) AS DATE) AS period_start,
                       CAST(team AS VARCHAR) AS segment, GROUPING(team) AS is_total,
                       count(*) AS audits_completed,
                       avg(quality_score) FILTER (WHERE quality_score IS NOT NULL) AS average_quality_score,
                       sum(points_achieved) AS audit_points_achieved,
                       sum(points_possible) AS audit_points_possible
                FROM read_csv(%3$s, header = true, types = {'audit_id': 'VARCHAR', 'complaint_id': 'VARCHAR',
                              'points_achieved': 'DOUBLE', 'points_possible': 'DOUBLE', 'quality_score': 'DOUBLE',
                              'audited_at': 'TIMESTAMP'})
                WHERE audited_at >= %1$s AND audited_at < %2$s
                GROUP BY GROUPING SETS ((period_start, team), (period_start))
                """.formatted(w.from(), w.until(), file(data, "quality_audits.csv"));
        return new Query("quality_audits", "quality_audits.csv", sql, Map.of(1, List.of("audits_completed",
                "average_quality_score", "audit_points_achieved", "audit_points_possible")));
    }

    static Query surveyResponses(Path data, Window w) {
        String sql = """
                SELECT 1 AS basis, CAST(date_trunc('month', answered_at) AS DATE) AS period_start,
                       CAST(team AS VARCHAR) AS segment, GROUPING(team) AS is_total,
                       count(csat) AS csat_responses,
                       count(*) FILTER (WHERE csat >= 4) AS csat_satisfied,
                       count(nps) AS nps_responses,
                       count(*) FILTER (WHERE nps >= 9) AS nps_promoters,
                       count(*) FILTER (WHERE nps <= 6) AS nps_detractors,
                       count(effort) AS effort_responses,
                       avg(effort) AS average_effort,
                       count(resolution_satisfaction) AS resolution_satisfaction_responses,
                       sum(resolution_satisfaction) AS resolution_satisfaction_total,
                       count(*) FILTER (WHERE perception_before IS NOT NULL AND perception_after IS NOT NULL)
                           AS perception_responses,
                       count(*) FILTER (WHERE perception_after > perception_before) AS perception_improved,
                       count(interaction_quality) AS interaction_quality_responses,
                       sum(interaction_quality) AS interaction_quality_total,
                       count(resolution_effective) AS resolutions_assessed,
                       count(*) FILTER (WHERE resolution_effective) AS resolutions_effective
                FROM read_csv(%3$s, header = true, types = {'answered_at': 'TIMESTAMP'})
                WHERE answered_at >= %1$s AND answered_at < %2$s
                GROUP BY GROUPING SETS ((period_start, team), (period_start))
                """.formatted(w.from(), w.until(), file(data, "survey_responses.csv"));
        return new Query("survey_responses", "survey_responses.csv", sql, Map.of(1, List.of("csat_responses",
                "csat_satisfied", "nps_responses", "nps_promoters", "nps_detractors", "effort_responses",
                "average_effort", "resolution_satisfaction_responses", "resolution_satisfaction_total",
                "perception_responses", "perception_improved", "interaction_quality_responses",
                "interaction_quality_total", "resolutions_assessed", "resolutions_effective")));
    }

    static Query agentHours(Path data, Window w) {
        String sql = """
                SELECT 1 AS basis, CAST(date_trunc('month', "date") AS DATE) AS period_start,
                       CAST(team AS VARCHAR) AS segment, GROUPING(team) AS is_total,
                       sum(hours_worked) AS agent_hours_worked
                FROM read_csv(%3$s, header = true, types = {'date': 'DATE', 'agent_id': 'VARCHAR',
                              'hours_worked': 'DOUBLE'})
                WHERE "date" >= %1$s AND "date" < %2$s
                GROUP BY GROUPING SETS ((period_start, team), (period_start))
                """.formatted(w.from(), w.until(), file(data, "agent_hours.csv"));
        return new Query("agent_hours", "agent_hours.csv", sql, Map.of(1, List.of("agent_hours_worked")));
    }
}
