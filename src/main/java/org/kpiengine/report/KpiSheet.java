package org.kpiengine.report;

import java.util.List;
import java.util.Locale;
import org.kpiengine.definition.Band;
import org.kpiengine.definition.BandOn;
import org.kpiengine.definition.BandSet;
import org.kpiengine.definition.Benchmark;
import org.kpiengine.definition.CatalogAttributes;
import org.kpiengine.definition.IsoClause;
import org.kpiengine.definition.KpiDefinition;
import org.kpiengine.definition.Target;

/** A KPI's whole definition as plain text a person reads, for {@code kpi show}. */
public final class KpiSheet {

    private final StringBuilder text = new StringBuilder();

    private KpiSheet() {
    }

    public static String of(KpiDefinition kpi) {
        return new KpiSheet().write(kpi);
    }

    private String write(KpiDefinition kpi) {
        ValueFormatter formatter = ValueFormatter.of(kpi);
        line(kpi.name() + " (" + kpi.id() + ")");
        line("=".repeat(kpi.name().length() + kpi.id().length() + 3));
        field("Category", kpi.category().title());
        field("Owner", kpi.governance().owner());
        field("Version", kpi.governance().version());
        field("Status", lower(kpi.governance().status()));
        field("Formula", kpi.formula().text());
        field("Unit", lower(kpi.unit()) + (formatter.symbol().isEmpty() ? "" : " (" + formatter.symbol() + ")")
                + ", " + kpi.format().decimals() + " decimals");
        field("Direction", lower(kpi.direction()).replace('_', ' '));
        if (kpi.judgement().targetRange() != null) {
            field("Target range", kpi.judgement().targetRange().text());
        }
        for (Target target : kpi.judgement().targets()) {
            field("Target", formatter.value(target.value()) + " " + target.dates().text()
                    + (target.segment() == null ? "" : " for " + target.segment()));
        }
        for (BandSet set : kpi.judgement().bandSets()) {
            line("Bands " + set.dates().text() + ", rated on the " + (kpi.judgement().bandOn() == BandOn.DISPLAYED_VALUE
                    ? "value as displayed" : "exact value") + ":");
            for (Band band : set.bands()) {
                line("  " + band.label() + ": " + band.rangeText() + (band.meaning().isEmpty() ? "" : ". " + band.meaning()));
            }
        }
        for (Benchmark benchmark : kpi.judgement().benchmarks()) {
            field("Benchmark", formatter.value(benchmark.value()) + (benchmark.industry() == null ? ""
                    : " (" + benchmark.industry().replace('_', ' ') + ")") + ", " + benchmark.source());
        }
        if (!kpi.governance().organisationDefined().isEmpty()) {
            field("Set by the organisation", String.join(", ", kpi.governance().organisationDefined()));
        }
        for (IsoClause clause : kpi.governance().isoClauses()) {
            field("ISO 10002", clause.number() + " " + clause.title());
        }
        if (kpi.governance().reviewCadence() != null) {
            field("Review", lower(kpi.governance().reviewCadence()).replace('_', '-'));
        }
        if (kpi.minimumSample() > 0) {
            field("Minimum sample", kpi.minimumSample() + " (" + kpi.sampleMeasure() + ")");
        }
        catalog(kpi.catalog());
        return text.toString();
    }

    private void catalog(CatalogAttributes catalog) {
        paragraph("Definition", catalog.definition());
        paragraph("Business insights", catalog.businessInsights());
        paragraph("Measurement approach", catalog.measurementApproach());
        paragraph("Standard formula", catalog.standardFormula());
        paragraph("Trend analysis", catalog.trendAnalysis());
        list("Diagnostic questions", catalog.diagnosticQuestions());
        list("Actionable tips", catalog.actionableTips());
        list("Visualization suggestions", catalog.visualizationSuggestions());
        list("Risk warnings", catalog.riskWarnings());
        list("Tools and technologies", catalog.toolsAndTechnologies());
        list("Integration points", catalog.integrationPoints());
        paragraph("Change impact", catalog.changeImpact());
    }

    private void field(String name, String value) {
        if (value != null && !value.isBlank()) {
            line(String.format(Locale.ROOT, "%-24s %s", name + ":", value));
        }
    }

    private void paragraph(String heading, String body) {
        if (!body.isBlank()) {
            line("");
            line(heading);
            line("  " + body.strip());
        }
    }

    private void list(String heading, List<String> items) {
        if (!items.isEmpty()) {
            line("");
            line(heading);
            items.forEach(item -> line("  - " + item));
        }
    }

    private void line(String content) {
        text.append(content).append('\n');
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
