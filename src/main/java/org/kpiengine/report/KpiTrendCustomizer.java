package org.kpiengine.report;

import java.awt.BasicStroke;
import java.awt.Color;

import net.sf.jasperreports.charts.JRChart;
import net.sf.jasperreports.charts.JRChartCustomizer;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;

/**
 * The trend chart of a KPI page: the trend chart's styling, plus the target drawn as a dashed grey line
 * without markers, so that it reads as a reference and not as a second KPI. Named by the KPI page
 * template's {@code customizerClass}, so it must stay public with a no-argument constructor.
 */
public final class KpiTrendCustomizer implements JRChartCustomizer {

    private static final Color TARGET = new Color(0x5F, 0x6B, 0x7A);

    @Override
    public void customize(JFreeChart chart, JRChart jasperChart) {
        new TrendChartCustomizer().customize(chart, jasperChart);
        if (!(chart.getPlot() instanceof CategoryPlot plot)
                || !(plot.getRenderer() instanceof LineAndShapeRenderer renderer) || plot.getDataset() == null) {
            return;
        }
        int target = plot.getDataset().getRowIndex(KpiPages.TARGET_SERIES);
        if (target < 0) {
            return;
        }
        renderer.setSeriesPaint(target, TARGET);
        renderer.setSeriesStroke(target, new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {6f, 4f}, 0f));
        renderer.setSeriesShapesVisible(target, false);
    }
}
