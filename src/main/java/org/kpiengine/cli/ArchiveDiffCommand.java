package org.kpiengine.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.kpiengine.archive.Restatements;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "diff", mixinStandardHelpOptions = true, versionProvider = EngineVersion.class,
        description = "Lists what a later bundle of a scorecard restates of an earlier one: every figure of a period "
                + "both cover whose value differs (old and new value), and every input that changed between the runs "
                + "(data files, definition and template files by hash, engine version, as-of date).")
final class ArchiveDiffCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "EARLIER", description = "The earlier bundle folder.")
    Path earlier;

    @Parameters(index = "1", paramLabel = "LATER", description = "The later bundle folder, of the same scorecard.")
    Path later;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(Restatements.between(earlier.toAbsolutePath().normalize(),
                later.toAbsolutePath().normalize()).text());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
