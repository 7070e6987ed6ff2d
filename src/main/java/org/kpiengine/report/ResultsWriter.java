package org.kpiengine.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.kpiengine.rules.RuledFinding;
import org.kpiengine.rules.model.Finding;

/** Writes result rows as an aligned text table, as JSON, or as CSV. */
public final class ResultsWriter {

    private static final List<String> COLUMNS = List.of("kpi", "period", "segment", "value", "unit", "band", "target",
            "change", "change_significant", "interval_low", "interval_high", "sample", "flags", "note");

    private ResultsWriter() {
    }

    public static void table(List<ResultRow> rows, List<RuledFinding> findings, Writer out) {
        List<List<String>> cells = new ArrayList<>();
        cells.add(List.of("KPI", "Period", "Segment", "Value", "95% CI", "Band", "Target", "Change", "Sample", "Note"));
        for (ResultRow row : rows) {
            cells.add(List.of(row.kpiName(), row.period() + (row.partialPeriod() ? "*" : ""), row.segment(),
                    row.formattedValue(), row.formattedInterval(), nullToDash(row.band()), row.formattedTarget(),
                    row.formattedChange() + (Boolean.TRUE.equals(row.changeSignificant()) ? " *" : ""),
                    row.sample() == null ? "–" : ValueFormatter.count(row.sample()) + (row.insufficientSample() ? " (low)" : ""),
                    row.note() == null ? "" : row.note()));
        }
        int[] widths = new int[cells.get(0).size()];
        for (List<String> line : cells) {
            for (int i = 0; i < line.size(); i++) {
                widths[i] = Math.max(widths[i], line.get(i).length());
            }
        }
        try {
            for (List<String> line : cells) {
                StringBuilder text = new StringBuilder();
                for (int i = 0; i < line.size(); i++) {
                    String cell = line.get(i);
                    boolean numeric = i == 3 || i == 4 || i == 6 || i == 7 || i == 8;
                    text.append(i == 0 ? "" : "  ").append(numeric ? pad(cell, widths[i], true) : pad(cell, widths[i], false));
                }
                out.write(text.toString().stripTrailing());
                out.write(System.lineSeparator());
            }
            out.write("Period* = still in progress. Change * = larger than sampling noise (95%)." + System.lineSeparator());
            out.write(System.lineSeparator() + "Findings:" + System.lineSeparator());
            if (findings.isEmpty()) {
                out.write("  none" + System.lineSeparator());
            }
            for (RuledFinding ruled : findings) {
                Finding finding = ruled.finding();
                out.write("  " + finding.severity().name().toLowerCase(java.util.Locale.ROOT) + ": " + finding.period()
                        + " " + finding.segment() + ": " + finding.message() + " [rule: " + ruled.rule() + "]"
                        + System.lineSeparator());
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void json(List<ResultRow> rows, List<RuledFinding> findings, Writer out) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("results", rows.stream().map(ResultsWriter::record).toList());
        document.put("findings", findings.stream().map(ResultsWriter::record).toList());
        try {
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out, document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void csv(List<ResultRow> rows, Writer out) {
        try (CSVPrinter printer = CSVFormat.DEFAULT.builder().setRecordSeparator("\n")
                .setHeader(COLUMNS.toArray(String[]::new)).get().print(out)) {
            for (ResultRow row : rows) {
                printer.printRecord(record(row).values().stream()
                        .map(value -> value instanceof List<?> list ? String.join(" ", list.stream().map(String::valueOf).toList())
                                : value)
                        .toList());
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> record(ResultRow row) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("kpi", row.kpiId());
        record.put("period", row.period());
        record.put("segment", row.segment());
        record.put("value", row.value());
        record.put("unit", row.unit());
        record.put("band", row.band());
        record.put("target", row.target());
        record.put("change", row.change());
        record.put("change_significant", row.changeSignificant());
        record.put("interval_low", row.intervalLow());
        record.put("interval_high", row.intervalHigh());
        record.put("sample", row.sample());
        List<String> flags = new ArrayList<>();
        if (row.partialPeriod()) {
            flags.add("partial_period");
        }
        if (row.insufficientSample()) {
            flags.add("insufficient_sample");
        }
        record.put("flags", flags);
        record.put("note", row.note());
        return record;
    }

    private static Map<String, Object> record(RuledFinding ruled) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("severity", ruled.finding().severity().name().toLowerCase(java.util.Locale.ROOT));
        record.put("kpi", ruled.finding().kpiId());
        record.put("period", ruled.finding().period());
        record.put("segment", ruled.finding().segment());
        record.put("message", ruled.finding().message());
        record.put("rule", ruled.rule());
        return record;
    }

    private static String nullToDash(String text) {
        return text == null ? "–" : text;
    }

    private static String pad(String text, int width, boolean right) {
        String spaces = " ".repeat(width - text.length());
        return right ? spaces + text : text + spaces;
    }
}
