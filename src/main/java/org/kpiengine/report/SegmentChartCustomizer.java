package org.kpiengine.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import net.sf.jasperreports.charts.JRChart;
import net.sf.jasperreports.charts.JRAbstractChartCustomizer;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.TextAnchor;

/**
 * The segment chart of a KPI page: flat bars, each with its value printed at its end with the KPI's decimals (the
 * page's {@code decimals} field), a light grid and no outline. Named by the KPI page template's {@code customizerClass}, so it must stay public with a no-argument
 * constructor.
 */
public final class SegmentChartCustomizer extends JRAbstractChartCustomizer {

    private static final Color GRID = new Color(0xD5, 0xDA, 0xE1);
    private static final Color LABEL = new Color(0x1F, 0x29, 0x33);

    @Override
    public void customize(JFreeChart chart, JRChart jasperChart) {
        if (!(chart.getPlot() instanceof CategoryPlot plot)) {
            return;
        }
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(GRID);
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));
        plot.setDomainGridlinesVisible(false);
        plot.getRangeAxis().setUpperMargin(0.15);
        if (plot.getRenderer() instanceof BarRenderer renderer) {
            renderer.setBarPainter(new StandardBarPainter());
            renderer.setShadowVisible(false);
            renderer.setDrawBarOutline(false);
            renderer.setMaximumBarWidth(0.12);
            renderer.setItemMargin(0);
            renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}",
                    new DecimalFormat(pattern(), DecimalFormatSymbols.getInstance(Locale.ROOT))));
            renderer.setDefaultItemLabelsVisible(true);
            renderer.setDefaultItemLabelFont(new Font(ReportContext.FONT_FAMILY, Font.PLAIN, 7));
            renderer.setDefaultItemLabelPaint(LABEL);
            renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3,
                    TextAnchor.CENTER_LEFT));
        }
    }

    private String pattern() {
        int decimals = getFieldValue("decimals") instanceof Integer given ? Math.max(0, Math.min(given, 6)) : 2;
        return decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals);
    }
}
