package org.kpiengine.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.kpiengine.error.InvalidInputException;
import org.kpiengine.error.SourceLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "init", mixinStandardHelpOptions = true, versionProvider = EngineVersion.class,
        description = "Creates a new, empty definitions folder with its sub-folders and the JSON schemas editors use.")
final class InitCommand implements Callable<Integer> {

    static final List<String> FOLDERS = List.of("datasets", "measures", "kpis", "scorecards", "rules", "schemas");

    @Parameters(index = "0", paramLabel = "DIR", description = "The folder to create; it must not exist or be empty.")
    Path folder;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (Files.exists(folder) && !isEmptyFolder(folder)) {
            throw new InvalidInputException(new SourceLocation(folder.toString(), 0, 0),
                    "the folder exists and is not empty; choose a new folder so nothing is overwritten");
        }
        for (String name : FOLDERS) {
            Files.createDirectories(folder.resolve(name));
        }
        for (SchemaCommand.Kind kind : SchemaCommand.Kind.values()) {
            Files.writeString(folder.resolve("schemas").resolve(kind.name() + ".schema.json"), SchemaCommand.read(kind));
        }
        spec.commandLine().getOut().printf("Created %s. Add a dataset, measures and a KPI (kpi new kpi ID --definitions %s),"
                + " then run: kpi validate --definitions %s%n", folder, folder, folder);
        return 0;
    }

    private static boolean isEmptyFolder(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(path)) {
            return entries.findAny().isEmpty();
        }
    }
}
