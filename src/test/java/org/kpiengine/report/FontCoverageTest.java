package org.kpiengine.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpiengine.error.InvalidInputException;
import org.kpiengine.error.SourceLocation;
import org.kpiengine.report.ScorecardView.BandChip;
import org.kpiengine.report.ScorecardView.BandLegendRow;
import org.kpiengine.report.ScorecardView.KpiSummaryRow;

/** No text disappears: what the embedded font covers is printed, anything else fails before the fill, by name. */
class FontCoverageTest {

    private static final String ACCENTS_AND_CURRENCIES = "Coût moyen d'une réclamation (€ £ ¥ ₹ ₩ ₺ ₽), Ærø Ñandú Łódź";

    @TempDir
    Path folder;

    @Test
    void accentsAndCurrencySymbolsAreRendered() throws IOException {
        ScorecardView view = ScorecardFixtures.withLegend(ScorecardFixtures.quarterlyReview(), List.of(
                new BandLegendRow(ACCENTS_AND_CURRENCIES, List.of(new BandChip("Très bien", "#2E7D32", "<= 11,5 €")),
                        "rated on the exact value", "11,00 €")));
        Path pdf = folder.resolve("accents.pdf");

        new PdfScorecardRenderer(PdfScorecardRendererTest.TEMPLATE).render(view, pdf);

        String text = PdfText.of(pdf);
        assertTrue(text.contains(ACCENTS_AND_CURRENCIES + " Très bien <= 11,5 € rated on the exact value 11,00 €"), text);
    }

    @Test
    void cjkTextFailsNamingKpiFieldAndCharacters() {
        ScorecardView base = ScorecardFixtures.quarterlyReview();
        KpiSummaryRow row = base.sections().get(0).rows().get(0);
        KpiSummaryRow japanese = new KpiSummaryRow("csat_jp", "顧客満足度 (CSAT)", row.value(), row.unit(), row.target(),
                row.band(), row.bandColour(), row.change(), row.changeArrow(), row.changeColour(), row.benchmark(),
                row.sample(), row.insufficientData(), row.sparkline(), row.gauge());
        ScorecardView view = new ScorecardView(base.cover(), base.language(), base.segmentDimension(),
                base.engineVersion(), base.executiveSummary(),
                List.of(new ScorecardView.Section("Satisfaction", List.of(japanese))), List.of(), base.trendTitle(),
                base.trend(), base.findings(), base.legend(), base.appendix());
        Path pdf = folder.resolve("cjk.pdf");
        SourceLocation kpiFile = new SourceLocation("kpis/csat_jp.yaml", 3, 1);

        InvalidInputException e = assertThrows(InvalidInputException.class, () ->
                new PdfScorecardRenderer(PdfScorecardRendererTest.TEMPLATE).render(view, pdf,
                        kpiId -> "csat_jp".equals(kpiId) ? kpiFile : new SourceLocation("scorecard.yaml", 0, 0)));

        assertEquals("kpis/csat_jp.yaml:3:1: error: kpi 'csat_jp': the name \"顧客満足度 (CSAT)\" has characters the"
                + " report font DejaVu Sans cannot show, which would be missing from the PDF: 顧 (U+9867), 客 (U+5BA2),"
                + " 満 (U+6E80), 足 (U+8DB3), 度 (U+5EA6); write them differently or use a template whose font covers"
                + " them", e.problems().get(0).format());
        assertEquals(1, e.problems().size(), e.problems().toString());
        assertFalse(Files.exists(pdf), "no PDF is written");
    }
}
