package org.kpiengine.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpiengine.ProjectFiles;
import org.kpiengine.cli.CliRun;
import org.kpiengine.error.InvalidInputException;
import org.kpiengine.error.Problem;
import org.kpiengine.evaluation.Progress;
import org.kpiengine.rules.Interpretation;

/**
 * The rule base is built while the data is read. Its problems must still stop a run before it
 * reports anything and come out with the data's problems in {@code kpi validate}, and the engine must
 * leave no thread behind that keeps a caller's JVM from ending.
 */
class RuleBaseInBackgroundTest {

    private static final String BROKEN_RULE = """
            package kpi.custom;

            import org.kpiengine.rules.model.KpiResult;

            rule "Broken"
            when
                KpiResult( valu > 1 )
            then
            end
            """;

    @TempDir
    Path workspace;

    @Test
    void aBrokenRuleStopsTheEvaluationWithTheRuleFileNamed() throws Exception {
        Path definitions = ProjectFiles.copyDefinitionsInto(workspace);
        Files.writeString(definitions.resolve("rules/broken.drl"), BROKEN_RULE);

        KpiEngine engine = KpiEngine.load(definitions);
        InvalidInputException failure = assertThrows(InvalidInputException.class, () -> engine.evaluate(
                engine.scorecard(Optional.of("complaints_monthly")), Optional.empty()));

        assertEquals(List.of("rules/broken.drl"), filesOf(failure));
        InvalidInputException checked = assertThrows(InvalidInputException.class, engine::checkRules);
        assertEquals(failure.problems(), checked.problems());
    }

    @Test
    void validateReportsTheDataAndTheRuleProblemsTogether() throws Exception {
        Path definitions = ProjectFiles.copyFixtureInto(workspace);
        Files.writeString(definitions.resolve("rules/broken.drl"), BROKEN_RULE);
        Files.copy(Path.of("src/test/resources/definitions/invalid/dataset-declared-column-missing/kpi-definitions/"
                + "datasets/complaints.yaml"), definitions.resolve("datasets/complaints.yaml"),
                StandardCopyOption.REPLACE_EXISTING);

        CliRun run = CliRun.of("validate", "-d", definitions.toString());

        assertEquals(1, run.exitCode(), run.err());
        List<String> files = run.err().lines().map(line -> line.substring(0, line.indexOf(':')))
                .map(file -> relative(file.replace('\\', '/'))).toList();
        assertEquals(List.of("datasets/complaints.yaml", "rules/broken.drl"), files, run.err());
    }

    @Test
    void anEvaluationLeavesNoThreadThatKeepsTheJvmRunning() {
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        KpiEngine engine = KpiEngine.load(ProjectFiles.DEFINITIONS);
        Interpretation result = engine.evaluate(engine.scorecard(Optional.of("complaints_monthly")), Optional.empty(),
                Progress.SILENT);
        assertTrue(result.evaluation().values().size() > 0);

        List<String> keepingTheJvmAlive = Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .filter(thread -> !thread.isDaemon())
                .filter(thread -> !before.contains(thread) || startedByTheEngine(thread))
                .map(Thread::getName)
                .toList();
        assertEquals(List.of(), keepingTheJvmAlive);
    }

    /** DuckDB's driver starts its query-cancelling thread once per JVM, perhaps in an earlier test. */
    private static boolean startedByTheEngine(Thread thread) {
        String name = thread.getName();
        return name.startsWith("duckdb") || name.startsWith("drools") || name.startsWith("kpi");
    }

    private static List<String> filesOf(InvalidInputException failure) {
        return failure.problems().stream().map(Problem::location).map(location -> location.file())
                .map(file -> file.replace('\\', '/')).map(RuleBaseInBackgroundTest::relative).distinct().sorted().toList();
    }

    private static String relative(String file) {
        int folder = Math.max(file.lastIndexOf("datasets/"), file.lastIndexOf("rules/"));
        return file.substring(Math.max(0, folder));
    }
}
