package org.kpiengine.report;

import java.io.OutputStream;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.export.HtmlExporter;
import net.sf.jasperreports.engine.export.ooxml.JRXlsxExporter;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleHtmlExporterOutput;
import net.sf.jasperreports.export.SimpleHtmlReportConfiguration;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.export.SimpleXlsxReportConfiguration;

/** Exports a filled scorecard as an XLSX workbook or as one self-contained HTML page. */
final class OfficeExport {

    private final JasperReportsContext context;

    OfficeExport(JasperReportsContext context) {
        this.context = context;
    }

    /** One sheet for the whole scorecard; numbers stay text, exactly as formatted in the PDF. */
    void xlsx(JasperPrint print, OutputStream out) throws JRException {
        JRXlsxExporter exporter = new JRXlsxExporter(context);
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        SimpleXlsxReportConfiguration configuration = new SimpleXlsxReportConfiguration();
        configuration.setOnePagePerSheet(Boolean.FALSE);
        configuration.setRemoveEmptySpaceBetweenRows(Boolean.TRUE);
        configuration.setRemoveEmptySpaceBetweenColumns(Boolean.TRUE);
        configuration.setWhitePageBackground(Boolean.FALSE);
        configuration.setSheetNames(new String[] {"Scorecard"});
        exporter.setConfiguration(configuration);
        exporter.exportReport();
    }

    /** Charts and bullet graphs are embedded in the page, so the one file can be mailed or archived alone. */
    void html(JasperPrint print, OutputStream out) throws JRException {
        HtmlExporter exporter = new HtmlExporter(context);
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleHtmlExporterOutput(out, "UTF-8"));
        SimpleHtmlReportConfiguration configuration = new SimpleHtmlReportConfiguration();
        configuration.setEmbedImage(Boolean.TRUE);
        exporter.setConfiguration(configuration);
        exporter.exportReport();
    }
}
