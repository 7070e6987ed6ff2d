package org.kpiengine.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
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

/** A sixth KPI is YAML only: a measure file, a KPI file and one line in the scorecard; no code, no rebuild. */
class AddKpiTest {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @TempDir
    Path workspace;

    @Test
    void averageResolutionTimeAppearsInTheEvaluationAndTheReport() throws Exception {
        Path definitions = ProjectFiles.copyDefinitionsInto(workspace);
        Files.writeString(definitions.resolve("measures/resolution.yaml"), """
                measures:
                  - id: average_resolution_hours
                    name: average hours to resolution
                    dataset: complaints
                    aggregation: average
                    expression: (epoch(resolved_at) - epoch(received_at)) / 3600.0
                    filter: resolved_at IS NOT NULL
                """);
        Files.writeString(definitions.resolve("kpis/average_resolution_time.yaml"), """
                id: average_resolution_time
                name: Average Resolution Time
                category: Complaint Resolution
                formula: average_resolution_hours
                unit: hours
                direction: lower_is_better
                target: 72
                bands:
                  - label: Excellent
                    max: 48
                    colour: "#009E73"
                  - label: Acceptable
                    min: 48
                    max: 96
                    colour: "#E69F00"
                  - label: Critical
                    min: 96
                    colour: "#D55E00"
                """);
        Path scorecard = definitions.resolve("scorecards/complaints_monthly.yaml");
        Files.writeString(scorecard, Files.readString(scorecard).replace("  - nps\n", "  - nps\n  - average_resolution_time\n"));

        KpiEngine engine = KpiEngine.load(definitions);
        Interpretation result = engine.evaluate(engine.scorecard(Optional.empty()), Optional.empty());
        ScorecardEvaluation evaluation = result.evaluation();
        double value = evaluation.value("average_resolution_time", evaluation.latestPeriod(), null).orElseThrow().value();
        assertEquals(averageResolutionHoursInMarch2026(workspace.resolve("sample-data/complaints.csv")), value, 1e-9);

        Path pdf = workspace.resolve("report/scorecard.pdf");
        new ScorecardReports(ProjectFiles.TEMPLATES).renderPdf(result, "test", pdf);
        String text = PdfText.of(pdf);
        String expectedLine = "Average Resolution Time " + String.format(java.util.Locale.ROOT, "%.1f", value) + " h";
        assertTrue(text.contains(expectedLine), "expected '" + expectedLine + "' in:\n" + text);
    }

    private static double averageResolutionHoursInMarch2026(Path complaints) throws IOException {
        double hours = 0;
        int count = 0;
        try (Reader reader = Files.newBufferedReader(complaints)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                if (row.get("received_at").startsWith("2026-03") && !row.get("resolved_at").isEmpty()) {
                    hours += Duration.between(LocalDateTime.parse(row.get("received_at"), TIMESTAMP),
                            LocalDateTime.parse(row.get("resolved_at"), TIMESTAMP)).getSeconds() / 3600.0;
                    count++;
                }
            }
        }
        return hours / count;
    }
}
