package org.kpiengine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.approvaltests.Approvals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpiengine.ProjectFiles;

/** list, show, new kpi and init: what a quality manager uses to find and start definitions. */
class AuthoringCommandsTest {

    @TempDir
    Path workspace;

    @Test
    void listShowsEveryKpiWithCategoryUnitAndStatus() {
        Path definitions = ProjectFiles.copyFixtureInto(workspace);
        CliRun run = CliRun.of("list", "--definitions", definitions.toString());
        assertEquals(0, run.exitCode(), run.err());
        Approvals.verify(run.out());
    }

    @Test
    void showPrintsTheWholeDefinition() throws IOException {
        Path definitions = ProjectFiles.copyFixtureInto(workspace);
        Path kpi = definitions.resolve("kpis/resolution_rate.yaml");
        Files.writeString(kpi, Files.readString(kpi) + """
                owner: Head of Customer Care
                iso_10002_clauses: ["8.2", "8.4"]
                review_cadence: quarterly
                benchmarks:
                  - value: 92
                    source: Example benchmark study
                    industry: retail
                catalog:
                  definition: Share of complaints received in a period that are resolved.
                  diagnostic_questions:
                    - Which teams leave complaints open longest?
                """);
        CliRun run = CliRun.of("show", "resolution_rate", "--definitions", definitions.toString());
        assertEquals(0, run.exitCode(), run.err());
        Approvals.verify(run.out());
    }

    @Test
    void showSuggestsTheClosestId() {
        Path definitions = ProjectFiles.copyFixtureInto(workspace);
        CliRun run = CliRun.of("show", "resolution", "--definitions", definitions.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().endsWith("error: there is no KPI 'resolution' (did you mean 'resolution_rate'?)"
                + System.lineSeparator()), run.err());
    }

    @Test
    void newKpiWritesASkeletonThatValidatesOnceItsMeasuresExist() throws IOException {
        Path definitions = ProjectFiles.copyFixtureInto(workspace);
        CliRun run = CliRun.of("new", "kpi", "reopen_rate", "--definitions", definitions.toString());
        assertEquals(0, run.exitCode(), run.err());
        Path file = definitions.resolve("kpis/reopen_rate.yaml");
        Files.writeString(file, Files.readString(file)
                .replace("numerator_measure / denominator_measure", "complaints_escalated / complaints_received")
                .replace("sample_measure: denominator_measure", "sample_measure: complaints_received"));
        CliRun validate = CliRun.of("validate", "--definitions", definitions.toString());
        assertEquals(0, validate.exitCode(), validate.err());
    }

    @Test
    void newKpiNeverOverwrites() throws IOException {
        Path definitions = ProjectFiles.copyFixtureInto(workspace);
        String before = Files.readString(definitions.resolve("kpis/resolution_rate.yaml"));
        CliRun run = CliRun.of("new", "kpi", "resolution_rate", "--definitions", definitions.toString());
        assertEquals(1, run.exitCode());
        assertEquals(before, Files.readString(definitions.resolve("kpis/resolution_rate.yaml")));
    }

    @Test
    void initCreatesAnEmptyFolderThatValidates() {
        Path folder = workspace.resolve("my-kpis");
        CliRun run = CliRun.of("init", folder.toString());
        assertEquals(0, run.exitCode(), run.err());
        for (String sub : InitCommand.FOLDERS) {
            assertTrue(Files.isDirectory(folder.resolve(sub)), sub);
        }
        assertTrue(Files.isRegularFile(folder.resolve("schemas/kpi.schema.json")));
        assertEquals(0, CliRun.of("validate", "--definitions", folder.toString()).exitCode());
        assertEquals(1, CliRun.of("init", folder.toString()).exitCode(), "a second init must not overwrite");
    }
}
