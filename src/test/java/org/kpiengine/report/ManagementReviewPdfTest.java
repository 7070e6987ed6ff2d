package org.kpiengine.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.approvaltests.Approvals;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpiengine.ProjectFiles;
import org.kpiengine.api.KpiEngine;
import org.kpiengine.rules.Interpretation;

/**
 * The quarterly management-review scorecard of the sample data, rendered as {@code kpi report} does: its text is
 * approved page by page, and veraPDF passes it. Nothing in the text is volatile: the engine version is fixed, the
 * as-of date comes from the data and the fingerprint from the definitions (a changed definition needs a new approval).
 */
class ManagementReviewPdfTest {

    @TempDir
    static Path folder;

    static Path pdf;

    @BeforeAll
    static void render() {
        KpiEngine engine = KpiEngine.load(ProjectFiles.DEFINITIONS);
        Interpretation result = engine.evaluate(engine.scorecard(Optional.of("management_review")), Optional.empty());
        pdf = folder.resolve("management_review.pdf");
        new ScorecardReports(ProjectFiles.TEMPLATES).renderPdf(engine.definitions(), result, "test", pdf);
    }

    @Test
    void textOfEveryPage() throws IOException {
        StringBuilder text = new StringBuilder();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                text.append("==== page ").append(page).append('\n').append(stripper.getText(document).strip())
                        .append('\n');
            }
        }
        Approvals.verify(text.toString());
    }

    @Test
    void passesPdfA3a() throws Exception {
        PdfaVerdict verdict = PdfaVerdict.of(pdf);

        assertTrue(verdict.compliant(), "veraPDF PDF/A-3a failures:\n" + String.join("\n", verdict.failedRules()));
    }
}
