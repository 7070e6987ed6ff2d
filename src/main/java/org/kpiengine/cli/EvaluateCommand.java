package org.kpiengine.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.kpiengine.api.KpiEngine;
import org.kpiengine.evaluation.Progress;
import org.kpiengine.report.ResultRow;
import org.kpiengine.report.ResultRows;
import org.kpiengine.report.ResultsWriter;
import org.kpiengine.rules.Interpretation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "evaluate", mixinStandardHelpOptions = true, versionProvider = EngineVersion.class,
        description = "Evaluates a scorecard and prints every KPI per period and segment with its band.")
final class EvaluateCommand implements Callable<Integer> {

    enum Format { table, json, csv }

    @Mixin
    DefinitionsOption definitions;

    @Mixin
    ScorecardOptions scorecard;

    @Mixin
    EngineOptions engines;

    @Option(names = {"-f", "--format"}, defaultValue = "table",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        KpiEngine engine = engines.load(definitions);
        Progress progress = TerminalProgress.forTerminal(spec.commandLine().getErr());
        Interpretation result;
        try {
            result = engine.evaluate(engine.scorecard(scorecard.scorecardId()), scorecard.asOfDay(), progress);
        } finally {
            TerminalProgress.closeIfOpen(progress);
        }
        List<ResultRow> rows = ResultRows.of(result);
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case table -> ResultsWriter.table(rows, result.findings(), out);
            case json -> ResultsWriter.json(rows, result.findings(), out);
            case csv -> ResultsWriter.csv(rows, out);
        }
        out.flush();
        return 0;
    }
}
