package org.kpiengine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.approvaltests.Approvals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpiengine.ProjectFiles;

/**
 * Every fixture under {@code definitions/invalid} breaks a valid base in one way. Each must give its
 * exact message with file, line and column, exit 1, and leave no report behind.
 */
class InvalidDefinitionsTest {

    private static final Path FIXTURES = Path.of("src/test/resources/definitions");

    @TempDir
    Path workspace;

    @Test
    void everyBrokenDefinitionGetsOneClearMessage() throws IOException {
        List<Path> cases;
        try (Stream<Path> folders = Files.list(FIXTURES.resolve("invalid"))) {
            cases = folders.filter(Files::isDirectory).sorted().toList();
        }
        assertTrue(cases.size() >= 40, "at least 40 broken definitions, found " + cases.size());
        StringBuilder messages = new StringBuilder();
        for (Path fixture : cases) {
            Path root = workspace.resolve(fixture.getFileName().toString());
            ProjectFiles.copyTree(FIXTURES.resolve("base"), root);
            ProjectFiles.copyTree(fixture, root);
            String definitions = root.resolve("kpi-definitions").toString();

            CliRun validate = CliRun.of("validate", "--definitions", definitions);
            assertEquals(1, validate.exitCode(), fixture + ": " + validate.err() + validate.out());
            assertFalse(validate.err().contains("Exception"), fixture + ": " + validate.err());
            assertTrue(validate.err().lines().allMatch(line -> line.startsWith("kpi-definitions/")),
                    fixture + ": every message names its file: " + validate.err());

            Path pdf = root.resolve("out/scorecard.pdf");
            CliRun report = CliRun.of("report", "--definitions", definitions, "--templates",
                    ProjectFiles.TEMPLATES.toString(), "--out", pdf.toString());
            assertEquals(1, report.exitCode(), fixture + ": " + report.err());
            assertFalse(Files.exists(pdf.getParent()), fixture + ": a failed report writes nothing");

            messages.append("== ").append(fixture.getFileName()).append('\n')
                    .append(validate.err().replace(root.toString(), "<workspace>")).append('\n');
        }
        Approvals.verify(messages.toString());
    }

    @Test
    void validateReportsEveryProblemInOneRun() throws IOException {
        Path definitions = ProjectFiles.copyFixtureInto(workspace);
        Path resolution = definitions.resolve("kpis/resolution_rate.yaml");
        Files.writeString(resolution, Files.readString(resolution).replace("unit: percent", "unit: pointz")
                .replace("direction: higher_is_better", "directoin: higher_is_better"));
        Path escalation = definitions.resolve("kpis/escalation_rate.yaml");
        Files.writeString(escalation, Files.readString(escalation).replace("* 100", "* hundred"));
        CliRun run = CliRun.of("validate", "--definitions", definitions.toString());
        assertEquals(1, run.exitCode());
        Approvals.verify(run.err());
    }

    @Test
    void jsonFormatGivesEditorsEveryProblem() throws IOException {
        Path definitions = ProjectFiles.copyFixtureInto(workspace);
        Path escalation = definitions.resolve("kpis/escalation_rate.yaml");
        Files.writeString(escalation, Files.readString(escalation).replace("* 100", "* hundred"));
        CliRun run = CliRun.of("validate", "--definitions", definitions.toString(), "--format", "json");
        assertEquals(1, run.exitCode());
        Approvals.verify(run.out());
    }

    @Test
    void unknownScorecardSuggestsTheClosest() {
        Path definitions = ProjectFiles.copyFixtureInto(workspace);
        CliRun run = CliRun.of("evaluate", "--definitions", definitions.toString(), "--scorecard", "montly");
        assertEquals(1, run.exitCode());
        assertEquals("kpi-definitions: error: there is no scorecard 'montly' (did you mean 'monthly'?); the scorecards "
                + "are monthly" + System.lineSeparator(), run.err());
    }

    @Test
    void theBaseItselfIsValid() {
        Path root = workspace.resolve("base");
        ProjectFiles.copyTree(FIXTURES.resolve("base"), root);
        CliRun validate = CliRun.of("validate", "--definitions", root.resolve("kpi-definitions").toString());
        assertEquals(0, validate.exitCode(), validate.err());
        assertEquals("", validate.err());
    }
}
