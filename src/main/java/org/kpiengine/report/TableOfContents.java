package org.kpiengine.report;

import java.util.ArrayList;
import java.util.List;

import net.sf.jasperreports.engine.JRPrintAnchor;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintFrame;
import net.sf.jasperreports.engine.JRPrintPage;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.JasperPrint;

/**
 * The table of contents after the cover, filled in one pass: the template lays out one row per entry with a
 * placeholder page number (text fields keyed {@code toc.label} and {@code toc.page}), and once the fill has placed
 * every heading, each placeholder is replaced by the page of the bookmark with the row's label. The entries mirror
 * the headings the bundled template bookmarks; a row whose label no bookmark carries keeps a dash.
 */
final class TableOfContents {

    static final String PAGE_PLACEHOLDER = "–";
    static final String LABEL_KEY = "toc.label";
    static final String PAGE_KEY = "toc.page";

    record Entry(String label, int level) {
    }

    private TableOfContents() {
    }

    static List<Entry> entries(ScorecardView view) {
        List<Entry> entries = new ArrayList<>();
        entries.add(new Entry("Executive summary", 1));
        entries.add(new Entry("Summary by section", 1));
        view.sections().forEach(section -> entries.add(new Entry(section.title(), 2)));
        if (!view.kpiPages().isEmpty()) {
            entries.add(new Entry("KPI pages", 1));
            view.kpiPages().forEach(page -> entries.add(new Entry(page.name(), 2)));
        }
        entries.add(new Entry("Findings", 1));
        if (!view.legend().isEmpty()) {
            entries.add(new Entry("How each KPI is rated", 1));
        }
        entries.add(new Entry("Data quality", 1));
        entries.add(new Entry("Method", 1));
        if (view.restatements().shown()) {
            entries.add(new Entry("Restatements", 1));
        }
        return entries;
    }

    /** Writes the page numbers into the filled contents rows. */
    static void fillIn(JasperPrint print) {
        List<Heading> headings = new ArrayList<>();
        List<JRPrintText> rows = new ArrayList<>();
        List<JRPrintPage> pages = print.getPages();
        for (int page = 0; page < pages.size(); page++) {
            collect(pages.get(page).getElements(), page + 1, headings, rows);
        }
        String label = null;
        for (JRPrintText text : rows) {
            if (LABEL_KEY.equals(text.getKey())) {
                // Level-2 rows are indented with no-break spaces, which strip() keeps.
                label = text.getFullText() == null ? null : text.getFullText().replace('\u00A0', ' ').strip();
            } else if (label != null) {
                text.setText(pageOf(label, headings));
                label = null;
            }
        }
    }

    /** A bookmarked heading and the page it was placed on. */
    private record Heading(String label, int page) {
    }

    /** The page of the first heading not yet used with this label; the same name may head a section and a KPI. */
    private static String pageOf(String label, List<Heading> headings) {
        for (int i = 0; i < headings.size(); i++) {
            if (label.equals(headings.get(i).label())) {
                return Integer.toString(headings.remove(i).page());
            }
        }
        return PAGE_PLACEHOLDER;
    }

    private static void collect(List<JRPrintElement> elements, int page, List<Heading> headings,
                                List<JRPrintText> rows) {
        for (JRPrintElement element : elements) {
            if (element instanceof JRPrintFrame frame) {
                collect(frame.getElements(), page, headings, rows);
                continue;
            }
            if (element instanceof JRPrintAnchor anchor && anchor.getAnchorName() != null
                    && anchor.getBookmarkLevel() > 0) {
                headings.add(new Heading(anchor.getAnchorName().strip(), page));
            }
            if (element instanceof JRPrintText text
                    && (LABEL_KEY.equals(text.getKey()) || PAGE_KEY.equals(text.getKey()))) {
                rows.add(text);
            }
        }
    }
}
