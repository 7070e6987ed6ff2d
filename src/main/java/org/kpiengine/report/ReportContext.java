package org.kpiengine.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import net.sf.jasperreports.charts.ChartThemeBundle;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;
import net.sf.jasperreports.engine.fonts.FontUtil;
import net.sf.jasperreports.repo.RepositoryService;

import org.kpiengine.error.KpiException;

/** The Jasper context every scorecard is compiled, filled and exported in. */
final class ReportContext {

    static final String FONT_FAMILY = "DejaVu Sans";

    private ReportContext() {
    }

    static JasperReportsContext create() {
        SimpleJasperReportsContext context = new SimpleJasperReportsContext();
        // Setting the extension list replaces the inherited one, so the default services (files,
        // classpath, fonts) are appended after ours.
        List<RepositoryService> services = new ArrayList<>();
        services.add(new SrgbProfileRepository());
        services.addAll(DefaultJasperReportsContext.getInstance().getExtensions(RepositoryService.class));
        context.setExtensions(RepositoryService.class, services);
        requireEmbeddableFont(context);
        requireCharts(context);
        return context;
    }

    /**
     * DejaVu is often installed system-wide too, which would hide a lost font extension (a badly merged
     * jasperreports_extension.properties in a shaded jar) until the PDF/A export fails. Fail early instead.
     */
    private static void requireEmbeddableFont(JasperReportsContext context) {
        if (FontUtil.getInstance(context).getFontInfo(FONT_FAMILY, Locale.ROOT) == null) {
            throw notRegistered("the font '" + FONT_FAMILY + "'", "jasperreports-fonts");
        }
    }

    /** Without this check a lost chart extension would surface as "no element kind 'chart'" in the template. */
    private static void requireCharts(JasperReportsContext context) {
        if (context.getExtensions(ChartThemeBundle.class).isEmpty()) {
            throw notRegistered("chart support", "jasperreports-charts");
        }
    }

    private static KpiException notRegistered(String what, String artifact) {
        return new KpiException(what + " is not registered with JasperReports: " + artifact
                + " is missing from the classpath or its jasperreports_extension.properties was lost when packaging");
    }
}
