package org.kpiengine.definition.yaml;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.kpiengine.error.InvalidInputException;
import org.kpiengine.error.SourceLocation;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads a definition file into a node tree without ever constructing objects from it: no custom
 * tags, no duplicate keys, and hard limits on size, aliases and nesting, so that a hostile or broken
 * file costs milliseconds and a clear message.
 */
public final class SafeYaml {

    static final int MAX_CODE_POINTS = 2 * 1024 * 1024;
    static final int MAX_ALIASES = 20;
    static final int MAX_NESTING = 40;

    private static final Set<String> STANDARD_TAGS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL,
            Tag.MAP, Tag.SEQ, Tag.TIMESTAMP).stream().map(Tag::getValue).collect(java.util.stream.Collectors.toSet());

    private SafeYaml() {
    }

    public static YamlMap readMapping(Path file, String displayName) {
        Node root = compose(file, displayName);
        checkTree(root, displayName);
        if (!(root instanceof MappingNode mapping)) {
            throw new InvalidInputException(locate(displayName, root == null ? null : root.getStartMark()),
                    "the file must hold a mapping of keys to values (for example 'id: my_kpi')");
        }
        return new YamlMap(mapping, displayName);
    }

    /**
     * Walks the tree once: tags such as {@code !!java.io.File} would ask for objects, and a key written
     * twice would silently lose one value; a definition holds plain data only.
     */
    private static void checkTree(Node node, String displayName) {
        if (node == null) {
            return;
        }
        if (!STANDARD_TAGS.contains(node.getTag().getValue())) {
            throw new InvalidInputException(locate(displayName, node.getStartMark()), "the YAML tag '"
                    + node.getTag().getValue() + "' is not allowed: definitions hold plain text, numbers, lists and mappings");
        }
        if (node instanceof MappingNode mapping) {
            Map<String, Node> seen = new HashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key) {
                    Node earlier = seen.putIfAbsent(key.getValue(), key);
                    if (earlier != null) {
                        throw new InvalidInputException(locate(displayName, key.getStartMark()), "the key '"
                                + key.getValue() + "' is written twice in the same mapping (first at line "
                                + (earlier.getStartMark().getLine() + 1) + "); keep one");
                    }
                }
                checkTree(tuple.getKeyNode(), displayName);
                checkTree(tuple.getValueNode(), displayName);
            }
        } else if (node instanceof SequenceNode sequence) {
            sequence.getValue().forEach(child -> checkTree(child, displayName));
        }
    }

    private static Node compose(Path file, String displayName) {
        try {
            if (Files.size(file) > MAX_CODE_POINTS) {
                throw new InvalidInputException(new SourceLocation(displayName, 0, 0),
                        "the file is larger than " + MAX_CODE_POINTS / 1024 + " KiB, too large for a definition");
            }
        } catch (IOException e) {
            throw new InvalidInputException(new SourceLocation(displayName, 0, 0), "the file cannot be read: " + e.getMessage());
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new Yaml(options()).compose(reader);
        } catch (MarkedYAMLException e) {
            throw new InvalidInputException(locate(displayName, e.getProblemMark()), describe(e));
        } catch (YAMLException e) {
            throw new InvalidInputException(new SourceLocation(displayName, 0, 0), describeLimit(e));
        } catch (IOException e) {
            throw new InvalidInputException(new SourceLocation(displayName, 0, 0), "the file cannot be read: " + e.getMessage());
        }
    }

    private static LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(MAX_NESTING);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setProcessComments(false);
        return options;
    }

    private static String describeLimit(YAMLException e) {
        String message = String.valueOf(e.getMessage());
        if (message.startsWith("Nesting Depth exceeded")) {
            return "the YAML nests lists or mappings more than " + MAX_NESTING + " levels deep, far more than a "
                    + "definition needs; it is refused";
        }
        if (message.startsWith("Number of aliases")) {
            return "the YAML repeats anchors (*name) for lists or mappings more than " + MAX_ALIASES
                    + " times, far more than a definition needs; it is refused";
        }
        if (message.contains("code point") || message.contains("exceeds the limit")) {
            return "the file is larger than " + MAX_CODE_POINTS / 1024 + " KiB, too large for a definition";
        }
        return "the YAML is not valid: " + message;
    }

    private static String describe(MarkedYAMLException e) {
        String problem = e.getProblem() == null ? e.getMessage() : e.getProblem();
        if (problem.startsWith("Global tag is not allowed")) {
            return "the YAML tag '" + problem.substring(problem.indexOf(':') + 1).strip().replace("tag:yaml.org,2002:", "!!")
                    + "' is not allowed: definitions hold plain text, numbers, lists and mappings";
        }
        String context = e.getContext();
        String text = context == null ? problem : context + ", " + problem;
        return "the YAML is not valid: " + text.replaceAll("\\s+", " ").trim();
    }

    static SourceLocation locate(String file, Mark mark) {
        return mark == null ? new SourceLocation(file, 0, 0) : new SourceLocation(file, mark.getLine() + 1, mark.getColumn() + 1);
    }
}
