package org.kpiengine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The command line's contract: help, version, and the exit code of a usage mistake. */
class CommandLineTest {

    @Test
    void helpListsTheCommandsAndExitCodes() {
        CliRun run = CliRun.of("--help");
        assertEquals(0, run.exitCode());
        for (String command : new String[] {"validate", "evaluate", "report", "sample-data"}) {
            assertTrue(run.out().contains(command), run.out());
        }
        assertTrue(run.out().contains("1   invalid input"), run.out());
    }

    @Test
    void everyCommandHasHelpAndVersion() {
        for (String command : new String[] {"validate", "evaluate", "report", "sample-data"}) {
            assertEquals(0, CliRun.of(command, "--help").exitCode(), command);
            CliRun version = CliRun.of(command, "--version");
            assertEquals(0, version.exitCode(), command);
            assertTrue(version.out().startsWith("kpi-engine "), version.out());
        }
    }

    @Test
    void unknownOptionIsAUsageError() {
        CliRun run = CliRun.of("evaluate", "--formatt", "json");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("'--formatt'"), run.err());
    }

    @Test
    void badAsOfDateIsAUsageError() {
        CliRun run = CliRun.of("evaluate", "--as-of", "31/03/2026");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--as-of"), run.err());
    }

    @Test
    void missingCommandIsAUsageError() {
        assertEquals(2, CliRun.of().exitCode());
    }
}
