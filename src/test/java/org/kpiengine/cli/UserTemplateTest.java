package org.kpiengine.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpiengine.ProjectFiles;
import org.kpiengine.report.PdfText;

/**
 * A user restyles the scorecard without touching Java: a copy of the bundled templates in a folder of their own,
 * a changed cover heading and heading colour in a renamed main template, the scorecard YAML naming it in
 * {@code template:} and {@code kpi report --templates DIR} pointing at the folder.
 */
class UserTemplateTest {

    /** The restyled headings' colour, which the bundled template does not use anywhere. */
    private static final int RESTYLED_RGB = 0xB00020;

    @TempDir
    Path folder;

    @Test
    void reportIsRenderedThroughTheUserTemplate() throws IOException {
        Path definitions = ProjectFiles.copyFixtureInto(folder.resolve("project"));
        Path scorecard = definitions.resolve("scorecards/monthly.yaml");
        Files.writeString(scorecard, Files.readString(scorecard) + "template: board.jrxml\n");
        Path templates = folder.resolve("my-templates");
        ProjectFiles.copyTree(ProjectFiles.TEMPLATES, templates);
        Path bundled = templates.resolve("scorecard.jrxml");
        String restyled = Files.readString(bundled)
                .replace("<text><![CDATA[KPI scorecard]]></text>", "<text><![CDATA[Board pack: complaints]]></text>")
                .replace("<style name=\"Heading1\" style=\"SectionHeading\" fontSize=\"15.0\"/>",
                        "<style name=\"Heading1\" style=\"SectionHeading\" fontSize=\"15.0\" forecolor=\"#B00020\"/>");
        Files.writeString(templates.resolve("board.jrxml"), restyled);
        Files.delete(bundled);
        Path pdf = folder.resolve("board.pdf");

        CliRun run = CliRun.of("report", "--definitions", definitions.toString(), "--templates", templates.toString(),
                "--out", pdf.toString());

        assertEquals(0, run.exitCode(), run.err());
        String text = PdfText.of(pdf);
        assertAll(
                () -> assertTrue(text.startsWith("Board pack: complaints Monthly complaints"), text),
                () -> assertFalse(text.contains("KPI scorecard"), text),
                () -> assertTrue(pixelsOf(pdf, 3, RESTYLED_RGB) > 100, "the executive summary heading is restyled"));
    }

    /** How many pixels of a page, rendered at 72 dpi, have about this colour. */
    private static int pixelsOf(Path pdf, int page, int rgb) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(page - 1, 72);
            int count = 0;
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    if (near(image.getRGB(x, y), rgb)) {
                        count++;
                    }
                }
            }
            return count;
        }
    }

    private static boolean near(int a, int b) {
        return Math.abs((a >> 16 & 0xFF) - (b >> 16 & 0xFF)) < 24 && Math.abs((a >> 8 & 0xFF) - (b >> 8 & 0xFF)) < 24
                && Math.abs((a & 0xFF) - (b & 0xFF)) < 24;
    }
}
