package org.kpiengine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.approvaltests.Approvals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpiengine.ProjectFiles;

/** kpi explain: the chain behind one figure, the same on every run. */
class ExplainCommandTest {

    @TempDir
    Path workspace;

    @Test
    void explainsAFigureFromMeasuresToFindings() {
        Path definitions = ProjectFiles.copyFixtureInto(workspace);
        CliRun first = CliRun.of("explain", "escalation_rate", "--period", "2026-02", "--segment", "bravo",
                "--definitions", definitions.toString());
        assertEquals(0, first.exitCode(), first.err());
        CliRun second = CliRun.of("explain", "escalation_rate", "--period", "2026-02", "--segment", "bravo",
                "--definitions", definitions.toString());
        assertEquals(first.out(), second.out(), "the same on every run");
        Approvals.verify(first.out());
    }

    @Test
    void anUnknownPeriodListsThePeriods() {
        Path definitions = ProjectFiles.copyFixtureInto(workspace);
        CliRun run = CliRun.of("explain", "escalation_rate", "--period", "2026-04", "--definitions", definitions.toString());
        assertEquals(1, run.exitCode());
        assertEquals(definitions + ": error: the scorecard 'monthly' has no period '2026-04'; its periods are 2026-01, "
                + "2026-02" + System.lineSeparator(), run.err());
    }
}
