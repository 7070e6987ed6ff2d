package org.kpiengine.report;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.kpiengine.error.InvalidInputException;
import org.kpiengine.error.KpiException;
import org.kpiengine.report.ScorecardView.FindingRow;

class PdfScorecardRendererTest {

    static final Path TEMPLATE = Path.of("report-templates", "scorecard.jrxml");

    static PdfScorecardRenderer renderer;

    @TempDir
    Path folder;

    @BeforeAll
    static void compileTemplateOnce() {
        renderer = new PdfScorecardRenderer(TEMPLATE);
    }

    @Test
    void printsEveryKpiValueBandAndFinding() throws IOException {
        ScorecardView view = ScorecardFixtures.quarterlyReview();
        Path pdf = folder.resolve("scorecard.pdf");

        renderer.render(view, pdf);

        String text = PdfText.of(pdf);
        Stream<Executable> checks = Stream.of(
                Stream.of(view.title(), view.organisation(), view.periodLabel(), view.asOf(), "region"),
                view.summary().stream().flatMap(row -> Stream.of(row.name(), row.value(), row.band())),
                Stream.of("▼ -3.1 pts", "▲ +12.0 %"),
                view.findings().stream().map(FindingRow::message),
                Stream.of("Page 2 of ", "kpi-engine 0.1.0-test"))
                .flatMap(s -> s)
                .map(expected -> () -> assertTrue(text.contains(expected), "missing '" + expected + "' in:\n" + text));
        assertAll(checks);
        assertFalse(text.contains("No findings."), text);
    }

    @Test
    void printsHowEachKpiIsRatedAfterTheFindings() throws IOException {
        Path pdf = folder.resolve("scorecard.pdf");

        renderer.render(ScorecardFixtures.quarterlyReview(), pdf);

        String text = PdfText.of(pdf);
        List<String> rows = List.of(
                "Résolution première prise Green >= 85 Amber >= 70 and < 85 Red < 70 rated on the exact value 75.0 %",
                "Cost per ticket Within budget <= 11.5 Over budget > 11.5"
                        + " rated on the value as displayed (2 decimals) 11.00 EUR",
                "Customer satisfaction Green > 4.2 Amber > 3.5 and <= 4.2 R&D <review> <= 3.5"
                        + " rated on the value as displayed (1 decimal) 4.2",
                "Open backlog – not rated 250");
        assertAll(rows.stream().map(row -> () -> assertTrue(text.contains(row), "missing '" + row + "' in:\n" + text)));
        // The contents and the method appendix name the legend too; its heading is followed by its introduction.
        int heading = text.indexOf("How each KPI is rated Bands and targets in force");
        assertTrue(heading > text.indexOf("Cost per ticket rose 12 %"), "the legend must follow the findings:\n" + text);
        assertTrue(text.indexOf("KPI Bands Rule Target", heading) > heading, "legend table header:\n" + text);
    }

    @Test
    void legendMarkupKeepsEachBandOnOneLineAndLabelsLiteral() {
        String markup = ScorecardParameters.bandsMarkup(ScorecardFixtures.legend().get(2).bands());

        assertTrue(markup.contains("<style isBold=\"true\" backcolor=\"#C62828\" forecolor=\"#FFFFFF\">"
                + "\u00A0R&amp;D\u00A0&lt;review&gt;\u00A0</style>\u00A0&lt;=\u00A03.5"), markup);
        assertTrue(markup.contains("forecolor=\"#1F2933\">\u00A0Amber"), "dark text on amber: " + markup);
        assertEquals("–", ScorecardParameters.bandsMarkup(List.of()));
    }

    @Test
    void legendRowsRepeatTheirHeaderOnEveryPage() throws IOException {
        List<ScorecardView.BandLegendRow> many = new java.util.ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            many.add(new ScorecardView.BandLegendRow("KPI number " + i, ScorecardFixtures.legend().get(0).bands(),
                    "rated on the exact value", i + ".0 %"));
        }
        ScorecardView view = ScorecardFixtures.withLegend(ScorecardFixtures.withoutFindings(), many);
        Path pdf = folder.resolve("long.pdf");

        renderer.render(view, pdf);

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            int legendPages = 0;
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(document).replaceAll("[\\s\\u00A0]+", " ");
                if (text.contains("KPI number ")) {
                    legendPages++;
                    assertTrue(text.contains("KPI Bands Rule Target"), "page " + page + " lacks the header:\n" + text);
                }
            }
            assertTrue(legendPages >= 2, "60 rows should take more than one page, took " + legendPages);
        }
        String text = PdfText.of(pdf);
        for (int i = 1; i <= 60; i++) {
            assertTrue(text.contains("KPI number " + i + " Green >= 85"), "row " + i + " missing:\n" + text);
        }
    }

    @Test
    void documentMetadataNamesTheScorecard() throws IOException {
        Path pdf = folder.resolve("scorecard.pdf");
        renderer.render(ScorecardFixtures.quarterlyReview(), pdf);

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDDocumentInformation info = document.getDocumentInformation();
            assertEquals("Customer service scorecard", info.getTitle());
            assertEquals("Acme Services Europe", info.getAuthor());
            assertEquals("KPI scorecard for Q2 2025", info.getSubject());
            assertEquals("kpi-engine 0.1.0-test", info.getCreator());
        }
    }

    @Test
    void emptyFindingsSayNoFindings() throws IOException {
        Path pdf = folder.resolve("quiet.pdf");

        renderer.render(ScorecardFixtures.withoutFindings(), pdf);

        assertTrue(PdfText.of(pdf).contains("No findings."));
    }

    @Test
    void malformedTemplateIsInvalidInputNamingFileLineAndColumn() throws IOException {
        Path broken = folder.resolve("broken.jrxml");
        Files.writeString(broken, "<jasperReport name=\"broken\">\n  <title height=\"20\">\n</jasperReport>\n");

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new PdfScorecardRenderer(broken));

        assertEquals(broken + ":3:14: error: the report template could not be read:"
                + " Unexpected close tag </jasperReport>; expected </title>.", e.getMessage());
        try (Stream<Path> left = Files.list(folder)) {
            assertEquals(List.of(broken), left.toList(), "nothing but the template may be in the folder");
        }
    }

    @Test
    void unknownElementKindIsInvalidInput() throws IOException {
        Path typo = folder.resolve("typo.jrxml");
        Files.writeString(typo, """
                <jasperReport name="typo">
                  <title height="20">
                    <element kind="textFeld" x="0" y="0" width="100" height="20"/>
                  </title>
                </jasperReport>
                """);

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new PdfScorecardRenderer(typo));

        assertEquals(typo + ":3:5: error: the report template could not be read: there is no element kind 'textFeld'",
                e.getMessage());
    }

    @Test
    void brokenExpressionIsInvalidInputQuotingTheExpression() throws IOException {
        Path template = folder.resolve("expression.jrxml");
        Files.writeString(template, """
                <jasperReport name="expression">
                  <title height="20">
                    <element kind="textField" x="0" y="0" width="100" height="20">
                      <expression><![CDATA["Total: " + "abc".lenght()]]></expression>
                    </element>
                  </title>
                </jasperReport>
                """);

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new PdfScorecardRenderer(template));

        assertEquals(1, e.problems().size(), e.getMessage());
        assertEquals(template + ": error: the report template could not be compiled:"
                + " the expression '\"Total: \" + \"abc\".lenght()' has an error:"
                + " The method lenght() is undefined for the type String",
                e.getMessage());
    }

    @Test
    void missingTemplateIsInvalidInput() {
        Path missing = folder.resolve("nope.jrxml");

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new PdfScorecardRenderer(missing));

        assertEquals(missing + ": error: the report template could not be read: the file does not exist",
                e.getMessage());
    }

    @Test
    void failedFillLeavesNoFile() throws IOException {
        Path pdf = folder.resolve("never.pdf");
        ScorecardView seriesWithoutName = ScorecardFixtures.empty(
                List.of(new ScorecardView.TrendPoint(null, "2025-01", 1.0)));

        assertThrows(KpiException.class, () -> renderer.render(seriesWithoutName, pdf));

        try (Stream<Path> left = Files.list(folder)) {
            assertEquals(List.of(), left.toList());
        }
    }

    @Test
    void successLeavesOnlyTheOutput() throws IOException {
        Path pdf = folder.resolve("scorecard.pdf");

        renderer.render(ScorecardFixtures.withoutFindings(), pdf);

        try (Stream<Path> left = Files.list(folder)) {
            assertEquals(List.of(pdf), left.toList());
        }
    }
}
