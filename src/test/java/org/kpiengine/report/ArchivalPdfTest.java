package org.kpiengine.report;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scorecard as an archival document: PDF/A-3a, tagged, in its declared language, charts labelled in text. */
class ArchivalPdfTest {

    @TempDir
    static Path folder;

    static Path pdf;

    @BeforeAll
    static void render() {
        pdf = folder.resolve("scorecard.pdf");
        new PdfScorecardRenderer(PdfScorecardRendererTest.TEMPLATE).render(ScorecardFixtures.quarterlyReview(), pdf);
    }

    @Test
    void claimsAndPassesPdfA3a() throws Exception {
        PdfaVerdict verdict = PdfaVerdict.of(pdf);

        assertEquals(List.of("3a"), verdict.claimedFlavours(), "PDF/A flavours claimed in the XMP metadata");
        assertEquals(List.of(), verdict.failedRules());
        assertTrue(verdict.compliant());
    }

    @Test
    void isTaggedInTheScorecardsLanguage() throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDDocumentCatalog catalog = document.getDocumentCatalog();
            assertAll(
                    () -> assertEquals("en-GB", catalog.getLanguage()),
                    () -> assertTrue(catalog.getMarkInfo() != null && catalog.getMarkInfo().isMarked(), "marked"),
                    () -> assertNotNull(catalog.getStructureTreeRoot(), "structure tree"),
                    () -> assertEquals("1.7", Float.toString(document.getVersion())));
        }
    }

    @Test
    void leavesNoIncompleteCidSetBehind() throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            List<COSDictionary> descriptors = PdfNormalizer.reachableDictionaries(document).stream()
                    .filter(dictionary -> COSName.FONT_DESC.equals(dictionary.getCOSName(COSName.TYPE))).toList();
            assertTrue(!descriptors.isEmpty(), "no font descriptors found");
            descriptors.forEach(descriptor -> assertTrue(!descriptor.containsKey(COSName.CID_SET),
                    descriptor.getNameAsString(COSName.FONT_NAME) + " keeps a CIDSet"));
        }
    }

    @Test
    void chartTitlesAxesAndLegendsAreText() throws Exception {
        String text = PdfText.of(pdf);

        assertAll(Stream.of("Résolution première prise by month, 2025-01 to 2025-06", "2025-01 2025-02", "Target")
                .map(expected -> () -> assertTrue(text.contains(expected), "missing '" + expected + "' in:\n" + text)));
    }
}
