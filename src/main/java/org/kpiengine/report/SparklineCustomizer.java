package org.kpiengine.report;

import java.awt.BasicStroke;
import java.awt.Color;

import net.sf.jasperreports.charts.JRChart;
import net.sf.jasperreports.charts.JRChartCustomizer;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.ui.RectangleInsets;

/**
 * Turns a line chart into a sparkline: no axes, grid, outline or padding, the range fitted to the values.
 * Named by the sections template's {@code customizerClass}, so it must stay public with a no-argument constructor.
 */
public final class SparklineCustomizer implements JRChartCustomizer {

    @Override
    public void customize(JFreeChart chart, JRChart jasperChart) {
        chart.setPadding(RectangleInsets.ZERO_INSETS);
        chart.setBorderVisible(false);
        if (!(chart.getPlot() instanceof CategoryPlot plot)) {
            return;
        }
        plot.setInsets(new RectangleInsets(2, 1, 2, 1));
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setDomainGridlinesVisible(false);
        plot.setBackgroundPaint(null);
        plot.getDomainAxis().setVisible(false);
        plot.getDomainAxis().setLowerMargin(0);
        plot.getDomainAxis().setUpperMargin(0);
        plot.getDomainAxis().setCategoryMargin(0);
        if (plot.getRangeAxis() instanceof NumberAxis axis) {
            axis.setVisible(false);
            axis.setAutoRangeIncludesZero(false);
        }
        if (plot.getRenderer() instanceof LineAndShapeRenderer renderer) {
            renderer.setAutoPopulateSeriesStroke(false);
            renderer.setDefaultStroke(new BasicStroke(1.3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            renderer.setSeriesPaint(0, new Color(0x1F, 0x3A, 0x5F));
        }
    }
}
