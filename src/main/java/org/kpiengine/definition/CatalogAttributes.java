package org.kpiengine.definition;

import java.util.List;

/** The twelve descriptive attributes a KPI catalog documents for each KPI. */
public record CatalogAttributes(
        String definition,
        String businessInsights,
        String measurementApproach,
        String standardFormula,
        String trendAnalysis,
        List<String> diagnosticQuestions,
        List<String> actionableTips,
        List<String> visualizationSuggestions,
        List<String> riskWarnings,
        List<String> toolsAndTechnologies,
        List<String> integrationPoints,
        String changeImpact) {

    public static final CatalogAttributes EMPTY = new CatalogAttributes("", "", "", "", "", List.of(), List.of(),
            List.of(), List.of(), List.of(), List.of(), "");

    public CatalogAttributes {
        diagnosticQuestions = List.copyOf(diagnosticQuestions);
        actionableTips = List.copyOf(actionableTips);
        visualizationSuggestions = List.copyOf(visualizationSuggestions);
        riskWarnings = List.copyOf(riskWarnings);
        toolsAndTechnologies = List.copyOf(toolsAndTechnologies);
        integrationPoints = List.copyOf(integrationPoints);
    }
}
