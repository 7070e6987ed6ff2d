package org.kpiengine.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.kpiengine.error.KpiException;

/**
 * Starts the packaged jar in fresh JVMs, as a person running {@code kpi} does, and times each run
 * from launch to exit. Three commands are timed: {@code --version} (starting a JVM and the command
 * line, the baseline), {@code validate --skip-data} (definitions, formulas and the rule base) and
 * {@code report} (all of that, the data and the PDF). Each command runs several times and the median
 * counts, because a fresh JVM on a busy machine varies by a second.
 */
final class ColdStarts {

    /** How a fresh JVM is started: the plain {@code java -jar}, or the project's launcher script. */
    record Launcher(String key, String name, List<String> prefix) {

        /** The launcher script maps a class-data archive, which the first report after a build writes. */
        boolean usesClassDataArchive() {
            return key.equals("bin_kpi");
        }
    }

    /** The median and spread of one command's runs, in nanoseconds. */
    record Timing(long median, long fastest, long slowest) {
    }

    private final Path jar;
    private final int runs;

    ColdStarts(Path jar, int runs) {
        this.jar = jar;
        this.runs = runs;
    }

    /**
     * Times the bench scorecard's commands in fresh JVMs, through every launcher there is, and adds the
     * figures. Without a packaged jar (the bench runs from class folders) it says so instead.
     */
    static void measure(Figures figures, BenchOptions options, Path definitions, Path dataFolder,
                        Consumer<String> progress) {
        figures.section("cold_start", "cold start (fresh JVMs, launch to exit, median of " + options.coldRuns()
                + " runs each; bench scorecard; compiled templates and rule base from the cache that the"
                + " first run fills)");
        Optional<Path> jar = packagedJar();
        if (jar.isEmpty()) {
            figures.add("not_measured", "not measured", "run the bench from the packaged jar", "");
            return;
        }
        List<String> validate = List.of("validate", "--skip-data", "-d", definitions.toString());
        List<String> report = List.of("report", "-d", definitions.toString(), "--scorecard",
                BenchDefinitions.SCORECARD_ID, "--templates", options.templates().toAbsolutePath().toString(),
                "--out", dataFolder.resolve("bench-cold-start.pdf").toString());
        ColdStarts starts = new ColdStarts(jar.get(), options.coldRuns());
        for (Launcher launcher : starts.launchers()) {
            progress.accept("cold start: " + launcher.name() + " --version, validate and report in fresh JVMs");
            String key = launcher.key() + "_";
            if (launcher.usesClassDataArchive()) {
                figures.millis(key + "first_report", launcher.name() + " report, first run (writes the class-data "
                        + "archive when the jar is newer; not counted)", starts.runOnce(launcher, report));
            }
            Timing version = starts.time(launcher, List.of("--version"));
            Timing validated = starts.time(launcher, validate);
            Timing reported = starts.time(launcher, report);
            add(figures, key + "version", launcher.name() + " --version (baseline: JVM and command line)", version);
            add(figures, key + "validate", launcher.name() + " validate --skip-data (definitions, formulas, rules)",
                    validated);
            add(figures, key + "report", launcher.name() + " report (also the data, the rules applied, the PDF)",
                    reported);
            figures.ratio(key + "report_ratio", launcher.name() + " report / --version",
                    (double) reported.median() / version.median());
        }
    }

    private static void add(Figures figures, String key, String label, Timing timing) {
        figures.millis(key, label, timing.median());
        figures.add(key + "_range", "  fastest .. slowest", String.format(Locale.ROOT, "%,.0f .. %,.0f",
                timing.fastest() / 1e6, timing.slowest() / 1e6), "ms");
    }

    /** The jar this code was loaded from, when it runs from the packaged jar and not from class folders. */
    static Optional<Path> packagedJar() {
        try {
            Path location = Path.of(ColdStarts.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(location) && location.toString().endsWith(".jar")
                    ? Optional.of(location) : Optional.empty();
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    /** {@code java -jar} and, when the jar lies in a project checkout, {@code bin/kpi} beside it. */
    List<Launcher> launchers() {
        List<Launcher> launchers = new ArrayList<>();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        launchers.add(new Launcher("java_jar", "java -jar", List.of(java, "-jar", jar.toString())));
        Path script = jar.toAbsolutePath().getParent().resolveSibling("bin").resolve("kpi");
        if (Files.isRegularFile(script)) {
            launchers.add(new Launcher("bin_kpi", "bin/kpi", List.of("bash", script.toString())));
        }
        return launchers;
    }

    Timing time(Launcher launcher, List<String> arguments) {
        long[] times = new long[runs];
        for (int run = 0; run < runs; run++) {
            times[run] = runOnce(launcher, arguments);
        }
        Arrays.sort(times);
        return new Timing(times[runs / 2], times[0], times[runs - 1]);
    }

    long runOnce(Launcher launcher, List<String> arguments) {
        List<String> command = new ArrayList<>(launcher.prefix());
        command.addAll(arguments);
        Path errors = null;
        try {
            errors = Files.createTempFile("kpi-bench-cold-start", ".txt");
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(errors.toFile());
            builder.environment().put("KPI_JAR", jar.toString());
            long start = System.nanoTime();
            Process process = builder.start();
            int exit = process.waitFor();
            long elapsed = System.nanoTime() - start;
            if (exit != 0) {
                throw new KpiException("the cold-start run '" + String.join(" ", command) + "' failed with exit code "
                        + exit + ": " + Files.readString(errors, StandardCharsets.UTF_8).strip());
            }
            return elapsed;
        } catch (IOException e) {
            throw new KpiException("the cold-start run '" + String.join(" ", command) + "' could not be started: "
                    + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KpiException("the cold-start runs were interrupted", e);
        } finally {
            if (errors != null) {
                try {
                    Files.deleteIfExists(errors);
                } catch (IOException ignored) {
                    // a temporary file left behind harms nothing
                }
            }
        }
    }
}
