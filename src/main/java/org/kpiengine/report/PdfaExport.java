package org.kpiengine.report;

import java.io.OutputStream;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.pdf.SimplePdfReportConfiguration;
import net.sf.jasperreports.pdf.type.PdfVersionEnum;
import net.sf.jasperreports.pdf.type.PdfaConformanceEnum;

/**
 * Exports a filled scorecard as tagged PDF/A-3a: embedded fonts, sRGB output intent, a structure tree and the
 * document language for screen readers, chart labels as text that can be searched and copied, and document
 * metadata. PDF/A-3 lets an archive attach the scorecard's data files to it. Jasper writes an incomplete CIDSet
 * for PDF/A-2 and -3; {@link PdfNormalizer} removes it.
 */
final class PdfaExport {

    private final JasperReportsContext context;

    PdfaExport(JasperReportsContext context) {
        this.context = context;
    }

    void export(JasperPrint print, ScorecardView view, OutputStream out) throws JRException {
        JRPdfExporter exporter = new JRPdfExporter(context);
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        exporter.setConfiguration(configuration(view));
        exporter.setConfiguration(reportConfiguration());
        exporter.exportReport();
    }

    static SimplePdfExporterConfiguration configuration(ScorecardView view) {
        SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
        configuration.setPdfaConformance(PdfaConformanceEnum.PDFA_3A);
        configuration.setPdfVersion(PdfVersionEnum.VERSION_1_7);
        configuration.setTagged(Boolean.TRUE);
        configuration.setTagLanguage(view.language());
        configuration.setIccProfilePath(SrgbProfileRepository.LOCATION);
        configuration.setEmbedIccProfile(Boolean.TRUE);
        configuration.setMetadataTitle(textOrEmpty(view.title()));
        configuration.setDisplayMetadataTitle(Boolean.TRUE);
        configuration.setMetadataAuthor(textOrEmpty(view.organisation()));
        configuration.setMetadataSubject(subject(view));
        configuration.setMetadataCreator(creator(view));
        return configuration;
    }

    /** Charts draw their labels as text in the embedded font rather than as outlines. */
    static SimplePdfReportConfiguration reportConfiguration() {
        SimplePdfReportConfiguration configuration = new SimplePdfReportConfiguration();
        configuration.setForceSvgShapes(Boolean.FALSE);
        return configuration;
    }

    private static String subject(ScorecardView view) {
        String period = textOrEmpty(view.periodLabel());
        return period.isEmpty() ? "KPI scorecard" : "KPI scorecard for " + period;
    }

    private static String creator(ScorecardView view) {
        String version = textOrEmpty(view.engineVersion());
        return version.isEmpty() ? "kpi-engine" : "kpi-engine " + version;
    }

    private static String textOrEmpty(String text) {
        return text == null ? "" : text.strip();
    }
}
