package org.kpiengine.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpiengine.ProjectFiles;
import org.kpiengine.evaluation.ScorecardEvaluation;
import org.kpiengine.report.PdfText;
import org.kpiengine.report.ScorecardReports;
import org.kpiengine.rules.Interpretation;

/**
 * A new KPI is YAML only: a measure file, a KPI file and a scorecard that shows it, added to a copy of
 * the library; no code, no rebuild. The value is checked against a plain loop over the sample data.
 */
class AddKpiTest {

    @TempDir
    Path workspace;

    @Test
    void aNewKpiAppearsInTheEvaluationAndTheReport() throws Exception {
        Path definitions = ProjectFiles.copyDefinitionsInto(workspace);
        Files.writeString(definitions.resolve("measures/critical.yaml"), """
                measures:
                  - id: critical_complaints_received
                    name: critical complaints received
                    dataset: complaints
                    aggregation: count
                    filter: severity = 'critical'
                """);
        Files.writeString(definitions.resolve("kpis/critical_complaint_share.yaml"), """
                id: critical_complaint_share
                name: Critical Complaint Share
                category: quality_assurance
                formula: critical_complaints_received / complaints_received * 100
                unit: percent
                direction: lower_is_better
                target: 5
                bands:
                  - label: Low
                    max: 5
                    colour: "#009E73"
                  - label: Raised
                    min: 5
                    max: 10
                    colour: "#E69F00"
                  - label: High
                    min: 10
                    colour: "#D55E00"
                """);
        Files.writeString(definitions.resolve("scorecards/critical.yaml"), """
                id: critical
                title: Critical complaints
                kpis: [critical_complaint_share]
                period:
                  grain: month
                  trailing: 3
                segment_by: team
                """);

        KpiEngine engine = KpiEngine.load(definitions);
        Interpretation result = engine.evaluate(engine.scorecard(Optional.of("critical")), Optional.empty());
        ScorecardEvaluation evaluation = result.evaluation();
        double value = evaluation.value("critical_complaint_share", evaluation.latestPeriod(), null).orElseThrow().value();
        assertEquals(criticalShareIn("2026-03", workspace.resolve("sample-data/complaints.csv")), value, 1e-9);

        Path pdf = workspace.resolve("report/scorecard.pdf");
        new ScorecardReports(ProjectFiles.TEMPLATES).renderPdf(engine.definitions(), result, "test", pdf);
        String text = PdfText.of(pdf);
        String expected = "Critical Complaint Share " + String.format(java.util.Locale.ROOT, "%.1f", value) + " %";
        assertTrue(text.contains(expected), "expected '" + expected + "' in:\n" + text);
    }

    private static double criticalShareIn(String month, Path complaints) throws IOException {
        int all = 0;
        int critical = 0;
        try (Reader reader = Files.newBufferedReader(complaints)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                if (row.get("received_at").startsWith(month)) {
                    all++;
                    critical += row.get("severity").equals("critical") ? 1 : 0;
                }
            }
        }
        return critical * 100.0 / all;
    }
}
