package org.kpiengine.definition;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.kpiengine.definition.yaml.SafeYaml;
import org.kpiengine.definition.yaml.YamlMap;
import org.kpiengine.error.InvalidInputException;
import org.kpiengine.error.ProblemCollector;
import org.kpiengine.error.SourceLocation;

/**
 * Loads a definitions folder: {@code datasets/}, {@code measures/}, {@code kpis/}, {@code scorecards/}
 * (YAML) and {@code rules/} (Drools). Reads every file, collects every problem, then fails once.
 */
public final class DefinitionLoader {

    private final Path root;
    private final ProblemCollector problems = new ProblemCollector();
    private final Set<String> unreadable = new HashSet<>();

    private DefinitionLoader(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public static DefinitionSet load(Path definitionsFolder) {
        return new DefinitionLoader(definitionsFolder).loadAll();
    }

    private DefinitionSet loadAll() {
        if (!Files.isDirectory(root)) {
            throw new InvalidInputException(new SourceLocation(root.toString(), 0, 0),
                    "the definitions folder does not exist or is not a folder");
        }
        DatasetReader datasetReader = new DatasetReader(root);
        MeasureReader measureReader = new MeasureReader();
        KpiReader kpiReader = new KpiReader();
        ScorecardReader scorecardReader = new ScorecardReader();

        List<DatasetDefinition> datasets = new ArrayList<>();
        List<MeasureDefinition> measures = new ArrayList<>();
        List<KpiDefinition> kpis = new ArrayList<>();
        List<ScorecardDefinition> scorecards = new ArrayList<>();
        for (Path file : yamlFiles("datasets")) {
            readOne(file, yaml -> datasetReader.read(yaml, problems), datasets);
        }
        for (Path file : yamlFiles("measures")) {
            read(file).ifPresent(yaml -> measures.addAll(measureReader.read(yaml, problems, unreadable)));
        }
        for (Path file : yamlFiles("kpis")) {
            readOne(file, yaml -> kpiReader.read(yaml, problems), kpis);
        }
        for (Path file : yamlFiles("scorecards")) {
            readOne(file, yaml -> scorecardReader.read(yaml, problems), scorecards);
        }
        List<RuleFile> rules = ruleFiles();

        new ReferenceValidator(problems, unreadable).validate(datasets, measures, kpis, scorecards);
        problems.throwIfErrors();
        return new DefinitionSet(root, datasets, measures, kpis, scorecards, rules,
                problems.problems().stream().filter(problem -> !problem.isError()).toList());
    }

    private Optional<YamlMap> read(Path file) {
        try {
            return Optional.of(SafeYaml.readMapping(file, displayName(file)));
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
            return Optional.empty();
        }
    }

    /**
     * Reads a one-definition file. When it cannot be read, its id (or, failing that, its file name) is
     * remembered, so that references to it do not add a second, misleading error.
     */
    private <T> void readOne(Path file, Function<YamlMap, T> reader, List<T> into) {
        long errorsBefore = problems.errorCount();
        Optional<YamlMap> yaml = read(file);
        T definition = yaml.map(reader).orElse(null);
        if (definition != null && problems.errorCount() == errorsBefore) {
            into.add(definition);
            return;
        }
        unreadable.add(file.getFileName().toString().replaceFirst("\\.ya?ml$", ""));
        yaml.flatMap(map -> map.optionalString("id", "", new ProblemCollector())).ifPresent(unreadable::add);
    }

    private List<Path> yamlFiles(String folder) {
        return filesEndingWith(folder, ".yaml", ".yml");
    }

    private List<RuleFile> ruleFiles() {
        List<RuleFile> rules = new ArrayList<>();
        for (Path file : filesEndingWith("rules", ".drl")) {
            try {
                rules.add(new RuleFile(displayName(file), Files.readString(file, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                problems.error(new SourceLocation(displayName(file), 0, 0), "the rule file cannot be read: " + e.getMessage());
            }
        }
        return rules;
    }

    private List<Path> filesEndingWith(String folder, String... endings) {
        Path directory = root.resolve(folder);
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> Stream.of(endings).anyMatch(ending -> file.getFileName().toString().endsWith(ending)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new InvalidInputException(new SourceLocation(displayName(directory), 0, 0),
                    "the folder cannot be read: " + e.getMessage());
        }
    }

    /** Paths as the user knows them: starting at the definitions folder's own name. */
    private String displayName(Path file) {
        Path name = root.getFileName() == null ? root : root.getFileName();
        return name.resolve(root.relativize(file)).toString().replace('\\', '/');
    }
}
