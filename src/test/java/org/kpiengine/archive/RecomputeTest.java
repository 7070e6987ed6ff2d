package org.kpiengine.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.approvaltests.Approvals;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpiengine.ProjectFiles;
import org.kpiengine.cli.CliRun;

/** {@code kpi verify --recompute}: a bundle re-evaluated from its snapshot and data, every difference named. */
class RecomputeTest {

    @TempDir
    Path workspace;

    Path data;
    ArchivedBundle bundle;

    @BeforeEach
    void archive() {
        Path definitions = ProjectFiles.copyFixtureInto(workspace.resolve("project"));
        data = workspace.resolve("project/data/complaints.csv");
        bundle = ArchivedRuns.archiveAt(workspace.resolve("archive"), definitions, "2026-02-28", "2026-03-01T09:00:00Z",
                "0000aaaa", "Quality Office");
    }

    private CliRun recompute() {
        return CliRun.of("verify", "--recompute", bundle.folder().toString());
    }

    private String masked(String out) {
        return out.replace(workspace.toString(), "<workspace>").replaceAll("[0-9a-f]{64}", "<sha256>");
    }

    @Test
    void aBundleWhoseDataIsUnchangedRecomputesToTheSameFigures() {
        CliRun run = recompute();
        assertEquals(0, run.exitCode(), run.out() + run.err());
        Approvals.verify(masked(run.out()));
    }

    @Test
    void lateDataIsNamedFirstThenEveryFigureItChanged() throws IOException {
        Files.writeString(data, Files.readString(data).replace("C4,2026-02-02 08:15:00,resolved,false,bravo",
                "C4,2026-02-02 08:15:00,open,true,bravo"));
        CliRun run = recompute();
        assertEquals(1, run.exitCode(), run.out() + run.err());
        Approvals.verify(masked(run.out()));
    }

    @Test
    void aBundleWhoseDataIsGoneCannotBeRecomputed() throws IOException {
        Files.delete(data);
        CliRun run = recompute();
        assertEquals(1, run.exitCode(), run.out() + run.err());
        assertEquals("data complaints: error: <workspace>/project/data/complaints.csv is no longer there; the bundle "
                + "cannot be recomputed", masked(run.out()).lines().filter(line -> line.startsWith("data ")).findFirst()
                .orElse(run.out()));
    }
}
