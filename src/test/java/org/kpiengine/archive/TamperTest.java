package org.kpiengine.archive;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.approvaltests.Approvals;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.kpiengine.cli.CliRun;

/** Every kind of change to an archive is found by {@code kpi verify}, which names it and exits with 1. */
class TamperTest {

    @TempDir
    static Path pristine;

    @TempDir
    Path work;

    @BeforeAll
    static void archiveTwice() {
        ArchivedRuns.archive(pristine);
        ArchivedRuns.archive(pristine);
    }

    private Path copy() {
        return ArchivedRuns.copy(pristine, work.resolve("archive-" + System.nanoTime()));
    }

    private static CliRun verifyFails(Path target, String expected) {
        CliRun run = CliRun.of("verify", target.toString());
        assertEquals(1, run.exitCode(), run.out() + run.err());
        assertTrue(ArchivedRuns.masked(run.out()).contains(expected), "missing '" + expected + "' in:\n" + run.out());
        return run;
    }

    @Test
    void flippingOneByteInAnyFileIsFound() throws IOException {
        Path bundle = ArchivedRuns.bundles(pristine).get(0);
        List<String> files;
        try (Stream<Path> walk = Files.walk(bundle)) {
            files = walk.filter(Files::isRegularFile).map(file -> BundleFiles.relative(bundle, file)).sorted().toList();
        }
        List<Executable> checks = new ArrayList<>();
        for (String file : files) {
            checks.add(() -> {
                Path archive = copy();
                Path tampered = archive.resolve(bundle.getFileName().toString());
                ArchivedRuns.flipByte(tampered.resolve(file), 100);
                verifyFails(archive, "<bundle>/" + file);
                verifyFails(tampered, "<bundle>/" + file);
            });
        }
        assertAll(checks);
    }

    @Test
    void deletingAFileIsFound() throws IOException {
        Path archive = copy();
        Path bundle = ArchivedRuns.bundles(archive).get(1);
        Files.delete(bundle.resolve("definitions/kpis/nps.yaml"));
        verifyFails(archive, "<bundle>/definitions/kpis/nps.yaml: error: missing (expected sha256 ");
    }

    @Test
    void addingAFileIsFound() throws IOException {
        Path archive = copy();
        Path bundle = ArchivedRuns.bundles(archive).get(0);
        Files.writeString(bundle.resolve("definitions/kpis/extra.yaml"), "id: extra\n");
        verifyFails(bundle, "<bundle>/definitions/kpis/extra.yaml: error: unexpected file, not in the manifest");
    }

    @Test
    void editingTheIndexIsFound() throws IOException {
        Path archive = copy();
        Path index = archive.resolve("index.jsonl");
        List<String> lines = Files.readAllLines(index);
        Files.write(index, List.of(lines.get(0).replace("\"as_of\":\"2025-06-30\"", "\"as_of\":\"2025-06-29\""),
                lines.get(1)));
        verifyFails(archive, "index.jsonl:2: error: the chain is broken: previous_sha256 is ");
        verifyFails(archive, "index.jsonl:1: error: as_of is '2025-06-29', but the manifest of <bundle> says '2025-06-30'");
    }

    @Test
    void editingTheLastIndexEntryIsFound() throws IOException {
        Path archive = copy();
        Path index = archive.resolve("index.jsonl");
        List<String> lines = Files.readAllLines(index);
        Files.write(index, List.of(lines.get(0), lines.get(1).replace("\"entry\":2", "\"entry\":3")));
        verifyFails(archive, "index.jsonl:2: error: entry 3 stands at line 2: entries were removed, added or moved");
    }

    @Test
    void reorderingTheIndexIsFound() throws IOException {
        Path archive = copy();
        Path index = archive.resolve("index.jsonl");
        List<String> lines = Files.readAllLines(index);
        Files.write(index, List.of(lines.get(1), lines.get(0)));
        verifyFails(archive, "index.jsonl:1: error: entry 2 stands at line 1");
        verifyFails(archive, "index.jsonl:2: error: the chain is broken");
    }

    @Test
    void removingABundleOrItsEntryIsFound() throws IOException {
        Path archive = copy();
        Path index = archive.resolve("index.jsonl");
        Files.write(index, List.of(Files.readAllLines(index).get(0)));
        verifyFails(archive, "<bundle>: error: a bundle that is not in index.jsonl");
        Path other = copy();
        PartialBundles.delete(ArchivedRuns.bundles(other).get(0));
        verifyFails(other, "index.jsonl:1: error: bundle <bundle> is missing from the archive");
    }

    @Test
    void approvedReportForATamperedBundle() throws IOException {
        Path archive = copy();
        Path bundle = ArchivedRuns.bundles(archive).get(0);
        ArchivedRuns.flipByte(bundle.resolve("results.csv"), 100);
        Files.delete(bundle.resolve("definitions/kpis/nps.yaml"));
        Files.writeString(bundle.resolve("notes.txt"), "added later\n");
        CliRun run = CliRun.of("verify", archive.toString());
        assertEquals(1, run.exitCode());
        // Hashes depend on the sample definitions and results, which change with them; the test is about the wording.
        Approvals.verify(ArchivedRuns.masked(run.out()).replaceAll("[0-9a-f]{64}", "<sha256>"));
    }
}
