package org.kpiengine.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.kpiengine.api.KpiEngine;
import org.kpiengine.testcase.DefinitionTestCase;
import org.kpiengine.testcase.DefinitionTestReader;
import org.kpiengine.testcase.DefinitionTestResult;
import org.kpiengine.testcase.DefinitionTestRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "test", mixinStandardHelpOptions = true, versionProvider = EngineVersion.class,
        description = "Runs the definition tests in tests/: a few rows per dataset, and the KPI values, bands and "
                + "findings they must give.")
final class TestCommand implements Callable<Integer> {

    @Mixin
    DefinitionsOption definitions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        KpiEngine engine = definitions.load();
        List<DefinitionTestCase> cases = DefinitionTestReader.readAll(definitions.folder);
        PrintWriter out = spec.commandLine().getOut();
        Path work = Files.createTempDirectory("kpi-test-");
        int failed = 0;
        try {
            DefinitionTestRunner runner = new DefinitionTestRunner(engine, work);
            for (int i = 0; i < cases.size(); i++) {
                DefinitionTestResult result = runner.run(cases.get(i), i);
                out.println((result.passed() ? "PASS  " : "FAIL  ") + result.testCase().name()
                        + (result.passed() ? "" : "   (" + result.testCase().location().file() + ")"));
                result.differences().forEach(difference -> out.println("      " + difference));
                failed += result.passed() ? 0 : 1;
            }
        } finally {
            deleteTree(work);
        }
        out.println((cases.size() - failed) + " passed, " + failed + " failed");
        out.flush();
        return failed == 0 ? 0 : KpiCommand.INVALID_INPUT;
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
