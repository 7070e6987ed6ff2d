package org.kpiengine.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
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
                ProjectFiles.TEMPLATES.resolve("scorecard.jrxml"),
                source -> engine.evaluate(scorecard, Optional.empty(), source, Progress.SILENT),
                (interpretation, pdf) -> {
                    write(pdf, "half a PDF");
                    throw new IllegalStateException("the power went out");
                }, "test", "tester", Map.of());

        assertThrows(IllegalStateException.class, () -> new ScorecardArchiver(archive).archive(failing));

        assertEquals(List.of(), entries(archive));
    }

    @Test
    void verifyIgnoresPartialFoldersAndALaterRunRemovesAbandonedOnes() throws IOException {
        Path abandoned = Files.createDirectories(archive.resolve(".complaints_monthly-2025-06-30-x.partial"));
        write(abandoned.resolve("scorecard.pdf"), "half a PDF");
        Files.setLastModifiedTime(abandoned, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        Path recent = Files.createDirectories(archive.resolve(".complaints_monthly-2025-06-30-y.partial"));

        ArchivedRuns.archive(archive);

        assertFalse(Files.exists(abandoned), "an abandoned partial bundle is removed");
        assertTrue(Files.exists(recent), "a partial bundle that may still be written is left alone");
        CliRun verify = CliRun.of("verify", archive.toString());
        assertEquals(0, verify.exitCode(), verify.out());
        assertEquals(1, ArchivedRuns.bundles(archive).size());
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
