package org.kpiengine.report;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.JasperReportsContext;

import org.kpiengine.error.InvalidInputException;
import org.kpiengine.error.KpiException;
import org.kpiengine.error.Problem;
import org.kpiengine.error.SourceLocation;

/**
 * Renders scorecards as PDF/A-3a from one JRXML template, compiled once when the renderer is built.
 * Output is written atomically: a failed render leaves no file behind. The same view always gives the same
 * bytes (see {@link PdfNormalizer}).
 */
public final class PdfScorecardRenderer {

    private final Path template;
    private final JasperReportsContext context;
    private final JasperReport report;
    private final Map<String, JasperReport> subreports;
    private final List<Path> files;

    /**
     * Compiles the template and the subreports it names (see {@link Subreports}).
     *
     * @throws InvalidInputException if the template or a subreport cannot be read, parsed or compiled
     */
    public PdfScorecardRenderer(Path template) {
        this.template = Objects.requireNonNull(template, "template");
        this.context = ReportContext.create();
        TemplateCompiler compiler = new TemplateCompiler(context);
        this.report = compiler.compile(template);
        this.subreports = Subreports.compile(report, template, compiler);
        List<Path> all = new ArrayList<>(List.of(template.toAbsolutePath().normalize()));
        all.addAll(Subreports.files(report, template).values());
        this.files = List.copyOf(all);
    }

    /** The template and every subreport it names: what a snapshot of this rendering must keep. */
    public List<Path> templateFiles() {
        return files;
    }

    /**
     * @throws InvalidInputException if the output cannot be written where asked
     * @throws KpiException if filling or exporting fails
     */
    public void render(ScorecardView view, Path outputPdf) {
        render(view, outputPdf, kpiId -> SourceLocation.of(template));
    }

    /**
     * @param locate where a KPI's definition lies, by KPI id (null for the scorecard's own texts), so that a text the
     *               font cannot show is reported against it
     * @throws InvalidInputException if a text has characters the embedded font cannot show
     */
    public void render(ScorecardView view, Path outputPdf, Function<String, SourceLocation> locate) {
        render(view, outputPdf, ReportFormat.PDF, locate);
    }

    /**
     * Fills the template once and writes it as PDF/A, XLSX or HTML.
     *
     * @throws IllegalArgumentException for CSV or JSON, which are written from the results, not from a template
     */
    public void render(ScorecardView view, Path outputPdf, ReportFormat format, Function<String, SourceLocation> locate) {
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(outputPdf, "outputPdf");
        if (!format.usesTemplate()) {
            throw new IllegalArgumentException(format + " is not drawn from a template");
        }
        List<Problem> unshowable = FontCoverage.problems(view, locate);
        if (!unshowable.isEmpty()) {
            throw new InvalidInputException(unshowable);
        }
        JasperPrint print = fill(view);
        try {
            AtomicFileWrite.write(outputPdf, out -> {
                switch (format) {
                    case XLSX -> new OfficeExport(context).xlsx(print, out);
                    case HTML -> new OfficeExport(context).html(print, out);
                    default -> out.write(normalized(print, view));
                }
            });
        } catch (KpiException e) {
            throw e;
        } catch (java.io.IOException e) {
            throw new InvalidInputException(SourceLocation.of(outputPdf), "the scorecard could not be written there: "
                    + reason(e));
        } catch (Exception e) {
            throw new KpiException("the scorecard could not be written to " + outputPdf + ": " + reason(e), e);
        }
    }

    /** The PDF exactly as Jasper exports it, before {@link PdfNormalizer} pins its dates, /ID and font names. */
    byte[] exportUnnormalized(ScorecardView view) throws JRException {
        return export(fill(view), view);
    }

    private byte[] normalized(JasperPrint print, ScorecardView view) throws JRException {
        byte[] exported = export(print, view);
        try {
            return PdfNormalizer.normalize(exported, documentInstant(view));
        } catch (java.io.IOException e) {
            // Not the output's fault: keep this apart from the write failures reported against the output path.
            throw new KpiException("the exported scorecard could not be made reproducible: " + reason(e), e);
        }
    }

    private byte[] export(JasperPrint print, ScorecardView view) throws JRException {
        ByteArrayOutputStream exported = new ByteArrayOutputStream();
        new PdfaExport(context).export(print, view, exported);
        return exported.toByteArray();
    }

    /**
     * The creation and modification date written into the PDF: the as-of date at 00:00 UTC, so that the same
     * inputs give the same bytes (the time of the run belongs in an archive manifest, not in the PDF); the
     * epoch for a hand-built view whose as-of text is not a date.
     */
    static Instant documentInstant(ScorecardView view) {
        return view.asOfDate().map(date -> date.atStartOfDay(ZoneOffset.UTC).toInstant()).orElse(Instant.EPOCH);
    }

    private JasperPrint fill(ScorecardView view) {
        try {
            // One empty record drives the single detail band; the rows come in as parameters.
            JasperPrint print = JasperFillManager.getInstance(context)
                    .fill(report, parameters(view), new JREmptyDataSource(1));
            TableOfContents.fillIn(print);
            return print;
        } catch (JRException | RuntimeException e) {
            throw new KpiException("the scorecard could not be filled from the template " + template + ": "
                    + reason(e), e);
        }
    }

    private Map<String, Object> parameters(ScorecardView view) {
        Map<String, Object> parameters = ScorecardParameters.of(view);
        parameters.putAll(subreports);
        return parameters;
    }

    private static String reason(Exception e) {
        return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
    }
}
