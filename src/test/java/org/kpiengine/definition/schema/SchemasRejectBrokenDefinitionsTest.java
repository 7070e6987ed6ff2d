package org.kpiengine.definition.schema;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kpiengine.definition.schema.ContractExamples.insertAfter;
import static org.kpiengine.definition.schema.ContractExamples.replace;

import com.networknt.schema.Error;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kpiengine.definition.schema.DefinitionSchemas.Kind;

/**
 * The schemas accept everything the definition language allows and reject the mistakes people make,
 * naming the key at fault so that an editor underlines the right place.
 */
class SchemasRejectBrokenDefinitionsTest {

    record Example(String name, Kind kind, String yaml) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** A broken document and the key its error must name. */
    record Broken(String name, Kind kind, String yaml, String key) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Example> validExamples() {
        return Stream.of(
                new Example("dataset with every key", Kind.DATASET, ContractExamples.DATASET),
                new Example("dataset with only the required keys", Kind.DATASET, """
                        id: survey_responses
                        source: {format: parquet, path: /data/survey.parquet}
                        time_column: answered_at
                        """),
                new Example("measures: plain, own time column, average and state", Kind.MEASURES,
                        ContractExamples.MEASURES),
                new Example("state measure at period start", Kind.MEASURES,
                        replace(ContractExamples.MEASURES, "at: period_end", "at: period_start")),
                new Example("count_distinct with an expression", Kind.MEASURES, """
                        measures:
                          - id: customers_complaining
                            dataset: complaints
                            aggregation: count_distinct
                            expression: customer_id
                        """),
                new Example("KPI with target, bands, benchmarks and catalog", Kind.KPI, ContractExamples.KPI),
                new Example("KPI with dated targets, band sets, target range and currency", Kind.KPI,
                        ContractExamples.KPI_DATED),
                new Example("KPI with only the required keys", Kind.KPI, """
                        id: nps
                        name: Net Promoter Score (NPS)
                        category: customer_satisfaction
                        formula: (nps_promoters - nps_detractors) / nps_responses * 100
                        unit: points
                        direction: neither
                        """),
                new Example("KPI with organisation-defined benchmarks", Kind.KPI,
                        replace(ContractExamples.KPI, "organisation_defined: [target, bands]",
                                "organisation_defined: [target, bands, benchmarks]")),
                new Example("KPI with a partial catalog", Kind.KPI, ContractExamples.KPI.replaceAll(
                        "(?m)^  (business_insights|actionable_tips|change_impact):.*\\n", "")),
                new Example("scorecard with sections and sign-off", Kind.SCORECARD, ContractExamples.SCORECARD),
                new Example("scorecard listing KPIs", Kind.SCORECARD, ContractExamples.SCORECARD_KPIS));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validExamples")
    void acceptsWhatTheLanguageAllows(Example example) {
        List<Error> errors = DefinitionSchemas.validate(example.kind(), example.yaml());
        assertTrue(errors.isEmpty(), () -> DefinitionSchemas.describe(errors));
    }

    static Stream<Broken> brokenDocuments() {
        String dataset = ContractExamples.DATASET;
        String measures = ContractExamples.MEASURES;
        String kpi = ContractExamples.KPI;
        String dated = ContractExamples.KPI_DATED;
        String scorecard = ContractExamples.SCORECARD;
        String listing = ContractExamples.SCORECARD_KPIS;
        return Stream.of(
                // datasets
                new Broken("dataset: unknown key", Kind.DATASET,
                        replace(dataset, "time_column:", "time_columns:"), "time_columns"),
                new Broken("dataset: unknown key in source", Kind.DATASET,
                        insertAfter(dataset, "  format: csv", "  url: https://example.com/complaints.csv"), "url"),
                new Broken("dataset: missing source", Kind.DATASET, """
                        id: complaints
                        time_column: received_at
                        """, "source"),
                new Broken("dataset: missing time column", Kind.DATASET,
                        replace(dataset, "time_column: received_at\n", ""), "time_column"),
                new Broken("dataset: unknown source format", Kind.DATASET,
                        replace(dataset, "format: csv", "format: xlsx"), "format"),
                new Broken("dataset: unknown column type", Kind.DATASET,
                        replace(dataset, "complaint_id: varchar", "complaint_id: text"), "complaint_id"),
                new Broken("dataset: id with capitals", Kind.DATASET,
                        replace(dataset, "id: complaints", "id: Complaints"), "id"),
                new Broken("dataset: dimensions as one string", Kind.DATASET,
                        replace(dataset, "dimensions: [channel, team, category, product, severity]",
                                "dimensions: channel, team"), "dimensions"),
                new Broken("dataset: query timeout in days", Kind.DATASET,
                        replace(dataset, "query_timeout: 30min", "query_timeout: 2 days"), "query_timeout"),
                // measures
                new Broken("measures: unknown key", Kind.MEASURES,
                        replace(measures, "filter: status", "filters: status"), "filters"),
                new Broken("measures: unknown aggregation", Kind.MEASURES,
                        replace(measures, "aggregation: average", "aggregation: mode"), "aggregation"),
                new Broken("measures: sum without expression", Kind.MEASURES, """
                        measures:
                          - id: total_cost
                            dataset: complaints
                            aggregation: sum
                        """, "expression"),
                new Broken("measures: missing dataset", Kind.MEASURES,
                        replace(measures, "    dataset: customers\n", ""), "dataset"),
                new Broken("measures: id with a hyphen", Kind.MEASURES,
                        replace(measures, "id: customers_lost", "id: customers-lost"), "id"),
                new Broken("measures: unknown state moment", Kind.MEASURES,
                        replace(measures, "at: period_end", "at: midday"), "at"),
                new Broken("measures: state without until", Kind.MEASURES,
                        replace(measures, "      until: resolved_at\n", ""), "until"),
                new Broken("measures: state measure with its own time column", Kind.MEASURES,
                        replace(measures, "      at: period_end", "      at: period_end\n    time_column: closed_at"),
                        "time_column"),
                new Broken("measures: a single measure instead of a list", Kind.MEASURES, """
                        measures:
                          id: complaints_received
                          dataset: complaints
                          aggregation: count
                        """, "measures"),
                new Broken("measures: key beside the list", Kind.MEASURES,
                        "dataset: complaints\n" + measures, "dataset"),
                // KPIs
                new Broken("KPI: unknown key", Kind.KPI,
                        insertAfter(kpi, "owner: Head of Customer Care", "description: Not a KPI key."), "description"),
                new Broken("KPI: misspelt key", Kind.KPI,
                        replace(kpi, "minimum_sample:", "minimum_samples:"), "minimum_samples"),
                new Broken("KPI: minimum sample as text", Kind.KPI,
                        replace(kpi, "minimum_sample: 30", "minimum_sample: thirty"), "minimum_sample"),
                new Broken("KPI: minimum sample with decimals", Kind.KPI,
                        replace(kpi, "minimum_sample: 30", "minimum_sample: 30.5"), "minimum_sample"),
                new Broken("KPI: target as text", Kind.KPI,
                        replace(kpi, "target: 85", "target: 85%"), "target"),
                new Broken("KPI: missing formula", Kind.KPI,
                        replace(kpi, "formula: resolutions_effective / resolutions_assessed * 100\n", ""), "formula"),
                new Broken("KPI: missing name", Kind.KPI,
                        replace(kpi, "name: Quality of Resolution (QoR)\n", ""), "name"),
                new Broken("KPI: unknown direction", Kind.KPI,
                        replace(kpi, "direction: higher_is_better", "direction: up"), "direction"),
                new Broken("KPI: unknown unit", Kind.KPI,
                        replace(kpi, "unit: percent", "unit: percentage"), "unit"),
                new Broken("KPI: category written as a title", Kind.KPI,
                        replace(kpi, "category: complaint_resolution", "category: Complaint Resolution"), "category"),
                new Broken("KPI: unknown status", Kind.KPI,
                        replace(kpi, "status: active", "status: live"), "status"),
                new Broken("KPI: unknown review cadence", Kind.KPI,
                        replace(kpi, "review_cadence: quarterly", "review_cadence: yearly"), "review_cadence"),
                new Broken("KPI: unknown band_on", Kind.KPI,
                        replace(kpi, "band_on: displayed_value", "band_on: rounded_value"), "band_on"),
                new Broken("KPI: id with capitals", Kind.KPI,
                        replace(kpi, "id: quality_of_resolution", "id: QualityOfResolution"), "id"),
                new Broken("KPI: id starting with a digit", Kind.KPI,
                        replace(kpi, "id: quality_of_resolution", "id: 2nd_quality"), "id"),
                new Broken("KPI: sample measure that is not an id", Kind.KPI,
                        replace(kpi, "sample_measure: resolutions_assessed", "sample_measure: Resolutions assessed"),
                        "sample_measure"),
                new Broken("KPI: colour by name", Kind.KPI,
                        replace(kpi, "colour: \"#009E73\"", "colour: green"), "colour"),
                new Broken("KPI: colour with five digits", Kind.KPI,
                        replace(kpi, "colour: \"#E69F00\"", "colour: \"#E69F0\""), "colour"),
                new Broken("KPI: band without label", Kind.KPI,
                        replace(kpi, "  - label: Critical\n    max: 70", "  - max: 70"), "label"),
                new Broken("KPI: unknown band key", Kind.KPI,
                        replace(kpi, "meaning: Resolutions hold", "description: Resolutions hold"), "description"),
                new Broken("KPI: band bound as text", Kind.KPI,
                        replace(kpi, "    max: 70\n", "    max: seventy\n"), "max"),
                new Broken("KPI: bands and band_sets together", Kind.KPI,
                        insertAfter(kpi, "band_on: displayed_value",
                                "band_sets:\n  - from: 2026-01-01\n    bands:\n      - label: All\n        colour: \"#009E73\""),
                        "band_sets"),
                new Broken("KPI: target and targets together", Kind.KPI,
                        insertAfter(kpi, "target: 85", "targets:\n  - value: 90\n    from: 2026-01-01"), "targets"),
                new Broken("KPI: currency unit without a currency", Kind.KPI,
                        replace(kpi, "unit: percent", "unit: currency"), "currency"),
                new Broken("KPI: currency unit without a format", Kind.KPI,
                        replace(dated, "format:\n  decimals: 2\n  currency: EUR\n", ""), "format"),
                new Broken("KPI: currency code in lower case", Kind.KPI,
                        replace(dated, "currency: EUR", "currency: eur"), "currency"),
                new Broken("KPI: target range direction without a range", Kind.KPI,
                        replace(dated, "target_range: {min: 20, max: 40}\n", ""), "target_range"),
                new Broken("KPI: target range with another direction", Kind.KPI,
                        insertAfter(kpi, "direction: higher_is_better", "target_range: {min: 80, max: 90}"),
                        "target_range"),
                new Broken("KPI: more than six decimals", Kind.KPI,
                        replace(kpi, "  decimals: 1", "  decimals: 7"), "decimals"),
                new Broken("KPI: ISO clause that ISO 10002 does not have", Kind.KPI,
                        replace(kpi, "iso_10002_clauses: [\"8.2\", \"8.3\"]", "iso_10002_clauses: [\"8.2\", \"9.1\"]"),
                        "iso_10002_clauses"),
                new Broken("KPI: target range without max", Kind.KPI,
                        replace(dated, "target_range: {min: 20, max: 40}", "target_range: {min: 20}"), "max"),
                new Broken("KPI: scale with an unknown key", Kind.KPI,
                        replace(dated, "scale: {min: 0, max: 1000}", "scale: {min: 0, max: 1000, step: 1}"), "step"),
                new Broken("KPI: target without value", Kind.KPI,
                        replace(dated, "  - value: 75\n    segment: delta", "  - segment: delta"), "value"),
                new Broken("KPI: unknown target entry key", Kind.KPI,
                        replace(dated, "segment: delta", "segments: delta"), "segments"),
                new Broken("KPI: date written day first", Kind.KPI,
                        replace(dated, "  - value: 80\n    until: 2025-12-31", "  - value: 80\n    until: 31/12/2025"),
                        "until"),
                new Broken("KPI: date that does not exist", Kind.KPI,
                        replace(dated, "  - value: 85\n    from: 2026-01-01", "  - value: 85\n    from: 2026-02-30"),
                        "from"),
                new Broken("KPI: band set without bands", Kind.KPI,
                        replace(dated, "  - until: 2025-12-31\n    bands:\n      - label: Inside\n        colour: \"#009E73\"\n",
                                "  - until: 2025-12-31\n"), "bands"),
                new Broken("KPI: benchmark without source", Kind.KPI,
                        replace(kpi, "    source: Industry survey of financial services, 2024\n", ""), "source"),
                new Broken("KPI: ISO clause as a number", Kind.KPI,
                        replace(kpi, "iso_10002_clauses: [\"8.2\", \"8.3\"]", "iso_10002_clauses: [8.2, 8.3]"),
                        "iso_10002_clauses"),
                new Broken("KPI: unknown organisation-defined figure", Kind.KPI,
                        replace(kpi, "organisation_defined: [target, bands]", "organisation_defined: [target, owner]"),
                        "organisation_defined"),
                new Broken("KPI: unknown catalog key", Kind.KPI,
                        insertAfter(kpi, "  trend_analysis: A falling trend means rework is rising.",
                                "  best_practices: Keep it simple."), "best_practices"),
                new Broken("KPI: catalog list written as one string", Kind.KPI,
                        replace(kpi, "actionable_tips: [Review reopened cases weekly]",
                                "actionable_tips: Review reopened cases weekly"), "actionable_tips"),
                new Broken("KPI: catalog text written as a list", Kind.KPI,
                        replace(kpi, "definition: Share of resolved complaints whose resolution held.",
                                "definition: [Share of resolved complaints]"), "definition"),
                new Broken("KPI: unknown format key", Kind.KPI,
                        replace(kpi, "  decimals: 1", "  decimal: 1"), "decimal"),
                // scorecards
                new Broken("scorecard: unknown key", Kind.SCORECARD,
                        replace(scorecard, "segment_by: team", "segment: team"), "segment"),
                new Broken("scorecard: kpis and sections together", Kind.SCORECARD,
                        insertAfter(scorecard, "organisation: Example Retail Ltd", "kpis: [csat]"), "sections"),
                new Broken("scorecard: neither kpis nor sections", Kind.SCORECARD,
                        replace(listing, "kpis: [complaint_resolution_rate, csat]\n", ""), "kpis"),
                new Broken("scorecard: empty KPI list", Kind.SCORECARD,
                        replace(listing, "kpis: [complaint_resolution_rate, csat]", "kpis: []"), "kpis"),
                new Broken("scorecard: KPI that is not an id", Kind.SCORECARD,
                        replace(listing, "kpis: [complaint_resolution_rate, csat]", "kpis: [Complaint Resolution Rate]"),
                        "kpis"),
                new Broken("scorecard: missing period", Kind.SCORECARD,
                        replace(listing, "period:\n  grain: month\n", ""), "period"),
                new Broken("scorecard: unknown grain", Kind.SCORECARD,
                        replace(scorecard, "grain: quarter", "grain: fortnight"), "grain"),
                new Broken("scorecard: no trailing periods", Kind.SCORECARD,
                        replace(scorecard, "trailing: 6", "trailing: 0"), "trailing"),
                new Broken("scorecard: section without title", Kind.SCORECARD,
                        replace(scorecard, "  - title: Resolution\n", "  -\n"), "title"),
                new Broken("scorecard: unknown section key", Kind.SCORECARD,
                        replace(scorecard, "  - title: Resolution\n", "  - title: Resolution\n    heading: Resolution\n"),
                        "heading"),
                new Broken("scorecard: sign-off without role", Kind.SCORECARD,
                        replace(scorecard, "  - role: Quality Manager", "  - meaning: Checked"), "role"),
                new Broken("scorecard: retention in another notation", Kind.SCORECARD,
                        replace(scorecard, "retention: 10 years", "retention: P10Y"), "retention"),
                new Broken("scorecard: template that is not a .jrxml file", Kind.SCORECARD,
                        replace(scorecard, "template: scorecard.jrxml", "template: scorecard.pdf"), "template"),
                new Broken("scorecard: language that is not a language tag", Kind.SCORECARD,
                        replace(scorecard, "language: en", "language: English (UK)"), "language"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenDocuments")
    void rejectsTheMistakeAndNamesTheKey(Broken broken) {
        List<Error> errors = DefinitionSchemas.validate(broken.kind(), broken.yaml());
        assertFalse(errors.isEmpty(), () -> broken.name() + " passed validation:\n" + broken.yaml());
        String messages = DefinitionSchemas.describe(errors);
        assertTrue(errors.stream().anyMatch(error -> namesKey(error, broken.key())),
                () -> "no message names '" + broken.key() + "':\n" + messages);
    }

    /** Whether the error names the key as a property ('key') or in its location (/key). */
    private static boolean namesKey(Error error, String key) {
        return Pattern.compile("(^|[/'\"\\[])" + Pattern.quote(key) + "($|[/'\":\\]\\s])")
                .matcher(error.toString()).find();
    }
}
