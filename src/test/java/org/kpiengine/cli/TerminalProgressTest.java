package org.kpiengine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpiengine.ProjectFiles;

class TerminalProgressTest {

    private final AtomicLong now = new AtomicLong();
    private final StringWriter err = new StringWriter();
    private final TerminalProgress progress = TerminalProgress.manual(new PrintWriter(err), now::get);

    @Test
    void quietDuringTheFirstTwoSeconds() {
        progress.stage("reading complaints");
        now.set(TimeUnit.MILLISECONDS.toNanos(1900));
        progress.tick();
        progress.close();
        assertEquals("", err.toString());
    }

    @Test
    void showsTheStageOnOneLineAfterTwoSecondsAndClearsIt() {
        progress.stage("reading complaints");
        now.set(TimeUnit.SECONDS.toNanos(3));
        progress.tick();
        progress.stage("applying the rules");
        progress.close();
        assertEquals("\rreading complaints ... 3s\033[K\rapplying the rules ... 3s\033[K\r\033[K", err.toString());
    }

    @Test
    void withoutATerminalARunStaysQuiet(@TempDir Path workspace) {
        CliRun run = CliRun.of("evaluate", "--definitions", ProjectFiles.copyFixtureInto(workspace).toString());
        assertEquals(0, run.exitCode());
        assertEquals("", run.err());
    }
}
