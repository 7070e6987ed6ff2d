package org.kpiengine.definition.yaml;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kpiengine.error.DidYouMean;
import org.kpiengine.error.ProblemCollector;
import org.kpiengine.error.SourceLocation;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML mapping read key by key, where every value keeps the file, line and column it came from.
 * Type mistakes are reported to a collector and read as absent, so that one run finds every mistake.
 */
public final class YamlMap {

    private final MappingNode node;
    private final String file;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();
    private Set<String> allowedKeys;

    YamlMap(MappingNode node, String file) {
        this.node = node;
        this.file = file;
        for (NodeTuple tuple : node.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key) {
                entries.put(key.getValue(), tuple);
            }
        }
    }

    public SourceLocation location() {
        return SafeYaml.locate(file, node.getStartMark());
    }

    public String file() {
        return file;
    }

    public boolean has(String key) {
        return entries.containsKey(key);
    }

    /** Where a key is written, or where this mapping starts when the key is absent. */
    public SourceLocation locationOf(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? location() : SafeYaml.locate(file, tuple.getKeyNode().getStartMark());
    }

    public SourceLocation valueLocationOf(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? location() : SafeYaml.locate(file, tuple.getValueNode().getStartMark());
    }

    /**
     * Where the text of a single-line value begins, so that a position inside it can be pointed at:
     * past the opening quote of a quoted value.
     */
    public SourceLocation scalarTextStart(String key) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null || !(tuple.getValueNode() instanceof ScalarNode scalar)) {
            return valueLocationOf(key);
        }
        SourceLocation start = valueLocationOf(key);
        return switch (scalar.getScalarStyle()) {
            case SINGLE_QUOTED, DOUBLE_QUOTED -> new SourceLocation(start.file(), start.line(), start.column() + 1);
            default -> start;
        };
    }

    public void rejectUnknownKeys(Set<String> allowed, String what, ProblemCollector problems) {
        allowedKeys = Set.copyOf(allowed);
        for (Map.Entry<String, NodeTuple> entry : entries.entrySet()) {
            if (!allowed.contains(entry.getKey())) {
                problems.error(locationOf(entry.getKey()), what + ": unknown key '" + entry.getKey() + "'"
                        + DidYouMean.hint(entry.getKey(), allowed));
            }
        }
    }

    /**
     * A required key is missing; unless an unknown key is its misspelling, in which case the unknown-key
     * message (with its "did you mean") already says everything.
     */
    /** Reports the key as missing (see {@link #reportMissing}) and answers whether it is there. */
    public boolean requireKey(String key, String what, ProblemCollector problems) {
        if (!has(key)) {
            reportMissing(key, what, problems);
            return false;
        }
        return true;
    }

    private void reportMissing(String key, String what, ProblemCollector problems) {
        boolean misspelt = allowedKeys != null && entries.keySet().stream()
                .filter(present -> !allowedKeys.contains(present))
                .anyMatch(present -> DidYouMean.closest(present, Set.of(key)).isPresent());
        if (!misspelt) {
            problems.error(location(), what + ": the required key '" + key + "' is missing");
        }
    }

    public Optional<String> optionalString(String key, String what, ProblemCollector problems) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null) {
            return Optional.empty();
        }
        if (tuple.getValueNode() instanceof ScalarNode scalar && !isNull(scalar)) {
            return Optional.of(scalar.getValue().strip());
        }
        problems.error(valueLocationOf(key), what + ": '" + key + "' must be a single text value");
        return Optional.empty();
    }

    /** A single value, where an empty value (null, ~ or nothing) reads as the empty text. */
    public Optional<String> optionalValueOrEmpty(String key, String what, ProblemCollector problems) {
        NodeTuple tuple = entries.get(key);
        if (tuple != null && tuple.getValueNode() instanceof ScalarNode scalar && isNull(scalar)) {
            return Optional.of("");
        }
        return optionalString(key, what, problems);
    }

    public String requiredString(String key, String what, ProblemCollector problems) {
        if (!has(key)) {
            reportMissing(key, what, problems);
            return null;
        }
        return optionalString(key, what, problems).orElse(null);
    }

    public Optional<Double> optionalNumber(String key, String what, ProblemCollector problems) {
        return optionalString(key, what, problems).flatMap(text -> {
            try {
                double value = Double.parseDouble(text);
                if (Double.isFinite(value)) {
                    return Optional.of(value);
                }
            } catch (NumberFormatException ignored) {
                // reported below
            }
            problems.error(valueLocationOf(key), what + ": '" + key + "' must be a number, not '" + text + "'");
            return Optional.empty();
        });
    }

    public Optional<Integer> optionalWholeNumber(String key, String what, ProblemCollector problems) {
        return optionalString(key, what, problems).flatMap(text -> {
            try {
                return Optional.of(Integer.parseInt(text));
            } catch (NumberFormatException e) {
                problems.error(valueLocationOf(key), what + ": '" + key + "' must be a whole number, not '" + text + "'");
                return Optional.empty();
            }
        });
    }

    public Optional<Boolean> optionalBoolean(String key, String what, ProblemCollector problems) {
        return optionalString(key, what, problems).flatMap(text -> {
            if (text.equals("true") || text.equals("false")) {
                return Optional.of(Boolean.parseBoolean(text));
            }
            problems.error(valueLocationOf(key), what + ": '" + key + "' must be true or false, not '" + text + "'");
            return Optional.empty();
        });
    }

    public Optional<LocalDate> optionalDate(String key, String what, ProblemCollector problems) {
        return optionalString(key, what, problems).flatMap(text -> {
            try {
                return Optional.of(LocalDate.parse(text));
            } catch (DateTimeParseException e) {
                problems.error(valueLocationOf(key), what + ": '" + key + "' must be a date written YYYY-MM-DD, not '"
                        + text + "'");
                return Optional.empty();
            }
        });
    }

    /** Whether the key holds a mapping (rather than a single value or a list). */
    public boolean holdsMap(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple != null && tuple.getValueNode() instanceof MappingNode;
    }

    /** Whether the key holds a list. */
    public boolean holdsList(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple != null && tuple.getValueNode() instanceof SequenceNode;
    }

    /** The keys in the order written. */
    public List<String> keys() {
        return List.copyOf(entries.keySet());
    }

    public <E extends Enum<E>> Optional<E> optionalEnum(String key, Class<E> type, String what,
                                                        ProblemCollector problems) {
        return optionalString(key, what, problems).flatMap(text -> {
            Optional<E> parsed = YamlEnum.parse(type, text);
            if (parsed.isEmpty()) {
                List<String> names = YamlEnum.names(type);
                problems.error(valueLocationOf(key), what + ": '" + key + "' must be one of " + String.join(", ", names)
                        + ", not '" + text + "'" + DidYouMean.hint(text, names));
            }
            return parsed;
        });
    }

    public <E extends Enum<E>> E requiredEnum(String key, Class<E> type, String what, ProblemCollector problems) {
        if (!has(key)) {
            reportMissing(key, what, problems);
            return null;
        }
        return optionalEnum(key, type, what, problems).orElse(null);
    }

    public Optional<YamlMap> optionalMap(String key, String what, ProblemCollector problems) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null) {
            return Optional.empty();
        }
        if (tuple.getValueNode() instanceof MappingNode mapping) {
            return Optional.of(new YamlMap(mapping, file));
        }
        problems.error(valueLocationOf(key), what + ": '" + key + "' must be a mapping of keys to values");
        return Optional.empty();
    }

    /** A list of mappings, such as the bands of a KPI. */
    public List<YamlMap> mapList(String key, String what, ProblemCollector problems) {
        List<YamlMap> result = new ArrayList<>();
        for (Node item : sequence(key, what, problems)) {
            if (item instanceof MappingNode mapping) {
                result.add(new YamlMap(mapping, file));
            } else {
                problems.error(SafeYaml.locate(file, item.getStartMark()), what + ": each entry of '" + key
                        + "' must be a mapping of keys to values");
            }
        }
        return result;
    }

    /** A list of texts, each with its location. */
    public List<Located<String>> stringList(String key, String what, ProblemCollector problems) {
        List<Located<String>> result = new ArrayList<>();
        for (Node item : sequence(key, what, problems)) {
            SourceLocation at = SafeYaml.locate(file, item.getStartMark());
            if (item instanceof ScalarNode scalar && !isNull(scalar)) {
                result.add(new Located<>(scalar.getValue().strip(), at));
            } else {
                problems.error(at, what + ": each entry of '" + key + "' must be a single text value");
            }
        }
        return result;
    }

    private List<Node> sequence(String key, String what, ProblemCollector problems) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null) {
            return List.of();
        }
        if (tuple.getValueNode() instanceof SequenceNode sequence) {
            return sequence.getValue();
        }
        problems.error(valueLocationOf(key), what + ": '" + key + "' must be a list");
        return List.of();
    }

    private static boolean isNull(ScalarNode scalar) {
        return scalar.getTag().getValue().endsWith(":null");
    }
}
