package org.kpiengine.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.kpiengine.archive.ArchiveCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "list", mixinStandardHelpOptions = true, versionProvider = EngineVersion.class,
        description = "Lists the bundles of an archive from its index: scorecard, as-of date, when and by whom each "
                + "was archived, until when it must be kept, and who signed it. Run kpi verify to check them.")
final class ArchiveListCommand implements Callable<Integer> {

    @Parameters(paramLabel = "ARCHIVE", description = "An archive folder (the one with index.jsonl).")
    Path archive;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(ArchiveCatalog.list(archive));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
