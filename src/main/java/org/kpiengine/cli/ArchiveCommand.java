package org.kpiengine.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.kpiengine.api.KpiEngine;
import org.kpiengine.archive.ArchiveRequest;
import org.kpiengine.archive.ArchivedBundle;
import org.kpiengine.archive.ScorecardArchiver;
import org.kpiengine.archive.SigningKey;
import org.kpiengine.definition.ScorecardDefinition;
import org.kpiengine.evaluation.Progress;
import org.kpiengine.report.ScorecardReports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "archive", mixinStandardHelpOptions = true, versionProvider = EngineVersion.class,
        subcommands = {ArchiveListCommand.class, ArchiveDiffCommand.class},
        description = "Evaluates a scorecard and archives the run as a write-once bundle: the PDF/A scorecard, "
                + "the results, a snapshot of the definitions and template, fingerprints of the data, and a "
                + "manifest of hashes chained into the archive's index.")
final class ArchiveCommand implements Callable<Integer> {

    @Mixin
    DefinitionsOption definitions;

    @Mixin
    ScorecardOptions scorecard;

    @Mixin
    EngineOptions engines;

    @Mixin
    TemplatesOption templates;

    // Not required by picocli: it would then be demanded before 'kpi archive list' too.
    @Option(names = {"-o", "--out"}, paramLabel = "ARCHIVE_DIR",
            description = "The archive folder; the bundle is written into a new folder inside it (required).")
    Path archive;

    @Option(names = "--author", paramLabel = "NAME",
            description = "Who produced the scorecard, for the manifest (default: the user name).")
    String author;

    @Mixin
    SigningOptions signing;

    @Mixin
    EvidenceOption evidence;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (archive == null) {
            throw new ParameterException(spec.commandLine(), "Missing required option: '--out=ARCHIVE_DIR'");
        }
        KpiEngine engine = engines.load(definitions);
        ScorecardDefinition chosen = engine.scorecard(scorecard.scorecardId());
        ArchivedBundle bundle = archive(engine, chosen, scorecard, definitions.folder, templates.folder, archive, author,
                signing, evidence, spec);
        spec.commandLine().getOut().printf("Archived %s (%s, as of %s) in %s.%n", bundle.manifest().bundle(),
                chosen.title(), bundle.manifest().asOf(), bundle.folder().getParent());
        return 0;
    }

    /** One archiving run, shared with {@code kpi report --archive}. */
    static ArchivedBundle archive(KpiEngine engine, ScorecardDefinition chosen, ScorecardOptions options,
                                  Path definitionsFolder, Path templates, Path archive, String author,
                                  SigningOptions signing, EvidenceOption evidence, CommandSpec spec) {
        Optional<SigningKey> key = signing.key(spec);
        ScorecardReports reports = new ScorecardReports(templates);
        reports.checkTemplate(chosen);
        List<Path> templateFiles = reports.templateFilesOf(chosen);
        Progress progress = TerminalProgress.forTerminal(spec.commandLine().getErr());
        try {
            ArchiveRequest request = new ArchiveRequest(engine.definitions(), chosen, options.asOfDay(), templateFiles,
                    source -> engine.evaluate(chosen, options.asOfDay(), source, progress),
                    (interpretation, restatement, pdf) -> {
                        progress.stage("rendering the PDF");
                        reports.renderPdf(engine.definitions(), interpretation, EngineVersion.current(), restatement,
                                pdf);
                    },
                    EngineVersion.current(), author == null ? System.getProperty("user.name", "unknown") : author,
                    parameters(chosen, options, definitionsFolder, templates, evidence), key, evidence.evidence,
                    engine.engines());
            return new ScorecardArchiver(archive).archive(request);
        } finally {
            TerminalProgress.closeIfOpen(progress);
        }
    }

    private static Map<String, String> parameters(ScorecardDefinition chosen, ScorecardOptions options,
                                                  Path definitionsFolder, Path templates,
                                                  EvidenceOption evidence) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("scorecard", chosen.id());
        parameters.put("as_of", options.asOfDay().map(Object::toString).orElse("latest record"));
        parameters.put("definitions", definitionsFolder.toString());
        parameters.put("templates", templates.toString());
        parameters.put("template", chosen.template());
        parameters.put("evidence", evidence.evidence ? "yes" : "no");
        return parameters;
    }
}
