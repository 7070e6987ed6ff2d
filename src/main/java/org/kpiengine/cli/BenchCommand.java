package org.kpiengine.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.kpiengine.bench.BenchOptions;
import org.kpiengine.bench.BenchRun;
import org.kpiengine.bench.Figures;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = EngineVersion.class,
        description = "Benchmarks the whole KPI library (12 monthly periods by team) on generated data against "
                + "hand-written DuckDB queries, and prints the figures.")
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--complaints", defaultValue = "10000000",
            description = "Complaints in the generated data (default: ${DEFAULT-VALUE}).")
    int complaints;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "target/bench-data",
            description = "Where the data is generated, or reused when it matches (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--seed", defaultValue = "10002", description = "Random seed of the data (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--from", defaultValue = "2025-01-01", paramLabel = "DATE",
            description = "First day of the data (default: ${DEFAULT-VALUE}).")
    LocalDate from;

    @Option(names = "--to", defaultValue = "2026-03-31", paramLabel = "DATE",
            description = "Last day of the data (default: ${DEFAULT-VALUE}).")
    LocalDate to;

    @Option(names = {"-d", "--definitions"}, paramLabel = "DIR", defaultValue = "kpi-definitions",
            description = "The definitions whose whole library is evaluated; copied, never changed (default: ${DEFAULT-VALUE}).")
    Path definitions;

    @Mixin
    TemplatesOption templates;

    @Option(names = "--report", description = "Also render the scorecard PDF, cold and warm, and time it; then "
            + "time fresh JVMs running --version, validate and report.")
    boolean report;

    @Option(names = "--cold-runs", paramLabel = "N", defaultValue = "5",
            description = "With --report: fresh JVMs per cold-start command; the median counts (default: ${DEFAULT-VALUE}).")
    int coldRuns;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the figures as JSON to this file.")
    Path json;

    @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "duckdb",
            description = "duckdb, or spark to run the library on Spark as well, beside DuckDB, and compare "
                    + "(default: ${DEFAULT-VALUE}).")
    EngineOptions.Engine engine;

    @Option(names = "--master", paramLabel = "URL", defaultValue = "local[2]",
            description = "With --engine spark: the Spark master (default: ${DEFAULT-VALUE}).")
    String master;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws java.io.IOException {
        BenchOptions options;
        try {
            options = new BenchOptions(complaints, seed, from, to, data, definitions, templates.folder, report,
                    coldRuns, json, EngineVersion.current(), engine == EngineOptions.Engine.spark ? master : null);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        Figures figures = BenchRun.run(options, spec.commandLine().getErr());
        figures.print(spec.commandLine().getOut());
        if (json != null) {
            figures.writeJson(json);
            spec.commandLine().getOut().printf("%nWrote %s.%n", json);
        }
        return 0;
    }
}
