package org.kpiengine.report;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import net.sf.jasperreports.engine.JasperReport;

import org.kpiengine.error.InvalidInputException;
import org.kpiengine.error.SourceLocation;

/**
 * The subreports a template names in properties such as
 * {@code <property name="org.kpiengine.subreport.KPI_PAGE_REPORT" value="scorecard-kpi-page.jrxml"/>}: each file,
 * relative to the template's folder, is compiled once and passed to every fill as the parameter after the
 * prefix, here {@code KPI_PAGE_REPORT}.
 */
final class Subreports {

    static final String PROPERTY_PREFIX = "org.kpiengine.subreport.";

    private Subreports() {
    }

    static Map<String, JasperReport> compile(JasperReport report, Path template, TemplateCompiler compiler) {
        Map<String, JasperReport> compiled = new LinkedHashMap<>();
        files(report, template).forEach((parameter, subreport) -> compiled.put(parameter, compiler.compile(subreport)));
        return compiled;
    }

    /** Each subreport file the template names, by the parameter it is passed as. */
    static Map<String, Path> files(JasperReport report, Path template) {
        Map<String, Path> files = new LinkedHashMap<>();
        Path folder = template.toAbsolutePath().normalize().getParent();
        for (String property : report.getPropertyNames()) {
            if (!property.startsWith(PROPERTY_PREFIX)) {
                continue;
            }
            String file = report.getProperty(property);
            Path subreport = folder.resolve(file == null ? "" : file).normalize();
            if (file == null || file.isBlank() || !subreport.startsWith(folder)) {
                throw new InvalidInputException(SourceLocation.of(template), "the subreport '" + file + "' named by "
                        + property + " must be a file in the template's folder " + folder);
            }
            files.put(property.substring(PROPERTY_PREFIX.length()), subreport);
        }
        return files;
    }
}
