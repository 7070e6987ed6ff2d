package org.kpiengine.archive;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpiengine.ProjectFiles;
import org.kpiengine.cli.CliRun;

/** {@code kpi archive} run twice into one archive: two complete bundles, chained in the index. */
class ArchiveCommandTest {

    @TempDir
    static Path archive;

    static List<Path> bundles;

    @BeforeAll
    static void archiveTwice() {
        ArchivedRuns.archive(archive);
        ArchivedRuns.archive(archive);
        bundles = ArchivedRuns.bundles(archive);
    }

    @Test
    void everyRunWritesItsOwnBundleAndIndexEntry() throws IOException {
        assertEquals(2, bundles.size(), String.valueOf(bundles));
        List<String> index = Files.readAllLines(archive.resolve("index.jsonl"));
        assertEquals(2, index.size());
        JsonNode second = new ObjectMapper().readTree(index.get(1));
        assertEquals(Sha256.of(index.get(0)), second.get("previous_sha256").asText());
        assertEquals(Sha256.of(bundles.get(1).resolve("manifest.json")), second.get("manifest_sha256").asText());
        try (Stream<Path> list = Files.list(archive)) {
            assertEquals(List.of(), list.filter(path -> path.getFileName().toString().startsWith(".")).toList());
        }
    }

    @Test
    void manifestRecordsTheRunAndHashesEveryFile() throws IOException {
        Path bundle = bundles.get(0);
        JsonNode manifest = new ObjectMapper().readTree(bundle.resolve("manifest.json").toFile());
        assertEquals("kpi-engine-archive/1", manifest.get("format").asText());
        assertEquals(bundle.getFileName().toString(), manifest.get("bundle").asText());
        assertEquals("Quality Office", manifest.get("author").asText());
        assertEquals(ArchivedRuns.AS_OF, manifest.get("as_of").asText());
        assertEquals("complaints_monthly", manifest.get("parameters").get("scorecard").asText());
        assertTrue(manifest.get("generated_at").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"));
        List<String> paths = manifest.get("files").findValuesAsText("path");
        assertTrue(paths.containsAll(List.of("scorecard.pdf", "results.json", "results.csv",
                "definitions/scorecards/complaints_monthly.yaml", "definitions/kpis/nps.yaml",
                "definitions/rules/worst-band-streak.drl", "templates/scorecard.jrxml")), String.valueOf(paths));
        for (JsonNode file : manifest.get("files")) {
            assertEquals(Sha256.of(bundle.resolve(file.get("path").asText())), file.get("sha256").asText());
        }
    }

    @Test
    void fingerprintsEveryDataSourceTheScorecardRead() throws IOException {
        JsonNode manifest = new ObjectMapper().readTree(bundles.get(0).resolve("manifest.json").toFile());
        JsonNode complaints = null;
        for (JsonNode source : manifest.get("data_sources")) {
            if (source.get("dataset").asText().equals("complaints")) {
                complaints = source;
            }
        }
        assertTrue(complaints != null, manifest.toPrettyString());
        assertEquals(Sha256.of(ProjectFiles.SAMPLE_DATA.resolve("complaints.csv")), complaints.get("sha256").asText());
        assertEquals(Files.size(ProjectFiles.SAMPLE_DATA.resolve("complaints.csv")), complaints.get("size").asLong());
        assertTrue(complaints.get("aggregated_rows").asInt() > 0);
    }

    @Test
    void sameInputsGiveIdenticalPdfAndResults() throws IOException {
        assertNotEquals(bundles.get(0).getFileName(), bundles.get(1).getFileName());
        for (String file : List.of("scorecard.pdf", "results.json", "results.csv")) {
            assertArrayEquals(Files.readAllBytes(bundles.get(0).resolve(file)),
                    Files.readAllBytes(bundles.get(1).resolve(file)), file);
        }
    }

    @Test
    void verifiesAnUntouchedArchiveAndBundle() {
        CliRun whole = CliRun.of("verify", archive.toString());
        assertEquals(0, whole.exitCode(), whole.out() + whole.err());
        assertEquals("index.jsonl: ok: 2 entries, chain intact\n<bundle>: ok: 66 files match the manifest\n",
                ArchivedRuns.masked(whole.out()).lines().limit(2).map(line -> line.replaceAll("\\d+ files", "66 files") + "\n")
                        .reduce("", String::concat));
        assertTrue(whole.out().endsWith("Verified 2 bundles: every file and hash matches.\n"), whole.out());
        CliRun one = CliRun.of("verify", bundles.get(1).toString());
        assertEquals(0, one.exitCode(), one.out() + one.err());
    }

    @Test
    void reportCanArchiveItsRun(@TempDir Path folder) throws IOException {
        Path pdf = folder.resolve("scorecard.pdf");
        CliRun run = CliRun.of("report", "--scorecard", "complaints_monthly", "--as-of", ArchivedRuns.AS_OF, "--out",
                pdf.toString(), "--archive", folder.resolve("archive").toString());
        assertEquals(0, run.exitCode(), run.err());
        Path bundle = ArchivedRuns.bundles(folder.resolve("archive")).get(0);
        assertArrayEquals(Files.readAllBytes(bundle.resolve("scorecard.pdf")), Files.readAllBytes(pdf));
        assertEquals(0, CliRun.of("verify", folder.resolve("archive").toString()).exitCode());
    }

    @Test
    void verifyingSomethingElseIsInvalidInput(@TempDir Path folder) {
        CliRun run = CliRun.of("verify", folder.toString());
        assertEquals(1, run.exitCode());
        assertEquals(folder + ": error: neither a bundle (it has no manifest.json) nor an archive (it has no "
                + "index.jsonl)\n", run.err());
    }
}
