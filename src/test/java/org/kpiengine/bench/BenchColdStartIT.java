package org.kpiengine.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Run from the packaged jar, {@code kpi bench --report} also starts fresh JVMs through {@code java -jar}
 * and {@code bin/kpi} and prints each command's median time and range. Nothing here asserts a timing.
 */
class BenchColdStartIT {

    private static final List<String> LAUNCHERS = List.of("java -jar", "bin/kpi");
    private static final List<String> COMMANDS = List.of(
            "--version (baseline: JVM and command line)",
            "validate --skip-data (definitions, formulas, rules)",
            "report (also the data, the rules applied, the PDF)");

    @TempDir
    Path temp;

    @Test
    void timesEveryCommandInFreshJvmsThroughBothLaunchers() throws Exception {
        Path out = temp.resolve("out.txt");
        Process bench = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                Path.of("target", "kpi.jar").toString(), "bench", "--complaints", "2000", "--data",
                temp.resolve("data").toString(), "--report", "--cold-runs", "1")
                .redirectOutput(out.toFile())
                .redirectError(temp.resolve("err.txt").toFile())
                .start();
        assertTrue(bench.waitFor(8, TimeUnit.MINUTES), "the bench did not finish");
        String table = Files.readString(out);
        assertEquals(0, bench.exitValue(), table + Files.readString(temp.resolve("err.txt")));

        for (String launcher : LAUNCHERS) {
            for (String command : COMMANDS) {
                String label = launcher + " " + command;
                assertTrue(Pattern.compile("(?m)^  " + Pattern.quote(label) + "\\s+[\\d,]+\\.\\d ms$").matcher(table)
                        .find(), "the table lacks '" + label + "':\n" + table);
            }
            assertTrue(Pattern.compile("(?m)^  " + Pattern.quote(launcher + " report / --version") + "\\s+[\\d.]+ x$")
                    .matcher(table).find(), table);
        }
        assertTrue(table.contains("bin/kpi report, first run (writes the class-data archive"), table);
        assertTrue(Files.size(temp.resolve("data").resolve("bench-cold-start.pdf")) > 0);
    }
}
