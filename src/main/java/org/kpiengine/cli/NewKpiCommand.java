package org.kpiengine.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.kpiengine.error.InvalidInputException;
import org.kpiengine.error.SourceLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "kpi", mixinStandardHelpOptions = true, versionProvider = EngineVersion.class,
        description = "Writes kpis/ID.yaml: a commented skeleton with every attribute of a KPI, as a draft.")
final class NewKpiCommand implements Callable<Integer> {

    private static final String SKELETON = "kpi-skeleton.yaml";

    @Mixin
    DefinitionsOption definitions;

    @Parameters(index = "0", paramLabel = "ID", description = "The new KPI's id: lower case, digits and '_'.")
    String id;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!id.matches("[a-z][a-z0-9_]*")) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "The id '" + id
                    + "' must start with a lower-case letter and use only lower-case letters, digits and '_'.");
        }
        Path file = definitions.folder.resolve("kpis").resolve(id + ".yaml");
        Files.createDirectories(file.getParent());
        try {
            Files.writeString(file, skeleton(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            throw new InvalidInputException(new SourceLocation(file.toString(), 0, 0),
                    "a KPI file with this id exists already; it is left as it is");
        }
        spec.commandLine().getOut().printf("Wrote %s. Fill it in, then run: kpi validate%n", file);
        return 0;
    }

    private String skeleton() throws IOException {
        try (InputStream in = NewKpiCommand.class.getResourceAsStream(SKELETON)) {
            String template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String name = id.substring(0, 1).toUpperCase(Locale.ROOT) + id.substring(1).replace('_', ' ');
            return template.replace("{{id}}", id).replace("{{name}}", name);
        }
    }
}
