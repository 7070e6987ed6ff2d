package org.kpiengine.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.kpiengine.ProjectFiles;
import org.kpiengine.api.KpiEngine;
import org.kpiengine.cli.CliRun;
import org.kpiengine.definition.ScorecardDefinition;
import org.kpiengine.evaluation.Progress;
import org.kpiengine.report.ScorecardReports;

/** Archives of the sample scorecard made through the command line, and copies to tamper with. */
final class ArchivedRuns {

    static final String AS_OF = "2025-06-30";
    static final String BUNDLE_NAME = "complaints_monthly-" + AS_OF + "-\\d{8}T\\d{6}Z-[0-9a-f]{8}";

    private ArchivedRuns() {
    }

    static CliRun archive(Path archive) {
        CliRun run = CliRun.of("archive", "--scorecard", "complaints_monthly", "--as-of", AS_OF, "--out",
                archive.toString(), "--author", "Quality Office");
        assertEquals(0, run.exitCode(), run.err());
        return run;
    }

    /**
     * Archives the scorecard of a definitions folder directly, at a fixed time and with a fixed suffix, so
     * that bundle names, timestamps and retain-until dates are known in advance.
     */
    static ArchivedBundle archiveAt(Path archive, Path definitions, String asOf, String at, String suffix,
                                    String author) {
        return archiveAt(archive, definitions, asOf, at, suffix, author, Optional.empty());
    }

    static ArchivedBundle archiveAt(Path archive, Path definitions, String asOf, String at, String suffix,
                                    String author, Optional<SigningKey> signing) {
        KpiEngine engine = KpiEngine.load(definitions);
        ScorecardDefinition scorecard = engine.scorecard(Optional.empty());
        ScorecardReports reports = new ScorecardReports(ProjectFiles.TEMPLATES);
        Optional<LocalDate> day = Optional.of(LocalDate.parse(asOf));
        ArchiveRequest request = new ArchiveRequest(engine.definitions(), scorecard, day, reports.templateFilesOf(scorecard),
                source -> engine.evaluate(scorecard, day, source, Progress.SILENT),
                (interpretation, restatement, pdf) -> reports.renderPdf(engine.definitions(), interpretation, "test",
                        restatement, pdf),
                "test", author, Map.of("scorecard", scorecard.id()), signing, false);
        Clock clock = Clock.fixed(Instant.parse(at), ZoneOffset.UTC);
        return new ScorecardArchiver(archive, clock, () -> suffix).archive(request);
    }

    static List<Path> bundles(Path archive) {
        try (Stream<Path> list = Files.list(archive)) {
            return list.filter(Files::isDirectory).filter(path -> path.getFileName().toString().matches(BUNDLE_NAME))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path copy(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.sorted(Comparator.naturalOrder()).toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void flipByte(Path file, int position) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            int at = Math.min(position, bytes.length - 1);
            bytes[at] = (byte) (bytes[at] ^ 0x01);
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String masked(String text) {
        return text.replaceAll(BUNDLE_NAME, "<bundle>").replace('\\', '/');
    }
}
