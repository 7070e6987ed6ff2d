package org.kpiengine.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kpiengine.api.KpiEngine;
import org.kpiengine.data.EngineChoice;
import org.kpiengine.data.MeasureRow;
import org.kpiengine.data.RoutingMeasureSource;
import org.kpiengine.definition.DefinitionLoader;
import org.kpiengine.definition.DefinitionSet;
import org.kpiengine.definition.QueryEngine;
import org.kpiengine.definition.ScorecardDefinition;
import org.kpiengine.evaluation.Progress;
import org.kpiengine.evaluation.ScorecardEvaluation;
import org.kpiengine.evaluation.ScorecardEvaluator;
import org.kpiengine.report.ScorecardReports;
import org.kpiengine.rules.Interpretation;
import org.kpiengine.rules.RuleBase;
import org.kpiengine.rules.RuleBaseCompiler;
import org.kpiengine.sample.SampleDataSpec;

/**
 * One benchmark run: data, the engine (cold, then warm), the hand-written baseline (cold, then warm)
 * and optionally the PDF report (cold, then warm), each phase with its own memory peaks. Writes
 * progress lines to {@code log}; the figures come back for the caller to print.
 *
 * <p>The cold engine run calls the public building blocks one by one, in the order
 * {@link KpiEngine#load} and {@link KpiEngine#evaluate} call them, so that each is timed on its own:
 * {@link DefinitionLoader#load}, the {@link ScorecardEvaluator} (which compiles every formula),
 * {@link RuleBaseCompiler#compile}, then the evaluation and the rules. The warm run goes through
 * {@link KpiEngine} itself. Both read the data through a fresh connection, wrapped to time each query.
 */
public final class BenchRun {

    private final BenchOptions options;
    private final PrintWriter log;
    private final Figures figures = new Figures();

    private BenchRun(BenchOptions options, PrintWriter log) {
        this.options = options;
        this.log = log;
    }

    public static Figures run(BenchOptions options, PrintWriter log) throws IOException {
        return new BenchRun(options, log).run();
    }

    /** Times of one evaluation of the scorecard. */
    private record EngineRun(long loadNanos, long attachNanos, long evaluateNanos, long formulaNanos, long rulesNanos,
                             long wallNanos, TimedMeasureSource source, Interpretation interpretation) {
    }

    private Figures run() throws IOException {
        String loadBefore = loadAverage();
        figures.section("machine", "machine");
        figures.add("cores", "available processors", Runtime.getRuntime().availableProcessors(), "");
        figures.add("java", "Java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"), "");
        figures.megabytes("max_heap", "maximum heap (-Xmx)", Runtime.getRuntime().maxMemory());
        figures.add("load_before", "load average before (1, 5, 15 min)", loadBefore, "");

        BenchData.Prepared data = prepareData();
        try (MemoryMeter memory = new MemoryMeter();
             BenchDefinitions definitions = BenchDefinitions.create(options.definitions(), data.folder(),
                     BenchOptions.TRAILING_MONTHS, BenchOptions.SEGMENT_BY)) {
            long rowsRead = data.totalRows();

            progress("engine, cold: loading definitions, compiling formulas and rules, evaluating "
                    + definitions.kpiCount() + " KPIs");
            memory.startPhase();
            EngineRun cold = coldRun(definitions.folder());
            progress("engine, warm: the same through KpiEngine, with a fresh connection");
            EngineRun warm = warmRun(definitions.folder());
            MemoryMeter.Peak enginePeak = memory.endPhase();

            BaselineQueries.Window window = window(cold.source());
            List<BaselineQueries.Query> queries = BaselineQueries.all(data.folder(), window);
            progress("baseline: one hand-written DuckDB query per file, cold then warm");
            memory.startPhase();
            Baseline.Result baselineCold = Baseline.run(queries);
            Baseline.Result baselineWarm = Baseline.run(queries);
            MemoryMeter.Peak baselinePeak = memory.endPhase();

            engineFigures(definitions, cold, warm, rowsRead);
            baselineFigures(baselineCold, baselineWarm, rowsRead);
            ratioFigures(cold, warm, baselineCold, baselineWarm);
            checkFigures(cold.source(), baselineWarm, queries);
            memoryFigures("memory_engine", "memory, engine (cold + warm runs)", enginePeak);
            memoryFigures("memory_baseline", "memory, baseline (cold + warm runs)", baselinePeak);
            resultFigures(cold.interpretation());
            if (options.sparkMaster() != null) {
                EngineChoice spark = new EngineChoice(QueryEngine.SPARK, options.sparkMaster());
                progress("spark: the same library on Spark (" + options.sparkMaster() + "), cold then warm");
                EngineRun sparkCold = warmRun(definitions.folder(), spark);
                EngineRun sparkWarm = warmRun(definitions.folder(), spark);
                SparkFigures.add(figures, options.sparkMaster(), rowsRead, warm.source(), sparkCold.source(),
                        sparkCold.attachNanos(), sparkWarm.source(), sparkWarm.attachNanos());
            }
            if (options.report()) {
                progress("report: rendering the scorecard PDF, cold then warm");
                memory.startPhase();
                reportFigures(cold.interpretation(), data.folder());
                memoryFigures("memory_report", "memory, report (cold + warm renders)", memory.endPhase());
                ColdStarts.measure(figures, options, definitions.folder(), data.folder(), this::progress);
            }
        }
        figures.section("machine_after", "machine, after");
        figures.add("load_after", "load average after (1, 5, 15 min)", loadAverage(), "");
        return figures;
    }

    private BenchData.Prepared prepareData() throws IOException {
        SampleDataSpec spec = new SampleDataSpec(options.seed(), options.complaints(), options.firstDay(),
                options.lastDay());
        progress("data: " + options.complaints() + " complaints in " + options.data().toAbsolutePath().normalize()
                + " (generated unless a matching run is there)");
        BenchData.Prepared data = BenchData.prepare(options.data(), spec);
        long prefetch = prefetch(data);

        figures.section("data", "data");
        figures.add("folder", "folder", data.folder().toString(), "");
        figures.add("complaints", "complaints (--complaints)", options.complaints(), "");
        figures.add("days", "days covered", options.firstDay() + " .. " + options.lastDay(), "");
        figures.add("seed", "seed", options.seed(), "");
        figures.add("reused", "reused from an earlier run", data.reused(), "");
        figures.add("generation_s", "generation time (not part of the engine)",
                data.reused() ? "n/a (reused)" : Figures.round(data.generationNanos() / 1e9, 1), data.reused() ? "" : "s");
        data.rows().forEach((file, rows) -> figures.add("rows_" + file.replace(".csv", ""), "rows of " + file, rows, ""));
        figures.add("rows_total", "rows of all files", data.totalRows(), "");
        figures.megabytes("bytes_total", "size of all files", data.totalBytes());
        figures.millis("page_cache_read", "one read of every file (warms the page cache)", prefetch);
        return data;
    }

    /** Reads every file once, so that engine and baseline both find it in the page cache. */
    private static long prefetch(BenchData.Prepared data) throws IOException {
        long start = System.nanoTime();
        byte[] buffer = new byte[1 << 20];
        for (String file : data.rows().keySet()) {
            try (InputStream in = Files.newInputStream(data.folder().resolve(file))) {
                while (in.read(buffer) >= 0) {
                    // only the reading matters
                }
            }
        }
        return System.nanoTime() - start;
    }

    private EngineRun coldRun(Path definitionsFolder) {
        long start = System.nanoTime();
        DefinitionSet definitions = DefinitionLoader.load(definitionsFolder);
        long loaded = System.nanoTime();
        ScorecardEvaluator evaluator = new ScorecardEvaluator(definitions);
        long compiled = System.nanoTime();
        RuleBase rules = RuleBaseCompiler.compileAnew(definitions);
        long ruled = System.nanoTime();
        figures.section("engine_cold", "engine, cold (first run in this JVM)");
        figures.millis("definitions_load", "definitions load (YAML, validation)", loaded - start);
        figures.millis("formula_compile", "formula compile (MVEL)", compiled - loaded);
        figures.millis("rule_base_build", "rule-base build (Drools, compiled; the cache not read)", ruled - compiled);

        ScorecardDefinition scorecard = definitions.scorecard(BenchDefinitions.SCORECARD_ID).orElseThrow();
        long attachStart = System.nanoTime();
        try (TimedMeasureSource source = new TimedMeasureSource(
                new RoutingMeasureSource(evaluator.datasetsFor(scorecard)))) {
            long evaluateStart = System.nanoTime();
            ScorecardEvaluation evaluation = evaluator.evaluate(scorecard, Optional.empty(), source, Progress.SILENT);
            long evaluated = System.nanoTime();
            Interpretation interpretation = rules.interpret(evaluation);
            long interpreted = System.nanoTime();
            long formulas = evaluated - evaluateStart - source.totalNanos();
            return new EngineRun(ruled - start, evaluateStart - attachStart, interpreted - evaluateStart, formulas,
                    interpreted - evaluated, interpreted - start, source, interpretation);
        }
    }

    private EngineRun warmRun(Path definitionsFolder) {
        return warmRun(definitionsFolder, EngineChoice.AS_DEFINED);
    }

    private EngineRun warmRun(Path definitionsFolder, EngineChoice engines) {
        long start = System.nanoTime();
        KpiEngine engine = KpiEngine.load(definitionsFolder);
        long loaded = System.nanoTime();
        ScorecardDefinition scorecard = engine.scorecard(Optional.of(BenchDefinitions.SCORECARD_ID));
        StageClock clock = new StageClock();
        long attachStart = System.nanoTime();
        try (TimedMeasureSource source = new TimedMeasureSource(
                new RoutingMeasureSource(ScorecardEvaluator.datasetsFor(engine.definitions(), scorecard), engines))) {
            long evaluateStart = System.nanoTime();
            Interpretation interpretation = engine.evaluate(scorecard, Optional.empty(), source, clock);
            long interpreted = System.nanoTime();
            long rulesStart = clock.startOf("applying the rules").orElse(interpreted);
            long formulas = rulesStart - evaluateStart - source.totalNanos();
            return new EngineRun(loaded - start, evaluateStart - attachStart, interpreted - evaluateStart, formulas,
                    interpreted - rulesStart, interpreted - start, source, interpretation);
        }
    }

    /** When each stage the engine announces began. */
    private static final class StageClock implements Progress {

        private final Map<String, Long> starts = new HashMap<>();

        @Override
        public void stage(String description) {
            starts.putIfAbsent(description, System.nanoTime());
        }

        Optional<Long> startOf(String description) {
            return Optional.ofNullable(starts.get(description));
        }
    }

    private static BaselineQueries.Window window(TimedMeasureSource source) {
        TimedMeasureSource.DatasetTimes any = source.times().values().stream().filter(t -> t.request != null)
                .findFirst().orElseThrow(() -> new IllegalStateException("the engine aggregated nothing"));
        return new BaselineQueries.Window(any.request.periods(), any.request.cutoff());
    }

    private void engineFigures(BenchDefinitions definitions, EngineRun cold, EngineRun warm, long rowsRead) {
        figures.section("engine_cold", "engine, cold (first run in this JVM)");
        figures.millis("load_total", "load + formula compile + rule-base build", cold.loadNanos());
        engineRunFigures(cold, rowsRead);
        figures.section("engine_warm", "engine, warm (second run, through KpiEngine, fresh connection)");
        figures.millis("load_total", "KpiEngine.load (definitions, formulas; the rule base builds meanwhile)",
                warm.loadNanos());
        engineRunFigures(warm, rowsRead);
        figures.section("engine_per_dataset", "engine, scans and aggregation time per dataset (cold run)");
        cold.source().times().forEach((dataset, times) -> figures.add("scans_" + dataset,
                dataset + ": scans (latest record + measure queries)",
                times.latestRecordScans + " + " + times.measureScans, ""));
        cold.source().times().forEach((dataset, times) -> figures.millis("aggregation_" + dataset,
                dataset + ": " + times.measures + " measures", times.totalNanos()));
        figures.add("kpis", "KPIs in the library (all evaluated)", definitions.kpiCount(), "");
    }

    private void engineRunFigures(EngineRun run, long rowsRead) {
        TimedMeasureSource source = run.source();
        figures.millis("attach", "attach data files (DuckDB views)", run.attachNanos());
        figures.millis("latest_record_scans", "latest-record scans (finding the as-of day)", source.latestRecordNanos());
        figures.millis("measure_queries", "measure queries", source.aggregateNanos());
        figures.millis("aggregation", "data aggregation (all engine queries)", source.totalNanos());
        figures.millis("aggregation_cpu", "CPU time of the process during aggregation", source.cpuNanos());
        figures.add("scans", "scans of data files", source.scans(), "");
        figures.millis("formula_evaluation", "formula evaluation", run.formulaNanos());
        figures.millis("rule_interpretation", "rule interpretation (Drools; warm: with any wait for the rule base)",
                run.rulesNanos());
        figures.millis("evaluate_total", "evaluate (aggregation + formulas + rules)", run.evaluateNanos());
        figures.millis("total_wall", "total wall time (load .. interpretation)", run.wallNanos());
        figures.add("rows_per_second", "rows per second (rows of all files / aggregation)",
                Math.round(rowsRead / (source.totalNanos() / 1e9)), "rows/s");
    }

    private void baselineFigures(Baseline.Result cold, Baseline.Result warm, long rowsRead) {
        for (Baseline.Result result : List.of(cold, warm)) {
            if (result == cold) {
                figures.section("baseline_cold", "baseline, cold (first baseline run, fresh connection)");
            } else {
                figures.section("baseline_warm", "baseline, warm (second baseline run, fresh connection)");
            }
            figures.millis("connect", "open DuckDB connection", result.connectNanos());
            result.nanosByDataset().forEach((dataset, nanos) -> figures.millis("query_" + dataset,
                    "one query over " + dataset, nanos));
            figures.millis("total", "all queries", result.queryNanos());
            figures.millis("cpu", "CPU time of the process during the queries", result.cpuNanos());
            figures.add("scans", "scans of data files", result.nanosByDataset().size(), "");
            figures.add("rows_per_second", "rows per second", Math.round(rowsRead / (result.queryNanos() / 1e9)), "rows/s");
            figures.add("duckdb_threads", "DuckDB threads", result.threads(), "");
        }
    }

    private void ratioFigures(EngineRun cold, EngineRun warm, Baseline.Result baselineCold, Baseline.Result baselineWarm) {
        figures.section("ratios", "ratios (goal: aggregation / baseline <= 1.5)");
        figures.ratio("aggregation_cold", "engine aggregation / baseline, cold",
                cold.source().totalNanos() / (double) baselineCold.queryNanos());
        figures.ratio("aggregation_warm", "engine aggregation / baseline, warm",
                warm.source().totalNanos() / (double) baselineWarm.queryNanos());
        figures.ratio("measure_queries_warm", "engine measure queries only (no latest-record scans) / baseline, warm",
                warm.source().aggregateNanos() / (double) baselineWarm.queryNanos());
        figures.ratio("aggregation_cpu_cold", "engine aggregation CPU time / baseline CPU time, cold (robust to load)",
                cold.source().cpuNanos() / (double) baselineCold.cpuNanos());
        figures.ratio("aggregation_cpu_warm", "engine aggregation CPU time / baseline CPU time, warm (robust to load)",
                warm.source().cpuNanos() / (double) baselineWarm.cpuNanos());
        figures.ratio("total_cold", "engine total wall / baseline, cold", cold.wallNanos() / (double) baselineCold.queryNanos());
        figures.ratio("total_warm", "engine total wall / baseline, warm", warm.wallNanos() / (double) baselineWarm.queryNanos());
    }

    /** Every engine figure the baseline also computes must agree with it. */
    private void checkFigures(TimedMeasureSource engine, Baseline.Result baseline, List<BaselineQueries.Query> queries) {
        Map<Baseline.Cell, Double> engineValues = new HashMap<>();
        Set<String> engineMeasures = new LinkedHashSet<>();
        engine.times().forEach((dataset, times) -> {
            if (times.request != null) {
                times.request.measures().forEach(measure -> engineMeasures.add(measure.id()));
            }
            for (MeasureRow row : times.rows) {
                row.values().forEach((measure, value) -> engineValues.put(
                        new Baseline.Cell(dataset, row.periodStart(), row.segment(), measure), value));
            }
        });
        Set<String> covered = new HashSet<>();
        queries.forEach(query -> covered.addAll(query.measures()));
        List<String> uncovered = engineMeasures.stream().filter(id -> !covered.contains(id)).toList();
        int compared = 0;
        int mismatches = 0;
        int onlyEngine = 0;
        double worst = 0;
        String example = "none";
        for (Map.Entry<Baseline.Cell, Double> entry : engineValues.entrySet()) {
            if (!covered.contains(entry.getKey().measure())) {
                continue;
            }
            Double other = baseline.values().get(entry.getKey());
            if (other == null) {
                onlyEngine++;
                continue;
            }
            compared++;
            double difference = Math.abs(entry.getValue() - other) / Math.max(1e-12, Math.abs(entry.getValue()));
            worst = Math.max(worst, difference);
            if (difference > 1e-9) {
                mismatches++;
                example = entry.getKey() + ": engine " + entry.getValue() + ", baseline " + other;
            }
        }
        List<Baseline.Cell> baselineOnly = baseline.values().keySet().stream()
                .filter(cell -> !engineValues.containsKey(cell)).toList();
        long onlyBaseline = baselineOnly.size();
        figures.section("check", "check: baseline figures against the engine's");
        figures.add("compared", "figures compared (measure x period x segment)", compared, "");
        figures.add("mismatches", "figures that differ (relative > 1e-9)", mismatches, "");
        figures.add("max_relative_difference", "largest relative difference", String.format("%.1e", worst), "");
        figures.add("only_engine", "figures only the engine has", onlyEngine, "");
        figures.add("only_baseline", "figures only the baseline has", onlyBaseline, "");
        figures.add("example_only_baseline", "example of a figure only the baseline has",
                baselineOnly.isEmpty() ? "none" : baselineOnly.get(0) + " = " + baseline.values().get(baselineOnly.get(0)), "");
        figures.add("uncovered_measures", "engine measures the baseline lacks",
                uncovered.isEmpty() ? "none" : String.join(", ", uncovered), "");
        figures.add("example_mismatch", "example of a difference", example, "");
    }

    private void memoryFigures(String key, String title, MemoryMeter.Peak peak) {
        figures.section(key, title);
        figures.megabytes("heap_pool_peak", "peak heap (sum of heap pools' peaks)", peak.heapPoolPeakBytes());
        figures.megabytes("heap_gc_peak", "peak heap a GC found before collecting", peak.gcPeakBytes());
        figures.add("gc_count", "garbage collections", peak.collections(), "");
        figures.add("gc_ms", "time in garbage collection", peak.collectionMillis(), "ms");
        figures.megabytes("rss_peak", peak.rssPeakSincePhase() ? "peak RSS of the process (VmHWM, reset at phase start)"
                : "peak RSS of the process (VmHWM since JVM start; reset refused)", peak.rssPeakBytes());
        figures.add("under_2_gib", "peak heap under 2 GiB", peak.heapPoolPeakBytes() < 2L * 1024 * 1024 * 1024, "");
    }

    private void resultFigures(Interpretation interpretation) {
        ScorecardEvaluation evaluation = interpretation.evaluation();
        Set<LocalDate> computed = new HashSet<>();
        evaluation.values().forEach(value -> computed.add(value.period().start()));
        figures.section("evaluated", "what was evaluated");
        figures.add("as_of", "as of (latest record)", evaluation.asOf().toString(), "");
        figures.add("periods_shown", "monthly periods shown", evaluation.periods().size(), "");
        figures.add("periods_computed", "periods computed (with history for windows)", computed.size(), "");
        figures.add("segments", "segments (" + BenchOptions.SEGMENT_BY + ") + total", evaluation.segments().size() + " + 1", "");
        figures.add("kpi_values", "KPI values computed", evaluation.values().size(), "");
        figures.add("kpi_values_with_number", "of them with a value",
                evaluation.values().stream().filter(value -> value.value() != null).count(), "");
        figures.add("findings", "findings raised by the rules", interpretation.findings().size(), "");
    }

    private void reportFigures(Interpretation interpretation, Path folder) {
        ScorecardReports reports = new ScorecardReports(options.templates());
        Path pdf = folder.resolve("bench-scorecard.pdf");
        long start = System.nanoTime();
        reports.renderPdf(interpretation, options.version(), pdf);
        long cold = System.nanoTime();
        reports.renderPdf(interpretation, options.version(), pdf);
        long warm = System.nanoTime();
        figures.section("report", "report (PDF/A scorecard of the bench result, management review layout)");
        figures.millis("render_cold", "render, cold (first in this JVM, template compile included)", cold - start);
        figures.millis("render_warm", "render, warm (second render)", warm - cold);
        long size;
        try {
            size = Files.size(pdf);
        } catch (IOException e) {
            size = -1;
        }
        figures.add("file", "written to", pdf.toString(), "");
        figures.megabytes("size", "PDF size", size);
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + ", " + parts[1] + ", " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "n/a";
        }
    }

    private void progress(String message) {
        log.println("[bench] " + message);
        log.flush();
    }
}
