package org.kpiengine.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpiengine.ProjectFiles;
import org.kpiengine.cli.CliRun;
import org.kpiengine.cli.KpiCommand;

/**
 * A separate JVM archiving a scorecard is killed (SIGKILL, no shutdown hooks) while it writes its bundle:
 * the archive shows no new bundle and no new index entry, still verifies, and the next run succeeds and
 * clears what the dead run left.
 */
class KilledRunTest {

    private static final Duration PATIENCE = Duration.ofMinutes(2);
    private static final Duration POLL_EVERY = Duration.ofMillis(5);

    @TempDir
    Path workspace;

    @Test
    void killingARunWhileItWritesLeavesTheArchiveAsItWas() throws Exception {
        Path definitions = ProjectFiles.copyFixtureInto(workspace.resolve("project"));
        Path archive = workspace.resolve("archive");
        assertEquals(0, archive(definitions, archive).exitCode());
        List<String> indexBefore = Files.readAllLines(archive.resolve(ArchiveIndex.FILE));

        Process child = startArchiving(definitions, archive);
        Path partial;
        try {
            partial = awaitPartialFolder(archive, child);
        } finally {
            child.destroyForcibly();
        }
        assertTrue(child.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS), "the killed run ends");

        assertTrue(Files.exists(partial), "the dead run's partial folder is still there: " + partial);
        assertEquals(1, bundles(archive).size(), "no bundle appears from the killed run");
        assertEquals(indexBefore, Files.readAllLines(archive.resolve(ArchiveIndex.FILE)), "no index entry either");
        CliRun verify = CliRun.of("verify", archive.toString());
        assertEquals(0, verify.exitCode(), verify.out());

        assertEquals(0, archive(definitions, archive).exitCode());
        assertFalse(Files.exists(partial), "the next run removes the dead run's partial folder");
        assertEquals(List.of(), hidden(archive), "nor its lock file");
        assertEquals(2, bundles(archive).size());
        assertEquals(0, CliRun.of("verify", archive.toString()).exitCode());
    }

    private static CliRun archive(Path definitions, Path archive) {
        return CliRun.of("archive", "--definitions", definitions.toString(), "--templates",
                ProjectFiles.TEMPLATES.toString(), "--as-of", "2026-02-28", "--out", archive.toString());
    }

    private Process startArchiving(Path definitions, Path archive) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                "-Duser.timezone=UTC", KpiCommand.class.getName(), "archive", "--definitions", definitions.toString(),
                "--templates", ProjectFiles.TEMPLATES.toAbsolutePath().toString(), "--as-of", "2026-02-28",
                "--out", archive.toString())
                .redirectErrorStream(true)
                .redirectOutput(workspace.resolve("child.log").toFile())
                .start();
    }

    /** Polls the archive folder until the child's partial folder appears. */
    private Path awaitPartialFolder(Path archive, Process child) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            Optional<Path> partial = partials(archive).stream().findFirst();
            if (partial.isPresent()) {
                return partial.get();
            }
            assertTrue(child.isAlive(), () -> "the child ended before writing a bundle: " + log());
            Thread.sleep(POLL_EVERY.toMillis());
        }
        throw new AssertionError("no partial folder appeared within " + PATIENCE + ": " + log());
    }

    private String log() {
        try {
            return Files.readString(workspace.resolve("child.log"));
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static List<Path> partials(Path archive) throws IOException {
        try (Stream<Path> list = Files.list(archive)) {
            return list.filter(Files::isDirectory).filter(PartialBundles::isPartial).toList();
        }
    }

    private static List<Path> hidden(Path archive) throws IOException {
        try (Stream<Path> list = Files.list(archive)) {
            return list.filter(path -> path.getFileName().toString().startsWith(".")).toList();
        }
    }

    private static List<Path> bundles(Path archive) throws IOException {
        try (Stream<Path> list = Files.list(archive)) {
            return list.filter(BundleVerifier::isBundle).toList();
        }
    }
}
