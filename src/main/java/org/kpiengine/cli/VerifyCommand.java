package org.kpiengine.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.kpiengine.api.KpiEngine;
import org.kpiengine.archive.ArchiveVerifier;
import org.kpiengine.archive.BundleRecomputation;
import org.kpiengine.archive.Verification;
import org.kpiengine.rules.Interpretation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "verify", mixinStandardHelpOptions = true, versionProvider = EngineVersion.class,
        description = "Checks an archived bundle, or a whole archive: every file against the manifest's SHA-256, "
                + "no file added or removed, and the chain of the archive's index. Exit code 1 on any mismatch.")
final class VerifyCommand implements Callable<Integer> {

    @Parameters(paramLabel = "BUNDLE|ARCHIVE", description = "A bundle folder, or an archive folder with index.jsonl.")
    Path path;

    @Option(names = "--recompute",
            description = "For a bundle: also evaluate its scorecard again from the bundle's own definitions, at its "
                    + "as-of date, over the data files its manifest names, and report every figure that differs "
                    + "from its results (and first, every data file that has changed).")
    boolean recompute;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Verification verification = recompute ? recompute(BundleRecomputation.of(path)) : ArchiveVerifier.verify(path);
        PrintWriter out = spec.commandLine().getOut();
        verification.lines().forEach(out::println);
        out.println(verification.summary());
        out.flush();
        return verification.passed() ? 0 : KpiCommand.INVALID_INPUT;
    }

    private Verification recompute(BundleRecomputation bundle) {
        Verification verification = ArchiveVerifier.verify(path);
        if (bundle.checkData(verification)) {
            KpiEngine snapshot = KpiEngine.load(bundle.definitions());
            KpiEngine engine = snapshot.withDatasets(bundle.relocate(snapshot.definitions().datasets()));
            Interpretation recomputed = engine.evaluate(engine.scorecard(Optional.of(bundle.scorecard())),
                    Optional.of(bundle.asOf()));
            bundle.compare(recomputed, verification);
        }
        return verification;
    }
}
