package org.kpiengine.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.kpiengine.sample.SampleDataFiles;
import org.kpiengine.sample.SampleDataGenerator;
import org.kpiengine.sample.SampleDataSpec;
import org.kpiengine.sample.WrittenFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "sample-data", mixinStandardHelpOptions = true, versionProvider = EngineVersion.class,
        description = "Writes deterministic, realistic complaint-handling data (CSV: complaints, surveys, audits, customers, purchases, agent hours) for trying the engine out.")
final class SampleDataCommand implements Callable<Integer> {

    @Option(names = "--seed", defaultValue = "10002", description = "Random seed; the same seed gives the same files (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--complaints", defaultValue = "12000", description = "How many complaints to generate (default: ${DEFAULT-VALUE}).")
    int complaints;

    @Option(names = "--from", defaultValue = "2025-01-01", paramLabel = "DATE", description = "First day (default: ${DEFAULT-VALUE}).")
    LocalDate from;

    @Option(names = "--to", defaultValue = "2026-03-31", paramLabel = "DATE", description = "Last day (default: ${DEFAULT-VALUE}).")
    LocalDate to;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "The folder to write into.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws java.io.IOException {
        if (complaints < 1 || from.isAfter(to)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--complaints must be at least 1 and --from must not be after --to");
        }
        SampleDataFiles files = new SampleDataGenerator(new SampleDataSpec(seed, complaints, from, to)).writeTo(out);
        for (WrittenFile file : files.files()) {
            spec.commandLine().getOut().printf("Wrote %s (%d rows).%n", file.path(), file.rows());
        }
        return 0;
    }
}
