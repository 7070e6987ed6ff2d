package org.kpiengine.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every figure of a benchmark run, in the order it is printed: grouped in sections, each with a key
 * (for the JSON), a label (for the table), a value and a unit. Nothing is left out of either form.
 */
public final class Figures {

    /** One figure; {@code value} is a Number, a String or a Boolean, never null (absent figures say why). */
    public record Figure(String sectionKey, String section, String key, String label, Object value, String unit) {
    }

    private final List<Figure> figures = new ArrayList<>();
    private String sectionKey = "run";
    private String section = "run";

    /** Starts a section: its key in the JSON and its heading in the table. */
    void section(String key, String title) {
        this.sectionKey = key;
        this.section = title;
    }

    void add(String key, String label, Object value, String unit) {
        figures.add(new Figure(sectionKey, section, key, label, value == null ? "n/a" : value, unit == null ? "" : unit));
    }

    void millis(String key, String label, long nanos) {
        add(key, label, round(nanos / 1e6, 1), "ms");
    }

    void megabytes(String key, String label, long bytes) {
        add(key, label, bytes < 0 ? "n/a" : round(bytes / (1024.0 * 1024.0), 1), bytes < 0 ? "" : "MiB");
    }

    void ratio(String key, String label, double value) {
        add(key, label, Double.isFinite(value) ? round(value, 2) : "n/a", "x");
    }

    public List<Figure> all() {
        return List.copyOf(figures);
    }

    static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }

    /** The table: one line per figure, sections as headings. */
    public void print(PrintWriter out) {
        int width = figures.stream().mapToInt(f -> f.label().length()).max().orElse(10) + 2;
        String current = null;
        for (Figure figure : figures) {
            if (!figure.section().equals(current)) {
                current = figure.section();
                out.println();
                out.println("== " + current + " " + "=".repeat(Math.max(3, width + 20 - current.length())));
            }
            out.printf(Locale.ROOT, "  %-" + width + "s %s%s%n", figure.label(), format(figure.value(), figure.unit()),
                    figure.unit().isEmpty() ? "" : " " + figure.unit());
        }
        out.flush();
    }

    private static String format(Object value, String unit) {
        if (value instanceof Double number) {
            return String.format(Locale.ROOT, unit.equals("x") ? "%,.2f" : "%,.1f", number);
        }
        if (value instanceof Long || value instanceof Integer) {
            return String.format(Locale.ROOT, "%,d", ((Number) value).longValue());
        }
        return String.valueOf(value);
    }

    /** The same figures as JSON: {section: {key: value, key_unit: unit}}. */
    public void writeJson(Path file) throws IOException {
        Map<String, Map<String, Object>> tree = new LinkedHashMap<>();
        for (Figure figure : figures) {
            Map<String, Object> section = tree.computeIfAbsent(figure.sectionKey(), name -> new LinkedHashMap<>());
            section.put(figure.key(), figure.value());
            if (!figure.unit().isEmpty()) {
                section.put(figure.key() + "_unit", figure.unit());
            }
        }
        Path absolute = file.toAbsolutePath();
        if (absolute.getParent() != null) {
            Files.createDirectories(absolute.getParent());
        }
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(absolute.toFile(), tree);
    }
}
