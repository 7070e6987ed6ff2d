package org.kpiengine.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.approvaltests.Approvals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpiengine.ProjectFiles;
import org.kpiengine.cli.CliRun;

/** A scorecard's retention gives each bundle a retain-until date; {@code kpi archive list} shows every bundle. */
class ArchiveListTest {

    @TempDir
    Path workspace;

    @Test
    void listsEveryBundleWithItsRetainUntilDate() throws IOException {
        Path kept = ProjectFiles.copyFixtureInto(workspace.resolve("kept"));
        Path scorecard = kept.resolve("scorecards/monthly.yaml");
        Files.writeString(scorecard, Files.readString(scorecard) + "retention: 10 years\n");
        Path plain = ProjectFiles.copyFixtureInto(workspace.resolve("plain"));
        Path archive = workspace.resolve("archive");

        ArchivedBundle first = ArchivedRuns.archiveAt(archive, kept, "2026-02-28", "2026-03-01T09:00:00Z", "0000aaaa",
                "Quality Office");
        ArchivedRuns.archiveAt(archive, plain, "2026-02-28", "2026-03-02T10:30:00Z", "0000bbbb", "Internal Audit");

        assertEquals("2036-03-01", first.manifest().retainUntil());
        assertEquals(0, CliRun.of("verify", archive.toString()).exitCode());
        CliRun list = CliRun.of("archive", "list", archive.toString());
        assertEquals(0, list.exitCode(), list.err());
        Approvals.verify(list.out().replace(archive.toString(), "<archive>"));
    }

    @Test
    void listingAFolderThatIsNoArchiveIsInvalidInput() {
        CliRun list = CliRun.of("archive", "list", workspace.toString());
        assertEquals(1, list.exitCode());
        assertEquals(workspace + ": error: not an archive: it has no index.jsonl\n", list.err());
    }

    @Test
    void archivingWithoutAnArchiveFolderIsAUsageError() {
        CliRun run = CliRun.of("archive", "--scorecard", "complaints_monthly");
        assertEquals(2, run.exitCode());
        assertEquals("Missing required option: '--out=ARCHIVE_DIR'", run.err().lines().findFirst().orElse(""));
    }
}
