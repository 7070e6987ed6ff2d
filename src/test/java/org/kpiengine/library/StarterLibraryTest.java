package org.kpiengine.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kpiengine.ProjectFiles;
import org.kpiengine.api.KpiEngine;
import org.kpiengine.definition.CatalogAttributes;
import org.kpiengine.definition.KpiCategory;
import org.kpiengine.definition.KpiDefinition;
import org.kpiengine.evaluation.KpiValue;
import org.kpiengine.evaluation.ScorecardEvaluation;
import org.kpiengine.rules.Interpretation;

/** The ISO 10002 starter library: clean, complete, and every KPI evaluated on the sample data. */
class StarterLibraryTest {

    private static KpiEngine engine;

    @BeforeAll
    static void load() {
        engine = KpiEngine.load(ProjectFiles.DEFINITIONS);
    }

    @Test
    void validatesWithoutErrorsOrWarnings() {
        engine.checkData();
        assertEquals(List.of(), engine.warnings());
    }

    @Test
    void coversEveryCategoryWithAtLeastTwentyEightCompleteKpis() {
        var kpis = engine.definitions().kpis();
        assertTrue(kpis.size() >= 28, "KPIs: " + kpis.size());
        Set<KpiCategory> categories = new TreeSet<>();
        for (KpiDefinition kpi : kpis) {
            categories.add(kpi.category());
            CatalogAttributes catalog = kpi.catalog();
            for (String text : List.of(catalog.definition(), catalog.businessInsights(), catalog.measurementApproach(),
                    catalog.standardFormula(), catalog.trendAnalysis(), catalog.changeImpact())) {
                assertFalse(text.isBlank(), kpi.id() + " lacks a catalog text");
            }
            for (List<String> list : List.of(catalog.diagnosticQuestions(), catalog.actionableTips(),
                    catalog.visualizationSuggestions(), catalog.riskWarnings(), catalog.toolsAndTechnologies(),
                    catalog.integrationPoints())) {
                assertFalse(list.isEmpty(), kpi.id() + " lacks a catalog list");
            }
            assertFalse(kpi.governance().isoClauses().isEmpty(), kpi.id() + " serves no ISO 10002 clause");
            assertTrue(kpi.governance().reviewCadence() != null, kpi.id() + " has no review cadence");
        }
        assertEquals(Set.of(KpiCategory.values()), categories);
    }

    @Test
    void everyKpiIsOnTheQuarterlyReviewAndHasAValueInItsLatestQuarter() {
        Interpretation result = engine.evaluate(engine.scorecard(Optional.of("management_review")), Optional.empty());
        ScorecardEvaluation evaluation = result.evaluation();
        Set<String> onScorecard = new TreeSet<>(evaluation.scorecard().kpis());
        Set<String> library = new TreeSet<>(engine.definitions().kpis().stream().map(KpiDefinition::id).toList());
        assertEquals(library, onScorecard);
        for (String kpi : onScorecard) {
            KpiValue latest = evaluation.value(kpi, evaluation.latestPeriod(), null).orElseThrow();
            assertTrue(latest.value() != null, kpi + " has no value: " + latest.noValueReason());
        }
    }
}
