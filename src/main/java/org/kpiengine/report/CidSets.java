package org.kpiengine.report;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Removes the CIDSet streams from a PDF's font descriptors. Jasper's PDF library writes a CIDSet that lists only
 * the glyphs used, while PDF/A-2 and -3 (rule 6.2.11.4.2) want one that lists every glyph of the embedded subset,
 * or none at all. Without the stream a reader takes the glyphs from the font program itself.
 */
final class CidSets {

    private CidSets() {
    }

    /** @return how many CIDSet streams were removed */
    static int removeFrom(PDDocument document) {
        int removed = 0;
        for (COSDictionary dictionary : PdfNormalizer.reachableDictionaries(document)) {
            if (COSName.FONT_DESC.equals(dictionary.getCOSName(COSName.TYPE)) && dictionary.containsKey(COSName.CID_SET)) {
                dictionary.removeItem(COSName.CID_SET);
                removed++;
            }
        }
        return removed;
    }
}
