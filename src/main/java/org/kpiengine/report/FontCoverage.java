package org.kpiengine.report;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import org.kpiengine.error.KpiException;
import org.kpiengine.error.Problem;
import org.kpiengine.error.SourceLocation;

/**
 * Checks every text of a view against the font the PDF embeds. A character outside the font would not fail the
 * export: it would silently be missing from the page. So each text with such characters becomes a problem naming
 * the KPI, the field and the characters.
 */
final class FontCoverage {

    private static final String FONT_FILE = "net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf";
    private static volatile Font font;

    private final Function<String, SourceLocation> locate;
    private final Set<Problem> problems = new LinkedHashSet<>();

    private FontCoverage(Function<String, SourceLocation> locate) {
        this.locate = locate;
    }

    /**
     * @param locate where the definition of a KPI lies, by KPI id; with null, where the scorecard's lies
     */
    static List<Problem> problems(ScorecardView view, Function<String, SourceLocation> locate) {
        FontCoverage coverage = new FontCoverage(locate);
        coverage.walk(view, "scorecard", null);
        return List.copyOf(coverage.problems);
    }

    private void walk(Object value, String field, String kpiId) {
        if (value instanceof String text) {
            check(text, field, kpiId);
        } else if (value instanceof Collection<?> items) {
            items.forEach(item -> walk(item, field, kpiId));
        } else if (value instanceof Record record) {
            String id = kpiIdOf(record).orElse(kpiId);
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                walk(read(record, component), component.getName(), id);
            }
        }
    }

    private void check(String text, String field, String kpiId) {
        Font embedded = font();
        List<String> missing = new ArrayList<>();
        text.codePoints().distinct().filter(c -> !Character.isISOControl(c) && !embedded.canDisplay(c))
                .forEach(c -> missing.add(new String(Character.toChars(c)) + " (U+"
                        + Integer.toHexString(c).toUpperCase(Locale.ROOT) + ")"));
        if (missing.isEmpty()) {
            return;
        }
        String what = kpiId == null ? "scorecard" : "kpi '" + kpiId + "'";
        problems.add(Problem.error(locate.apply(kpiId), what + ": the " + field + " \"" + text.strip()
                + "\" has characters the report font " + ReportContext.FONT_FAMILY + " cannot show, which would be"
                + " missing from the PDF: " + String.join(", ", missing)
                + "; write them differently or use a template whose font covers them"));
    }

    private static java.util.Optional<String> kpiIdOf(Record record) {
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            if (component.getName().equals("kpiId") && read(record, component) instanceof String id) {
                return java.util.Optional.of(id);
            }
        }
        return java.util.Optional.empty();
    }

    private static Object read(Record record, RecordComponent component) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new KpiException("the scorecard's " + component.getName() + " could not be read: " + e, e);
        }
    }

    private static Font font() {
        Font loaded = font;
        if (loaded == null) {
            try (InputStream in = FontCoverage.class.getClassLoader().getResourceAsStream(FONT_FILE)) {
                if (in == null) {
                    throw new KpiException("the font file " + FONT_FILE + " is missing from the classpath:"
                            + " jasperreports-fonts is needed to render scorecards");
                }
                loaded = Font.createFont(Font.TRUETYPE_FONT, in);
                font = loaded;
            } catch (IOException | FontFormatException e) {
                throw new KpiException("the font file " + FONT_FILE + " could not be read: " + e.getMessage(), e);
            }
        }
        return loaded;
    }
}
