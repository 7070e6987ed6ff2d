package org.kpiengine.report;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parts of the scorecard beyond the tables: cover, executive summary, section tables, KPI pages, outline. */
class ScorecardContentTest {

    @TempDir
    static Path folder;

    static Path pdf;
    static String text;

    @BeforeAll
    static void renderOnce() throws IOException {
        pdf = folder.resolve("scorecard.pdf");
        new PdfScorecardRenderer(PdfScorecardRendererTest.TEMPLATE).render(ScorecardFixtures.quarterlyReview(), pdf);
        text = PdfText.of(pdf);
    }

    private static void assertContainsInOrder(String... expected) {
        int from = 0;
        for (String part : expected) {
            int at = text.indexOf(part, from);
            assertTrue(at >= 0, "missing '" + part + "' after position " + from + " in:\n" + text);
            from = at + part.length();
        }
    }

    @Test
    void coverNamesScorecardPeriodFingerprintAndSignOffRoles() throws IOException {
        String cover = pageText(1);
        assertAll(
                () -> assertTrue(cover.contains("Customer service scorecard Acme Services Europe"), cover),
                () -> assertTrue(cover.contains("Period Q2 2025 As of 2025-06-30 Segmented by region"
                        + " Definitions fingerprint 0123456789abcdef"), cover),
                () -> assertTrue(cover.contains("Role What the signature means Name Date Signature"), cover),
                () -> assertTrue(cover.contains("Head of Service Figures reviewed; actions agreed."), cover),
                () -> assertTrue(cover.contains("Quality Manager Data sources checked."), cover),
                () -> assertFalse(cover.contains("Executive summary"), "the cover is a page of its own:\n" + cover));
    }

    @Test
    void executiveSummaryCountsKpisPerBandAndListsTheKeyFindings() {
        assertContainsInOrder("Executive summary", "KPIs per band in Q2 2025", "Band KPIs", "Green 2", "Amber 2",
                "Red 1", "Most important findings", "critical Résolution première prise North",
                "First-contact resolution fell below 70 % for the second month running.",
                "… and 1 more finding (1 warning), listed in full under Findings.");
    }

    @Test
    void sectionTablesShowBenchmarkAndInsufficientData() {
        assertContainsInOrder("Summary by section", "Service quality",
                "KPI Value Unit Target Band Change Benchmark Sample Trend Bands, target",
                "Résolution première prise 68.4 % 75.0 Red ▼ -3.1 pts 72.0 % 1,204",
                "Customer satisfaction 4.4 score 4.2 Green ▲ +0.1 – 18 Insufficient data",
                "Cost and backlog", "KPI Value Unit Target Band Change Benchmark Sample Trend Bands, target", "Cost per ticket");
    }

    @Test
    void kpiPageShowsFiguresDefinitionAndWhatToDo() {
        assertContainsInOrder("KPI pages · Service quality", "Résolution première prise",
                "Latest value 68.4 %", "Band Red", "Target 75.0 %", "Change ▼ -3.1 pts since 2025-05",
                "95 % interval 66.1 to 70.7 %", "Benchmark 72.0 % (Benchmark Co)", "Sample 1,204",
                "Definition Share of contacts resolved at the first contact.",
                "Measurement approach Every closed ticket counts once.",
                "Formula fcr_resolved / fcr_contacts * 100",
                "Findings for this KPI",
                "• Critical (2025-06, North): First-contact resolution fell below 70 % for the second month running.",
                "Diagnostic questions", "Actionable tips", "Risk warnings");
        assertContainsInOrder("Diagnostic questions",
                "• Which teams lost the most first-contact resolutions?", "• Did the call mix change?");
        assertContainsInOrder("Actionable tips", "• Coach the North team on the top three repeat reasons.");
        assertContainsInOrder("Risk warnings", "• A rise in transfers hides unresolved first contacts.");
        assertContainsInOrder("KPI pages · Cost and backlog", "Open backlog", "Findings for this KPI",
                "No findings for this KPI.");
    }

    /** Zone labels are chart text, so the band never rests on colour alone; a segment without a value has no bar. */
    @Test
    void kpiPageChartsShowBandZonesAndSegments() {
        assertContainsInOrder("Résolution première prise by month, 2025-01 to 2025-06", "Green", "Amber", "Red",
                "Résolution première prise by region, 2025-06", "North", "South", "Zürich", "64.2", "71.9");
    }

    /** Cover, contents, executive summary, sections, one page per KPI, trend, findings, legend, appendices. */
    @Test
    void contentsListEveryHeadingWithItsPage() throws IOException {
        String contents = pageText(2);
        assertTrue(contents.contains("Contents Executive summary 3 Summary by section 4 Service quality 4 Cost and backlog 4"
                + " KPI pages 5 Résolution première prise 5 Open backlog 6 Findings 8 How each KPI is rated 8"
                + " Data quality 9 Method 10"), contents);
    }

    @Test
    void dataQualityAppendixShowsRowsSamplesAndPartialPeriods() {
        assertContainsInOrder("Data quality", "Dataset Rows read Rows rejected Share rejected",
                "tickets 12,040 3 0.02 %", "surveys 1,810 0 0.00 %", "Sample sizes in the latest period",
                "The period 2025-06 is still in progress", "KPI Sample Minimum Sample suffices",
                "Résolution première prise 1,204 100 enough", "Customer satisfaction 18 30 Insufficient data");
    }

    @Test
    void methodAppendixShowsFormulasClausesAndRules() {
        assertContainsInOrder("Method", "KPI Formula Rounding ISO 10002 clauses",
                "Résolution première prise fcr_resolved / fcr_contacts * 100 rated on the exact value"
                        + " 8.2 Analysis and evaluation of complaints 8.3 Satisfaction with the complaints-",
                "ISO 10002 clauses left uncovered", "No KPI of this scorecard serves these clauses of ISO 10002: 7.1",
                "Rules applied", "Rule File Fired", "Target missed rules/target-missed.drl 2 findings",
                "Too little data rules/insufficient-sample.drl did not fire");
    }

    @Test
    void everyKpiStartsItsOwnPage() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            int first = -1;
            int second = -1;
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                String pageText = pageText(page);
                if (pageText.contains("KPI pages · Service quality")) {
                    first = page;
                }
                if (pageText.contains("KPI pages · Cost and backlog")) {
                    second = page;
                }
            }
            assertTrue(first > 1 && second == first + 1, "KPI pages on " + first + " and " + second);
        }
    }

    @Test
    void outlineHasTheSectionsAndKpiPages() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            List<String> outline = new ArrayList<>();
            for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
                outline.add(item.getTitle());
                for (PDOutlineItem child : item.children()) {
                    outline.add("  " + child.getTitle());
                }
            }
            assertEquals(List.of("Executive summary", "Summary by section", "  Service quality", "  Cost and backlog",
                    "KPI pages", "  Résolution première prise", "  Open backlog", "Findings",
                    "How each KPI is rated", "Data quality", "Method"), outline);
        }
    }

    /** The cover counts but carries no number. */
    @Test
    void pagesAreNumberedXOfY() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            int pages = document.getNumberOfPages();
            for (int page = 2; page <= pages; page++) {
                String pageText = pageText(page);
                assertTrue(pageText.contains("Page " + page + " of " + pages), "page " + page + ":\n" + pageText);
            }
        }
    }

    static String pageText(int page) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            return stripper.getText(document).replaceAll("[\\s\\u00A0]+", " ");
        }
    }
}
