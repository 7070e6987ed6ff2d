package org.kpiengine.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.approvaltests.Approvals;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpiengine.ProjectFiles;
import org.kpiengine.cli.CliRun;
import org.kpiengine.report.PdfaVerdict;

/** The archived PDF/A-3 carries the definitions, templates and results of its bundle, and verify holds it to them. */
class AttachedFilesTest {

    @TempDir
    static Path workspace;

    static ArchivedBundle bundle;

    @BeforeAll
    static void archive() {
        Path definitions = ProjectFiles.copyFixtureInto(workspace.resolve("project"));
        bundle = ArchivedRuns.archiveAt(workspace.resolve("archive"), definitions, "2026-02-28", "2026-03-01T09:00:00Z",
                "0000cccc", "Quality Office");
    }

    private Path pdf() {
        return bundle.folder().resolve(ScorecardArchiver.PDF);
    }

    @Test
    void everyBundleFileButThePdfIsAttachedWithItsRelationshipAndMimeType() throws Exception {
        List<PdfAttachments.Embedded> attached = PdfAttachments.read(pdf());
        List<String> expected = bundle.manifest().files().stream().map(BundleFile::path)
                .filter(path -> !path.equals(ScorecardArchiver.PDF)).toList();
        assertEquals(expected, attached.stream().map(PdfAttachments.Embedded::name).toList());
        assertEquals(expected, bundle.manifest().attachments());
        for (PdfAttachments.Embedded file : attached) {
            assertEquals(Sha256.of(bundle.folder().resolve(file.name())), Sha256.of(file.content()), file.name());
        }
        Approvals.verify(attached.stream().map(file -> file.name() + "  " + file.relationship() + "  " + file.mimeType())
                .collect(Collectors.joining("\n", "", "\n")));
    }

    @Test
    void theTemplateSnapshotHoldsTheSubreportsToo() {
        assertTrue(Files.isRegularFile(bundle.folder().resolve("templates/scorecard-kpi-page.jrxml")));
        assertTrue(Files.isRegularFile(bundle.folder().resolve("templates/scorecard-sections.jrxml")));
    }

    @Test
    void theAttachedPdfStaysPdfA() throws Exception {
        PdfaVerdict verdict = PdfaVerdict.of(pdf());
        assertTrue(verdict.claimedFlavours().stream().anyMatch(flavour -> flavour.startsWith("3")),
                verdict.claimedFlavours().toString());
        assertTrue(verdict.compliant(), String.join("\n", verdict.failedRules()));
    }

    @Test
    void verifyChecksTheAttachments() {
        CliRun run = CliRun.of("verify", bundle.folder().toString());
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("/scorecard.pdf: ok: " + bundle.manifest().attachments().size()
                + " attachments match the bundle's files"), run.out());
    }

    /** Results rewritten together with the manifest pass every hash, but not the copy the PDF carries. */
    @Test
    void resultsRewrittenWithTheirManifestDifferFromTheAttachedCopy() throws Exception {
        Path copy = ArchivedRuns.copy(bundle.folder(), workspace.resolve("rewritten-" + System.nanoTime())
                .resolve(bundle.folder().getFileName().toString()));
        Path results = copy.resolve(ScorecardArchiver.RESULTS_CSV);
        Files.writeString(results, Files.readString(results).replaceFirst("\n([^,\n]*),", "\n$1x,"));
        List<BundleFile> files = bundle.manifest().files().stream()
                .map(file -> file.path().equals(ScorecardArchiver.RESULTS_CSV) ? BundleFile.of(copy, results) : file)
                .toList();
        Files.write(copy.resolve(BundleFiles.MANIFEST), bundle.manifest().withFiles(files).toJson());

        CliRun run = CliRun.of("verify", copy.toString());

        assertEquals(1, run.exitCode(), run.out());
        Approvals.verify(run.out().replace(copy.toString(), "<bundle>").replace('\\', '/')
                .replaceAll("[0-9a-f]{64}", "<sha256>"));
    }
}
