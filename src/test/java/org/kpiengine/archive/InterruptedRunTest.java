package org.kpiengine.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpiengine.ProjectFiles;
import org.kpiengine.api.KpiEngine;
import org.kpiengine.cli.CliRun;
import org.kpiengine.definition.ScorecardDefinition;
import org.kpiengine.evaluation.Progress;

/** A run that fails half way leaves nothing that looks like a bundle, and the next run succeeds. */
class InterruptedRunTest {

    @TempDir
    Path archive;

    @Test
    void aRunFailingWhileWritingLeavesNoBundleNoPartialAndNoIndexEntry() throws IOException {
        KpiEngine engine = KpiEngine.load(ProjectFiles.DEFINITIONS);
        ScorecardDefinition scorecard = engine.scorecard(Optional.of("complaints_monthly"));
        ArchiveRequest failing = new ArchiveRequest(engine.definitions(), scorecard, Optional.empty(),
                List.of(ProjectFiles.TEMPLATES.resolve("scorecard.jrxml")),
                source -> engine.evaluate(scorecard, Optional.empty(), source, Progress.SILENT),
                (interpretation, restatement, pdf) -> {
                    write(pdf, "half a PDF");
                    throw new IllegalStateException("the power went out");
                }, "test", "tester", Map.of(), Optional.empty(), false);

        assertThrows(IllegalStateException.class, () -> new ScorecardArchiver(archive).archive(failing));

        assertEquals(List.of(), entries(archive));
    }

    @Test
    void verifyIgnoresPartialFoldersAndALaterRunRemovesThoseOfRunsThatAreGone() throws IOException {
        Path orphan = Files.createDirectories(archive.resolve(".complaints_monthly-2025-06-30-x.partial"));
        write(orphan.resolve("scorecard.pdf"), "half a PDF");
        Path unlocked = Files.createDirectories(archive.resolve(".complaints_monthly-2025-06-30-y.partial"));
        write(archive.resolve(".complaints_monthly-2025-06-30-y.lock"), "");
        Path live = archive.resolve(".complaints_monthly-2025-06-30-z.partial");

        try (PartialBundles.Claim running = PartialBundles.claim(archive, "complaints_monthly-2025-06-30-z")) {
            ArchivedRuns.archive(archive);

            assertFalse(Files.exists(orphan), "a partial bundle without a lock file is removed");
            assertFalse(Files.exists(unlocked), "a partial bundle whose lock nobody holds is removed");
            assertFalse(Files.exists(archive.resolve(".complaints_monthly-2025-06-30-y.lock")));
            assertTrue(Files.exists(live), "a partial bundle still being written is left alone");
            CliRun verify = CliRun.of("verify", archive.toString());
            assertEquals(0, verify.exitCode(), verify.out());
            assertEquals(1, ArchivedRuns.bundles(archive).size());
        }
        assertFalse(Files.exists(live), "a run removes its own partial folder when it ends");
    }

    @Test
    void aBundleWhoseRunDiedBeforeIndexingItIsUnfinishedAndTheNextRunRemovesIt() throws IOException {
        ArchivedRuns.archive(archive);
        Path indexed = ArchivedRuns.bundles(archive).get(0);
        String name = "complaints_monthly-2025-06-30-20250701T000000Z-deadbeef";
        Path unindexed = ArchivedRuns.copy(indexed, archive.resolve(name));
        write(archive.resolve("." + name + ".lock"), "");

        CliRun verify = CliRun.of("verify", archive.toString());
        assertEquals(0, verify.exitCode(), verify.out());
        assertTrue(verify.out().contains(name + ": ok: not finished"), verify.out());

        ArchivedRuns.archive(archive);
        assertFalse(Files.exists(unindexed), "the dead run's bundle is rolled back");
        assertEquals(2, ArchivedRuns.bundles(archive).size());
        assertEquals(0, CliRun.of("verify", archive.toString()).exitCode());
    }

    private static List<String> entries(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(path -> path.getFileName().toString()).toList();
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
