package org.kpiengine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/kpi} runs the packaged jar as {@code java -jar} does, prints exactly what it prints (no JVM log
 * lines), and leaves a class-data archive beside the jar after the first report run, which later runs map.
 */
class LauncherIT {

    @TempDir
    Path workspace;

    private record Run(int exitCode, String out, String err) {
    }

    private Run run(Path jar, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("bin/kpi"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(workspace.resolve("out.txt").toFile())
                .redirectError(workspace.resolve("err.txt").toFile());
        Map<String, String> environment = builder.environment();
        environment.put("KPI_JAR", jar.toString());
        environment.put("PATH", Path.of(System.getProperty("java.home"), "bin") + java.io.File.pathSeparator
                + environment.getOrDefault("PATH", ""));
        Process process = builder.start();
        assertTrue(process.waitFor(3, TimeUnit.MINUTES), "bin/kpi did not finish");
        return new Run(process.exitValue(), Files.readString(workspace.resolve("out.txt")),
                Files.readString(workspace.resolve("err.txt")));
    }

    @Test
    void runsTheJarAndKeepsAClassDataArchiveBesideIt() throws Exception {
        Path jar = Files.copy(Path.of("target", "kpi.jar"), workspace.resolve("kpi.jar"));
        Path archive = workspace.resolve("kpi.jsa");

        Run validate = run(jar, "validate");
        assertEquals(0, validate.exitCode(), validate.err());
        assertEquals("kpi-definitions is valid: 6 datasets, 45 measures, 28 KPIs, 2 scorecards, 8 rule files.\n",
                validate.out());
        assertFalse(Files.exists(archive), "only a report or archive run, which loads every part, writes the archive");

        Path pdf = workspace.resolve("scorecard.pdf");
        for (int i = 0; i < 2; i++) {
            Run report = run(jar, "report", "--scorecard", "complaints_monthly", "--out", pdf.toString());
            assertEquals(0, report.exitCode(), report.err());
            assertEquals("Wrote " + pdf + " (Complaint Handling Scorecard, as of 2026-03-31).\n", report.out());
            assertEquals("", report.err());
            assertTrue(Files.size(archive) > 0, "the first report run writes the archive");
        }
    }

    @Test
    void aMissingJarIsNamedWithHowToBuildIt() throws Exception {
        Run run = run(workspace.resolve("nowhere.jar"), "validate");
        assertEquals(1, run.exitCode());
        assertEquals("error: " + workspace.resolve("nowhere.jar") + " does not exist; build it first with: mvn -B -q "
                + "package -DskipTests\n", run.err());
    }
}
