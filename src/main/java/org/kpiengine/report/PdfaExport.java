package org.kpiengine.report;

import java.io.OutputStream;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.pdf.type.PdfVersionEnum;
import net.sf.jasperreports.pdf.type.PdfaConformanceEnum;

/** Exports a filled scorecard as PDF/A-1b: embedded fonts, sRGB output intent, document metadata. */
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
        exporter.exportReport();
    }

    static SimplePdfExporterConfiguration configuration(ScorecardView view) {
        SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
        configuration.setPdfaConformance(PdfaConformanceEnum.PDFA_1B);
        configuration.setPdfVersion(PdfVersionEnum.VERSION_1_4);
        configuration.setIccProfilePath(SrgbProfileRepository.LOCATION);
        configuration.setEmbedIccProfile(Boolean.TRUE);
        configuration.setMetadataTitle(textOrEmpty(view.title()));
        configuration.setDisplayMetadataTitle(Boolean.TRUE);
        configuration.setMetadataAuthor(textOrEmpty(view.organisation()));
        configuration.setMetadataSubject(subject(view));
        configuration.setMetadataCreator(creator(view));
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
