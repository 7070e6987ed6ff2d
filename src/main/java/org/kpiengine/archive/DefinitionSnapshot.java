package org.kpiengine.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.kpiengine.definition.DatasetDefinition;

/**
 * Copies the definitions folder (datasets, measures, KPIs, scorecards, rules, tests, schemas) into a
 * bundle, leaving out data files that happen to live inside it, and the report template and its subreports
 * beside it.
 */
final class DefinitionSnapshot {

    static final String DEFINITIONS = "definitions";
    static final String TEMPLATES = "templates";

    private DefinitionSnapshot() {
    }

    static void copy(Path definitionsRoot, Collection<DatasetDefinition> datasets, List<Path> templateFiles, Path bundle)
            throws IOException {
        Path root = definitionsRoot.toAbsolutePath().normalize();
        Set<Path> dataFiles = datasets.stream().filter(dataset -> dataset.path() != null)
                .map(dataset -> dataset.path().toAbsolutePath().normalize()).collect(Collectors.toSet());
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).filter(file -> !dataFiles.contains(file.normalize())).sorted()
                    .toList();
        }
        Path target = bundle.resolve(DEFINITIONS);
        for (Path file : files) {
            Path copy = target.resolve(root.relativize(file).toString());
            Files.createDirectories(copy.getParent());
            Files.copy(file, copy);
        }
        Path templates = Files.createDirectories(bundle.resolve(TEMPLATES));
        for (Path template : templateFiles) {
            Files.copy(template, templates.resolve(template.getFileName().toString()));
        }
    }
}
