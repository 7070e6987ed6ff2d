package org.kpiengine.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.kpiengine.error.KpiException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Prints the JSON Schema of one kind of definition file, as shipped in the jar, so that editors and CI
 * can use the schema that matches the engine at hand.
 */
@Command(name = "schema", mixinStandardHelpOptions = true, versionProvider = EngineVersion.class,
        description = "Prints the JSON Schema (draft 2020-12) of one kind of definition file, for editors and CI.")
final class SchemaCommand implements Callable<Integer> {

    /** Where the build puts kpi-definitions/schemas/ inside the jar. */
    static final String RESOURCE_FOLDER = "/org/kpiengine/definition/schemas/";

    enum Kind { dataset, measures, kpi, scorecard }

    @Parameters(index = "0", paramLabel = "KIND",
            description = "The kind of definition file: ${COMPLETION-CANDIDATES}.")
    Kind kind;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        out.print(read(kind));
        out.flush();
        return 0;
    }

    /** The schema's text exactly as in kpi-definitions/schemas/. */
    static String read(Kind kind) throws IOException {
        String resource = RESOURCE_FOLDER + kind.name() + ".schema.json";
        try (InputStream in = SchemaCommand.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new KpiException("the schema " + resource + " is missing from this build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
