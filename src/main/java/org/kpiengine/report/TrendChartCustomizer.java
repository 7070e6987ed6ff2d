package org.kpiengine.report;

import java.awt.BasicStroke;
import java.awt.Color;

import net.sf.jasperreports.charts.JRChart;
import net.sf.jasperreports.charts.JRChartCustomizer;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;

/**
 * Styles the scorecard's trend chart beyond what JRXML can say. Named by the template's
 * {@code customizerClass}, so it must stay public with a no-argument constructor.
 */
public final class TrendChartCustomizer implements JRChartCustomizer {

    private static final Color GRID = new Color(0xD5, 0xDA, 0xE1);

    @Override
    public void customize(JFreeChart chart, JRChart jasperChart) {
        if (!(chart.getPlot() instanceof CategoryPlot plot)) {
            return;
        }
        // KPI values often move within a narrow band far from zero; anchoring the axis at zero flattens the trend.
        if (plot.getRangeAxis() instanceof NumberAxis axis) {
            axis.setAutoRangeIncludesZero(false);
        }
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(GRID);
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));
        plot.setDomainGridlinesVisible(false);
        if (plot.getRenderer() instanceof LineAndShapeRenderer renderer) {
            renderer.setAutoPopulateSeriesStroke(false);
            renderer.setDefaultStroke(new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        }
    }
}
