package org.kpiengine.definition.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Complete definitions written after docs/definition-language.md, using every key it lists. They must
 * pass the schemas; the broken documents in {@link SchemasRejectBrokenDefinitionsTest} are made from them.
 */
final class ContractExamples {

    static final String DATASET = """
            # yaml-language-server: $schema=../schemas/dataset.schema.json
            id: complaints
            name: Complaints
            description: One row per complaint received.
            source:
              format: csv
              path: ../sample-data/complaints.csv
              query_timeout: 30min
            time_column: received_at
            time_zone: Europe/London
            dimensions: [channel, team, category, product, severity]
            columns:
              complaint_id: varchar
              resolution_cost: decimal
              escalated: boolean
            """;

    static final String MEASURES = """
            # yaml-language-server: $schema=../schemas/measures.schema.json
            measures:
              - id: complaints_resolved
                name: complaints resolved
                description: Complaints with a resolution, by the month they were received.
                dataset: complaints
                aggregation: count
                expression: complaint_id
                filter: status IN ('resolved', 'closed')
              - id: customers_lost
                dataset: customers
                time_column: left_at
                aggregation: count
              - id: average_resolution_cost
                dataset: complaints
                aggregation: average
                expression: resolution_cost
              - id: complaints_open_at_period_end
                dataset: complaints
                aggregation: count
                state:
                  from: received_at
                  until: resolved_at
                  at: period_end
            """;

    /** The contract's KPI with one target and one band set in force at all times. */
    static final String KPI = """
            # yaml-language-server: $schema=../schemas/kpi.schema.json
            id: quality_of_resolution
            name: Quality of Resolution (QoR)
            category: complaint_resolution
            owner: Head of Customer Care
            version: 1.2.0
            status: active
            formula: resolutions_effective / resolutions_assessed * 100
            unit: percent
            format:
              decimals: 1
            direction: higher_is_better
            target: 85
            band_on: displayed_value
            bands:
              - label: Excellent
                min: 85
                colour: "#009E73"
                meaning: Resolutions hold; customers rarely come back.
              - label: Acceptable
                min: 70
                max: 85
                min_inclusive: true
                max_inclusive: false
                colour: "#E69F00"
              - label: Critical
                max: 70
                colour: "#D55E00"
            benchmarks:
              - value: 80
                source: Industry survey of financial services, 2024
                industry: financial_services
            iso_10002_clauses: ["8.2", "8.3"]
            review_cadence: quarterly
            minimum_sample: 30
            sample_measure: resolutions_assessed
            organisation_defined: [target, bands]
            catalog:
              definition: Share of resolved complaints whose resolution held.
              business_insights: Shows whether fixes last.
              measurement_approach: Follow-up review of resolved complaints.
              standard_formula: effective resolutions / assessed resolutions x 100
              trend_analysis: A falling trend means rework is rising.
              diagnostic_questions: [Which teams reopen most?, Which categories come back?]
              actionable_tips: [Review reopened cases weekly]
              visualization_suggestions: [Line chart by month with the target line]
              risk_warnings: [Small samples swing widely]
              tools_and_technologies: [CRM case history]
              integration_points: [Complaint resolution rate]
              change_impact: Fewer repeat contacts and lower handling cost.
            """;

    /** The contract's alternatives: dated and per-segment targets, dated band sets, a target range, currency. */
    static final String KPI_DATED = """
            # yaml-language-server: $schema=../schemas/kpi.schema.json
            id: average_resolution_cost
            name: Average Resolution Cost
            category: operational_efficiency
            status: draft
            formula: average_resolution_cost
            unit: currency
            format:
              decimals: 2
              currency: EUR
            scale: {min: 0, max: 1000}
            direction: target_range
            targets:
              - value: 80
                until: 2025-12-31
              - value: 85
                from: 2026-01-01
              - value: 75
                segment: delta
            target_range: {min: 20, max: 40}
            band_sets:
              - until: 2025-12-31
                bands:
                  - label: Inside
                    colour: "#009E73"
              - from: 2026-01-01
                bands:
                  - label: Low
                    max: 20
                    colour: "#E69F00"
                  - label: Inside
                    min: 20
                    max: 40
                    max_inclusive: true
                    colour: "#009E73"
                  - label: High
                    min: 40
                    min_inclusive: false
                    colour: "#D55E00"
            """;

    static final String SCORECARD = """
            # yaml-language-server: $schema=../schemas/scorecard.schema.json
            id: management_review
            title: Complaint Handling - Quarterly Management Review
            organisation: Example Retail Ltd
            sections:
              - title: Customer satisfaction
                kpis: [csat, nps, customer_effort_score]
              - title: Resolution
                kpis: [complaint_resolution_rate, quality_of_resolution]
            period:
              grain: quarter
              trailing: 6
            segment_by: team
            template: scorecard.jrxml
            language: en
            retention: 10 years
            sign_off:
              - role: Head of Customer Care
                meaning: Figures reviewed and accepted
              - role: Quality Manager
            """;

    static final String SCORECARD_KPIS = """
            id: complaints_monthly
            title: Complaint Handling Scorecard
            kpis: [complaint_resolution_rate, csat]
            period:
              grain: month
            """;

    private ContractExamples() {
    }

    /** The text with one occurrence of {@code old} replaced, failing if it does not occur exactly once. */
    static String replace(String text, String old, String replacement) {
        int at = text.indexOf(old);
        assertEquals(true, at >= 0 && text.indexOf(old, at + 1) < 0, () -> "'" + old + "' must occur exactly once");
        return text.substring(0, at) + replacement + text.substring(at + old.length());
    }

    /** The text with one line added after the line {@code after}. */
    static String insertAfter(String text, String after, String lines) {
        return replace(text, after + "\n", after + "\n" + lines + "\n");
    }
}
