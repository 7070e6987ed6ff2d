package org.kpiengine.definition;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.kpiengine.definition.formula.Formula;
import org.kpiengine.definition.formula.FormulaParser;
import org.kpiengine.definition.yaml.YamlMap;
import org.kpiengine.error.InvalidInputException;
import org.kpiengine.error.ProblemCollector;

/** Reads one KPI file. */
final class KpiReader {

    private static final Set<String> KEYS = Set.of("id", "name", "category", "description", "formula", "unit",
            "direction", "target", "bands", "minimum_sample", "sample_measure");
    private static final Set<String> BAND_KEYS = Set.of("label", "min", "max", "colour", "meaning");
    private static final String DEFAULT_COLOUR = "#9E9E9E";

    KpiDefinition read(YamlMap yaml, ProblemCollector problems) {
        String id = Ids.read(yaml, "kpi", problems);
        String what = "kpi '" + (id == null ? "?" : id) + "'";
        yaml.rejectUnknownKeys(KEYS, what, problems);
        String name = yaml.requiredString("name", what, problems);
        String category = yaml.optionalString("category", what, problems).orElse("");
        String description = yaml.optionalString("description", what, problems).orElse("");
        Unit unit = yaml.requiredEnum("unit", Unit.class, what, problems);
        Direction direction = yaml.requiredEnum("direction", Direction.class, what, problems);
        Double target = yaml.optionalNumber("target", what, problems).orElse(null);
        int minimumSample = yaml.optionalWholeNumber("minimum_sample", what, problems).orElse(0);
        if (minimumSample < 0) {
            problems.error(yaml.valueLocationOf("minimum_sample"), what + ": 'minimum_sample' must not be negative");
        }
        String sampleMeasure = yaml.optionalString("sample_measure", what, problems).orElse(null);
        List<Band> bands = readBands(yaml, what, problems);
        Formula formula = readFormula(yaml, what, problems);
        if (id == null || name == null || unit == null || direction == null || formula == null || minimumSample < 0) {
            return null;
        }
        return new KpiDefinition(id, name, category, description, formula, unit, direction, target, bands,
                minimumSample, sampleMeasure, yaml.location());
    }

    private static Formula readFormula(YamlMap yaml, String what, ProblemCollector problems) {
        String text = yaml.requiredString("formula", what, problems);
        if (text == null) {
            return null;
        }
        try {
            return FormulaParser.parse(text, yaml.valueLocationOf("formula"), what);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
            return null;
        }
    }

    private static List<Band> readBands(YamlMap yaml, String what, ProblemCollector problems) {
        List<Band> bands = new ArrayList<>();
        for (YamlMap entry : yaml.mapList("bands", what, problems)) {
            entry.rejectUnknownKeys(BAND_KEYS, what + " band", problems);
            String label = entry.requiredString("label", what + " band", problems);
            Double lower = entry.optionalNumber("min", what, problems).orElse(null);
            Double upper = entry.optionalNumber("max", what, problems).orElse(null);
            String colour = entry.optionalString("colour", what, problems).orElse(DEFAULT_COLOUR);
            entry.optionalString("meaning", what, problems);
            if (!colour.matches("#[0-9A-Fa-f]{6}")) {
                problems.error(entry.valueLocationOf("colour"), what + ": band colour '" + colour
                        + "' must be written as #RRGGBB, for example #2E7D32");
                continue;
            }
            if (lower != null && upper != null && lower >= upper) {
                problems.error(entry.location(), what + ": band '" + label + "' has 'min' " + lower
                        + " not below 'max' " + upper);
                continue;
            }
            if (label != null) {
                bands.add(new Band(label, lower, upper, colour.toUpperCase(java.util.Locale.ROOT), bands.size(),
                        entry.location()));
            }
        }
        return bands;
    }
}
