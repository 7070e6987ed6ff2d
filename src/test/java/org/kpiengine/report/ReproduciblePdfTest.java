package org.kpiengine.report;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same view gives the same PDF bytes; only the as-of date moves the dates in it. */
class ReproduciblePdfTest {

    private static final Pattern XMP_DATE = Pattern.compile("<xmp:(\\w+Date)>([^<]*)</xmp:\\1>");
    private static final Pattern SUBSET = Pattern.compile("([A-Z]{6})\\+(.+)");

    static PdfScorecardRenderer renderer;

    @TempDir
    Path folder;

    @BeforeAll
    static void compileTemplateOnce() {
        renderer = new PdfScorecardRenderer(PdfScorecardRendererTest.TEMPLATE);
    }

    @Test
    void theSameViewRenderedTwiceGivesTheSameBytes() throws IOException {
        ScorecardView view = ScorecardFixtures.quarterlyReview();
        Path first = folder.resolve("first.pdf");
        Path second = folder.resolve("second.pdf");

        renderer.render(view, first);
        renderer.render(view, second);

        assertEquals(-1L, Files.mismatch(first, second), "the two renders differ");
    }

    @Test
    void datesAreTheAsOfDateAtMidnightUtcInInfoAndXmp() throws IOException {
        Path pdf = folder.resolve("scorecard.pdf");

        renderer.render(ScorecardFixtures.quarterlyReview(), pdf);

        Dates dates = Dates.of(pdf);
        assertAll(
                () -> assertEquals(Instant.parse("2025-06-30T00:00:00Z"), dates.info().get("CreationDate")),
                () -> assertEquals("2025-06-30T00:00:00Z", dates.xmp().get("CreateDate")),
                // PDF/A: every date in Info has its twin in XMP, with the same value.
                () -> assertEquals(dates.info().keySet().contains("ModDate"), dates.xmp().containsKey("ModifyDate")),
                () -> dates.xmp().values().forEach(date -> assertEquals("2025-06-30T00:00:00Z", date)));
    }

    @Test
    void anotherAsOfDateGivesOtherDates() throws IOException {
        Path june = folder.resolve("june.pdf");
        Path september = folder.resolve("september.pdf");

        renderer.render(ScorecardFixtures.quarterlyReview(), june);
        renderer.render(withAsOf(ScorecardFixtures.quarterlyReview(), "2025-09-30"), september);

        Dates juneDates = Dates.of(june);
        Dates septemberDates = Dates.of(september);
        assertAll(
                () -> assertEquals(Instant.parse("2025-09-30T00:00:00Z"), septemberDates.info().get("CreationDate")),
                () -> assertEquals("2025-09-30T00:00:00Z", septemberDates.xmp().get("CreateDate")),
                () -> assertNotEquals(juneDates.info(), septemberDates.info()),
                () -> assertNotEquals(juneDates.xmp(), septemberDates.xmp()),
                () -> assertNotEquals(-1L, Files.mismatch(june, september)));
    }

    @Test
    void aViewWhoseAsOfIsNoDateStillRendersReproducibly() throws IOException {
        ScorecardView view = ScorecardFixtures.empty(List.of());
        Path first = folder.resolve("first.pdf");
        Path second = folder.resolve("second.pdf");

        renderer.render(view, first);
        renderer.render(view, second);

        assertEquals(-1L, Files.mismatch(first, second));
        assertEquals(Instant.EPOCH, Dates.of(first).info().get("CreationDate"));
    }

    @Test
    void normalisingLeavesTheTextAlone() throws Exception {
        byte[] exported = renderer.exportUnnormalized(ScorecardFixtures.quarterlyReview());
        Path raw = Files.write(folder.resolve("raw.pdf"), exported);
        Path normalised = Files.write(folder.resolve("normalised.pdf"),
                PdfNormalizer.normalize(exported, Instant.parse("2025-06-30T00:00:00Z")));

        String text = PdfText.of(normalised);
        assertEquals(PdfText.of(raw), text);
        assertTrue(text.contains("Résolution première prise"), text);
    }

    @Test
    void twoExportsOfTheSameViewNormaliseToTheSameBytes() throws Exception {
        ScorecardView view = ScorecardFixtures.quarterlyReview();
        byte[] first = renderer.exportUnnormalized(view);
        byte[] second = renderer.exportUnnormalized(view);
        Instant asOf = Instant.parse("2025-06-30T00:00:00Z");

        // Jasper's own output differs, if only in its random font-subset prefixes.
        assertFalse(Arrays.equals(first, second), "Jasper's output is expected to vary");
        assertArrayEquals(PdfNormalizer.normalize(first, asOf), PdfNormalizer.normalize(second, asOf));
    }

    @Test
    void subsetPrefixesAreDerivedAndTheSameEverywhereTheFontIsNamed() throws Exception {
        Path pdf = folder.resolve("scorecard.pdf");
        renderer.render(ScorecardFixtures.quarterlyReview(), pdf);

        List<String> checked = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    COSDictionary dictionary = font.getCOSObject();
                    String baseFont = dictionary.getNameAsString(COSName.BASE_FONT);
                    Matcher subset = SUBSET.matcher(baseFont);
                    assertTrue(subset.matches(), "not a subset name: " + baseFont);
                    List<String> names = new ArrayList<>(List.of(baseFont));
                    COSArray descendants = dictionary.getCOSArray(COSName.DESCENDANT_FONTS);
                    if (descendants != null) {
                        COSDictionary descendant = (COSDictionary) descendants.getObject(0);
                        names.add(descendant.getNameAsString(COSName.BASE_FONT));
                        names.add(descendant.getCOSDictionary(COSName.FONT_DESC).getNameAsString(COSName.FONT_NAME));
                    } else {
                        names.add(dictionary.getCOSDictionary(COSName.FONT_DESC).getNameAsString(COSName.FONT_NAME));
                    }
                    names.forEach(each -> assertTrue(each.startsWith(subset.group(1) + "+"), names.toString()));
                    assertEquals(PdfNormalizer.derivedPrefix(subset.group(2), fontProgram(font)), subset.group(1),
                            baseFont);
                    checked.add(baseFont);
                }
            }
        }
        assertFalse(checked.isEmpty(), "no fonts found");
    }

    @Test
    void theIdIsTheSameTwiceAndComesFromTheContent() throws Exception {
        Path pdf = folder.resolve("scorecard.pdf");
        renderer.render(ScorecardFixtures.quarterlyReview(), pdf);

        byte[] bytes = Files.readAllBytes(pdf);
        byte[] id;
        try (PDDocument document = Loader.loadPDF(bytes)) {
            COSArray ids = document.getDocument().getTrailer().getCOSArray(COSName.ID);
            assertEquals(2, ids.size());
            id = ((COSString) ids.getObject(0)).getBytes();
            assertArrayEquals(id, ((COSString) ids.getObject(1)).getBytes());
        }
        // With the ID put back to the all-zero placeholder, the file hashes to the ID.
        String hex = java.util.HexFormat.of().withUpperCase().formatHex(id);
        String zeros = "0".repeat(hex.length());
        String latin1 = new String(bytes, StandardCharsets.ISO_8859_1);
        assertEquals(2, latin1.split(hex, -1).length - 1, "the ID appears once per entry");
        byte[] placeholder = latin1.replace(hex, zeros).getBytes(StandardCharsets.ISO_8859_1);
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(placeholder);
        assertArrayEquals(Arrays.copyOf(digest, id.length), id);
    }

    private static byte[] fontProgram(PDFont font) throws IOException {
        COSDictionary dictionary = font.getCOSObject();
        COSArray descendants = dictionary.getCOSArray(COSName.DESCENDANT_FONTS);
        COSDictionary holder = descendants == null ? dictionary : (COSDictionary) descendants.getObject(0);
        COSDictionary descriptor = holder.getCOSDictionary(COSName.FONT_DESC);
        for (COSName key : List.of(COSName.FONT_FILE, COSName.FONT_FILE2, COSName.FONT_FILE3)) {
            if (descriptor.getCOSStream(key) != null) {
                try (InputStream in = descriptor.getCOSStream(key).createInputStream()) {
                    return in.readAllBytes();
                }
            }
        }
        return new byte[0];
    }

    private static ScorecardView withAsOf(ScorecardView view, String asOf) {
        ScorecardView.Cover cover = view.cover();
        return new ScorecardView(new ScorecardView.Cover(cover.title(), cover.organisation(), cover.periodLabel(), asOf,
                cover.fingerprint(), cover.signOff()), view.language(), view.segmentDimension(), view.engineVersion(),
                view.executiveSummary(), view.sections(), view.kpiPages(), view.trendTitle(), view.trend(),
                view.findings(), view.legend(), view.appendix());
    }

    /** The dates of a PDF's Info dictionary (as instants) and of its XMP metadata (as written). */
    private record Dates(TreeMap<String, Instant> info, TreeMap<String, String> xmp) {

        static Dates of(Path pdf) throws IOException {
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                TreeMap<String, Instant> info = new TreeMap<>();
                var information = document.getDocumentInformation();
                if (information.getCreationDate() != null) {
                    info.put("CreationDate", information.getCreationDate().toInstant());
                }
                if (information.getModificationDate() != null) {
                    info.put("ModDate", information.getModificationDate().toInstant());
                }
                String metadata;
                try (InputStream in = document.getDocumentCatalog().getMetadata().exportXMPMetadata()) {
                    metadata = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                TreeMap<String, String> xmp = new TreeMap<>();
                Matcher matcher = XMP_DATE.matcher(metadata);
                while (matcher.find()) {
                    xmp.put(matcher.group(1), matcher.group(2));
                }
                return new Dates(info, xmp);
            }
        }
    }
}
