package org.kpiengine.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.kpiengine.archive.ArchiveVerifier;
import org.kpiengine.archive.Verification;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "verify", mixinStandardHelpOptions = true, versionProvider = EngineVersion.class,
        description = "Checks an archived bundle, or a whole archive: every file against the manifest's SHA-256, "
                + "no file added or removed, and the chain of the archive's index. Exit code 1 on any mismatch.")
final class VerifyCommand implements Callable<Integer> {

    @Parameters(paramLabel = "BUNDLE|ARCHIVE", description = "A bundle folder, or an archive folder with index.jsonl.")
    Path path;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Verification verification = ArchiveVerifier.verify(path);
        PrintWriter out = spec.commandLine().getOut();
        verification.lines().forEach(out::println);
        out.println(verification.summary());
        out.flush();
        return verification.passed() ? 0 : KpiCommand.INVALID_INPUT;
    }
}
