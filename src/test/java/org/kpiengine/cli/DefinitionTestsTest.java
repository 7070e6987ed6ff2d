package org.kpiengine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.approvaltests.Approvals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpiengine.ProjectFiles;

/** kpi test: the library's own definition tests pass, and a wrong expectation says exactly what differs. */
class DefinitionTestsTest {

    @TempDir
    Path workspace;

    @Test
    void theLibrarysTestsPass() {
        CliRun run = CliRun.of("test", "--definitions", ProjectFiles.DEFINITIONS.toString());
        assertEquals(0, run.exitCode(), run.out() + run.err());
        Approvals.verify(run.out());
    }

    @Test
    void aWrongExpectationNamesTheCaseTheKpiAndBothValues() throws IOException {
        Path definitions = ProjectFiles.copyDefinitionsInto(workspace);
        Path test = definitions.resolve("tests/csat-and-nps.yaml");
        Files.writeString(test, Files.readString(test).replace("{kpi: csat, period: 2026-02, value: 60, band: Critical}",
                "{kpi: csat, period: 2026-02, value: 80, band: Excellent}"));
        CliRun run = CliRun.of("test", "--definitions", definitions.toString());
        assertEquals(1, run.exitCode());
        Approvals.verify(run.out());
    }
}
