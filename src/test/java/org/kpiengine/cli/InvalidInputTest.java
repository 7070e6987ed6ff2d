package org.kpiengine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.approvaltests.Approvals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpiengine.ProjectFiles;

/**
 * Each broken input gives one clear message with file, line and column, exit code 1, and no PDF.
 * The messages are approved: they are what a quality manager reads.
 */
class InvalidInputTest {

    @TempDir
    Path workspace;

    private Path definitions;

    private CliRun reportWith(String file, String content) throws IOException {
        definitions = ProjectFiles.copyDefinitionsInto(workspace);
        Files.writeString(definitions.resolve(file), content);
        return runReport();
    }

    private CliRun runReport() {
        return CliRun.of("report", "--definitions", definitions.toString(), "--templates",
                ProjectFiles.TEMPLATES.toString(), "--out", output().toString());
    }

    private Path output() {
        return workspace.resolve("out/scorecard.pdf");
    }

    private String failure(CliRun run) {
        assertEquals(1, run.exitCode(), run.err());
        assertEquals("", run.out());
        assertFalse(run.err().contains("Exception"), "no stack trace without --verbose: " + run.err());
        assertFalse(Files.exists(output()), "a failed run must not leave a PDF behind");
        return run.err();
    }

    @Test
    void brokenYamlNamesFileLineAndColumn() throws IOException {
        CliRun run = reportWith("kpis/csat.yaml", """
                id: csat
                name: Customer Satisfaction Score (CSAT)
                formula: csat_satisfied / csat_responses * 100
                bands: [
                  label: Excellent
                """);
        Approvals.verify(failure(run));
    }

    @Test
    void formulaNamingAnUnknownMeasureSuggestsTheClosestId() throws IOException {
        definitions = ProjectFiles.copyDefinitionsInto(workspace);
        Path kpi = definitions.resolve("kpis/csat.yaml");
        Files.writeString(kpi, Files.readString(kpi).replace("csat_satisfied / csat_responses",
                "csat_satisfied / csat_response"));
        Approvals.verify(failure(runReport()));
    }

    @Test
    void drlSyntaxErrorNamesTheRuleFileAndLine() throws IOException {
        CliRun run = reportWith("rules/broken.drl", """
                package kpi.custom;

                import org.kpiengine.rules.model.KpiResult;

                rule "Unfinished rule"
                when
                    $r : KpiResult( latest, value > )
                then
                    System.out.println($r);
                end
                """);
        String message = failure(run);
        assertTrue(message.startsWith("kpi-definitions/rules/broken.drl:7:"), message);
        Approvals.verify(message);
    }

    @Test
    void validateReportsEveryProblemInOneRun() throws IOException {
        definitions = ProjectFiles.copyDefinitionsInto(workspace);
        Path nps = definitions.resolve("kpis/nps.yaml");
        Files.writeString(nps, Files.readString(nps).replace("unit: points", "unit: pointz")
                .replace("direction: higher_is_better", "directoin: higher_is_better"));
        Path csat = definitions.resolve("kpis/csat.yaml");
        Files.writeString(csat, Files.readString(csat).replace("* 100", "* hundred"));
        CliRun run = CliRun.of("validate", "--definitions", definitions.toString());
        assertEquals(1, run.exitCode());
        Approvals.verify(run.err());
    }

    @Test
    void missingDataFileIsNamedWithItsDataset() throws IOException {
        definitions = ProjectFiles.copyDefinitionsInto(workspace);
        Files.delete(workspace.resolve("sample-data/survey_responses.csv"));
        String message = failure(runReport());
        assertTrue(message.startsWith("kpi-definitions/datasets/survey_responses.yaml:1:1: error: dataset 'survey_responses': "
                + "the data file "), message);
        assertTrue(message.strip().endsWith("survey_responses.csv does not exist"), message);
    }

    @Test
    void measureNamingAMissingColumnListsTheColumnsThatExist() throws IOException {
        definitions = ProjectFiles.copyDefinitionsInto(workspace);
        Path measures = definitions.resolve("measures/complaints.yaml");
        Files.writeString(measures, Files.readString(measures).replace("filter: escalated", "filter: escalatd"));
        Approvals.verify(failure(runReport()));
    }
}
