package org.kpiengine.report;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text of a PDF in drawing order with every run of white space (no-break spaces included) collapsed to
 * one space, so that text Jasper wrapped inside one cell reads as the one sentence it was.
 */
public final class PdfText {

    private PdfText() {
    }

    public static String of(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            return stripper.getText(document).replaceAll("[\\s\\u00A0]+", " ");
        }
    }
}
