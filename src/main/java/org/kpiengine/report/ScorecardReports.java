package org.kpiengine.report;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.kpiengine.concurrent.BackgroundTask;
import org.kpiengine.definition.DefinitionSet;
import org.kpiengine.definition.ScorecardDefinition;
import org.kpiengine.error.InvalidInputException;
import org.kpiengine.error.KpiException;
import org.kpiengine.error.SourceLocation;
import org.kpiengine.rules.Interpretation;

/**
 * Renders scorecards through the templates of one folder. A scorecard names its template; the name
 * must stay inside the folder. Each template is compiled once per instance.
 */
public final class ScorecardReports {

    private final Path templatesFolder;
    /** Concurrent, so that a render waits for the same template's compilation begun by {@link #prepareTemplate}. */
    private final Map<Path, PdfScorecardRenderer> renderers = new ConcurrentHashMap<>();

    public ScorecardReports(Path templatesFolder) {
        this.templatesFolder = templatesFolder.toAbsolutePath().normalize();
    }

    /** Compiles the scorecard's template now, so that a broken template fails before any data is read. */
    public void checkTemplate(ScorecardDefinition scorecard) {
        renderer(scorecard);
    }

    /**
     * Renders the interpreted scorecard as PDF/A without a definitions fingerprint (the cover shows a dash).
     * Prefer {@link #renderPdf(DefinitionSet, Interpretation, String, Path)}.
     */
    public void renderPdf(Interpretation interpretation, String engineVersion, Path output) {
        renderer(interpretation.evaluation().scorecard())
                .render(ScorecardViewBuilder.build(interpretation, engineVersion), output, locator(interpretation));
    }

    /**
     * Renders the interpreted scorecard as PDF/A. {@code definitions} are those the interpretation came from;
     * the cover prints their fingerprint.
     */
    public void renderPdf(DefinitionSet definitions, Interpretation interpretation, String engineVersion, Path output) {
        renderPdf(definitions, interpretation, engineVersion, Optional.empty(), output);
    }

    /** Renders as above, with an appendix listing what the run restates of an earlier archived run. */
    public void renderPdf(DefinitionSet definitions, Interpretation interpretation, String engineVersion,
                          Optional<Restatement> restatement, Path output) {
        ScorecardView view = ScorecardViewBuilder.build(interpretation, engineVersion,
                DefinitionsFingerprint.of(definitions.root()), restatement);
        renderer(interpretation.evaluation().scorecard()).render(view, output, locator(interpretation));
    }

    /**
     * Starts compiling the scorecard's template on a thread of its own, so that it is ready when the data
     * is. A template that is missing or outside the folder fails at once; a broken one through the task.
     */
    public BackgroundTask<Void> prepareTemplate(ScorecardDefinition scorecard) {
        resolve(scorecard);
        return BackgroundTask.start("kpi-template-compile", () -> {
            renderer(scorecard);
            return null;
        });
    }

    /** Where each KPI's definition lies, and for null (the scorecard's own texts) the scorecard's. */
    private static Function<String, SourceLocation> locator(Interpretation interpretation) {
        ScorecardDefinition scorecard = interpretation.evaluation().scorecard();
        Map<String, SourceLocation> kpis = new HashMap<>();
        interpretation.evaluation().kpis().forEach(kpi -> kpis.put(kpi.id(), kpi.location()));
        return kpiId -> kpiId == null ? scorecard.location() : kpis.getOrDefault(kpiId, scorecard.location());
    }

    /**
     * Writes the interpreted scorecard in a format: PDF/A, XLSX or HTML from one fill of its template, or the
     * results behind it (every KPI per period and segment, and the findings) as CSV or JSON.
     */
    public void render(DefinitionSet definitions, Interpretation interpretation, String engineVersion, Path output,
                       ReportFormat format) {
        if (!format.usesTemplate()) {
            writeResults(interpretation, output, format);
            return;
        }
        ScorecardView view = ScorecardViewBuilder.build(interpretation, engineVersion,
                DefinitionsFingerprint.of(definitions.root()));
        renderer(interpretation.evaluation().scorecard()).render(view, output, format, locator(interpretation));
    }

    private static void writeResults(Interpretation interpretation, Path output, ReportFormat format) {
        List<ResultRow> rows = ResultRows.of(interpretation);
        // The writers close what they write to; the text is small, so it is gathered first.
        StringWriter text = new StringWriter();
        if (format == ReportFormat.CSV) {
            ResultsWriter.csv(rows, text);
        } else {
            ResultsWriter.json(rows, interpretation.findings(), text);
        }
        try {
            AtomicFileWrite.write(output, out -> out.write(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new InvalidInputException(SourceLocation.of(output), "the results could not be written there: "
                    + e.getMessage());
        } catch (Exception e) {
            throw new KpiException("the results could not be written to " + output + ": " + e.getMessage(), e);
        }
    }

    /** The scorecard's template file, checked to exist and to lie inside the templates folder. */
    public Path templateOf(ScorecardDefinition scorecard) {
        return resolve(scorecard);
    }

    /** The scorecard's template and the subreports it names, compiling them if that was not done yet. */
    public List<Path> templateFilesOf(ScorecardDefinition scorecard) {
        return renderer(scorecard).templateFiles();
    }

    private PdfScorecardRenderer renderer(ScorecardDefinition scorecard) {
        Path template = resolve(scorecard);
        return renderers.computeIfAbsent(template, PdfScorecardRenderer::new);
    }

    private Path resolve(ScorecardDefinition scorecard) {
        Path template = templatesFolder.resolve(scorecard.template()).normalize();
        String what = "scorecard '" + scorecard.id() + "'";
        if (!template.startsWith(templatesFolder)) {
            throw new InvalidInputException(scorecard.location(), what + ": the template '" + scorecard.template()
                    + "' lies outside the templates folder " + templatesFolder + "; name a file inside it");
        }
        if (!Files.isRegularFile(template)) {
            throw new InvalidInputException(scorecard.location(), what + ": the template '" + scorecard.template()
                    + "' does not exist in " + templatesFolder);
        }
        return template;
    }
}
