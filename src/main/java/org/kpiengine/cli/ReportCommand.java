package org.kpiengine.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.kpiengine.api.KpiEngine;
import org.kpiengine.archive.ArchivedBundle;
import org.kpiengine.archive.BundleExport;
import org.kpiengine.concurrent.BackgroundTask;
import org.kpiengine.evaluation.Progress;
import org.kpiengine.definition.ScorecardDefinition;
import org.kpiengine.report.ReportFormat;
import org.kpiengine.report.ScorecardReports;
import org.kpiengine.rules.Interpretation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = EngineVersion.class,
        description = "Evaluates a scorecard and renders it as a PDF/A scorecard.")
final class ReportCommand implements Callable<Integer> {

    @Mixin
    DefinitionsOption definitions;

    @Mixin
    ScorecardOptions scorecard;

    @Mixin
    EngineOptions engines;

    @Mixin
    TemplatesOption templates;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", defaultValue = "scorecard.pdf",
            description = "Where to write the PDF (default: ${DEFAULT-VALUE}).")
    Path output;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "pdf",
            converter = ReportFormatConverter.class,
            description = "pdf (PDF/A-3a), xlsx, html, or the results as csv or json (default: ${DEFAULT-VALUE}).")
    ReportFormat format;

    @Option(names = "--archive", paramLabel = "DIR",
            description = "Also archive the run as a write-once, verifiable bundle in this folder (see kpi archive).")
    Path archive;

    @Option(names = "--author", paramLabel = "NAME",
            description = "With --archive: who produced the scorecard (default: the user name).")
    String author;

    @Mixin
    SigningOptions signing;

    @Mixin
    EvidenceOption evidence;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        KpiEngine engine = engines.load(definitions);
        ScorecardDefinition chosen = engine.scorecard(scorecard.scorecardId());
        if (archive == null && signing.keystore != null) {
            throw new ParameterException(spec.commandLine(), "--sign signs the archived scorecard: give --archive DIR too");
        }
        if (archive == null && evidence.evidence) {
            throw new ParameterException(spec.commandLine(), "--evidence is stored in the archived bundle: give "
                    + "--archive DIR too");
        }
        if (archive != null && format != ReportFormat.PDF) {
            throw new ParameterException(spec.commandLine(), "--archive keeps the PDF/A scorecard: leave out --format "
                    + format.name().toLowerCase(java.util.Locale.ROOT) + " or --archive");
        }
        if (archive != null) {
            ArchivedBundle bundle = ArchiveCommand.archive(engine, chosen, scorecard, definitions.folder,
                    templates.folder, archive, author, signing, evidence, spec);
            BundleExport.copyPdf(bundle, output);
            spec.commandLine().getOut().printf("Wrote %s (%s, as of %s) and archived it as %s.%n", output,
                    chosen.title(), bundle.manifest().asOf(), bundle.folder());
            return 0;
        }
        ScorecardReports reports = new ScorecardReports(templates.folder);
        BackgroundTask<Void> template = format.usesTemplate() ? reports.prepareTemplate(chosen)
                : BackgroundTask.done(null);
        Progress progress = TerminalProgress.forTerminal(spec.commandLine().getErr());
        Interpretation result;
        try {
            result = engine.evaluate(chosen, scorecard.asOfDay(), progress.checkingFirst(template::throwIfFailed));
            template.await();
            progress.stage("rendering the " + format.name());
            reports.render(engine.definitions(), result, EngineVersion.current(), output, format);
        } finally {
            TerminalProgress.closeIfOpen(progress);
        }
        spec.commandLine().getOut().printf("Wrote %s (%s, as of %s).%n", output, chosen.title(), result.evaluation().asOf());
        return 0;
    }
}
