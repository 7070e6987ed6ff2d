package org.kpiengine.archive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.kpiengine.error.InvalidInputException;
import org.kpiengine.error.SourceLocation;
import org.kpiengine.report.ResultRows;
import org.kpiengine.report.ResultsWriter;
import org.kpiengine.rules.Interpretation;

/**
 * The figures of a results file ({@code results.json}), by KPI, period and segment, in the file's order.
 * Figures are compared as the results file spells them, so a recomputation is judged by exactly what
 * a bundle holds.
 */
final class ResultFigures {

    /** Which figure: one KPI in one period and segment. */
    record Key(String kpi, String period, String segment) {
    }

    private final Map<Key, Double> values;

    private ResultFigures(Map<Key, Double> values) {
        this.values = values;
    }

    static ResultFigures read(Path resultsJson) {
        try {
            return of(new ObjectMapper().readTree(resultsJson.toFile()));
        } catch (IOException | RuntimeException e) {
            throw new InvalidInputException(SourceLocation.of(resultsJson), "the results cannot be read: "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    static ResultFigures of(Interpretation interpretation) {
        StringWriter json = new StringWriter();
        ResultsWriter.json(ResultRows.of(interpretation), interpretation.findings(), json);
        try {
            return of(new ObjectMapper().readTree(json.toString()));
        } catch (IOException e) {
            throw new IllegalStateException("the results writer writes JSON", e);
        }
    }

    private static ResultFigures of(JsonNode document) {
        Map<Key, Double> values = new LinkedHashMap<>();
        for (JsonNode row : document.path("results")) {
            JsonNode value = row.path("value");
            values.put(new Key(row.path("kpi").asText(), row.path("period").asText(), row.path("segment").asText()),
                    value.isNumber() ? value.asDouble() : null);
        }
        return new ResultFigures(values);
    }

    /** The periods the figures cover. */
    Set<String> periods() {
        Set<String> periods = new LinkedHashSet<>();
        values.keySet().forEach(key -> periods.add(key.period()));
        return periods;
    }

    int size() {
        return values.size();
    }

    /**
     * Every figure whose value differs, a figure only one side has counting as "no value" on the other;
     * in this side's order, then the other's.
     */
    List<FigureChange> changesTo(ResultFigures after) {
        Set<Key> keys = new LinkedHashSet<>(values.keySet());
        keys.addAll(after.values.keySet());
        List<FigureChange> changes = new ArrayList<>();
        for (Key key : keys) {
            Double before = values.get(key);
            Double now = after.values.get(key);
            if (!Objects.equals(before, now)) {
                changes.add(new FigureChange(key.kpi(), key.period(), key.segment(), before, now));
            }
        }
        return changes;
    }
}
