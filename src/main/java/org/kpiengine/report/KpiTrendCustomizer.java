package org.kpiengine.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import net.sf.jasperreports.charts.JRAbstractChartCustomizer;
import net.sf.jasperreports.charts.JRChart;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;

/**
 * The trend chart of a KPI page: the trend chart's styling, the target drawn as a dashed grey line without markers
 * (a reference, not a second KPI), and the KPI's bands as shaded zones behind the lines, each labelled so that colour
 * never carries the band alone. The zones come from the page's {@code bandZones} field. Named by the KPI page
 * template's {@code customizerClass}, so it must stay public with a no-argument constructor.
 */
public final class KpiTrendCustomizer extends JRAbstractChartCustomizer {

    private static final Color TARGET = new Color(0x5F, 0x6B, 0x7A);
    private static final Color ZONE_LABEL = new Color(0x3E, 0x4C, 0x59);
    /** How much of the band's colour is kept over white, so the lines stay readable on every zone. */
    private static final double ZONE_TINT = 0.22;

    @Override
    public void customize(JFreeChart chart, JRChart jasperChart) {
        new TrendChartCustomizer().customize(chart, jasperChart);
        if (!(chart.getPlot() instanceof CategoryPlot plot) || plot.getDataset() == null) {
            return;
        }
        zones(plot);
        if (!(plot.getRenderer() instanceof LineAndShapeRenderer renderer)) {
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

    private void zones(CategoryPlot plot) {
        if (!(getFieldValue("bandZones") instanceof List<?> fieldValue) || fieldValue.isEmpty()) {
            return;
        }
        List<ScorecardView.Zone> zones = fieldValue.stream().filter(ScorecardView.Zone.class::isInstance)
                .map(ScorecardView.Zone.class::cast).sorted(Comparator.comparingInt(ScorecardView.Zone::rank)).toList();
        double[] range = range(plot.getDataset(), zones);
        if (range == null) {
            return;
        }
        // Open bands run to the edge of the axis, which is set here because markers do not widen the auto range.
        plot.getRangeAxis().setRange(range[0], range[1]);
        Font font = new Font(ReportContext.FONT_FAMILY, Font.PLAIN, 7);
        for (ScorecardView.Zone zone : zones) {
            double from = zone.from() == null ? range[0] : Math.max(range[0], zone.from());
            double to = zone.to() == null ? range[1] : Math.min(range[1], zone.to());
            if (to <= from) {
                continue;
            }
            IntervalMarker marker = new IntervalMarker(from, to, tint(zone.colour()));
            marker.setLabel(zone.label());
            marker.setLabelFont(font);
            marker.setLabelPaint(ZONE_LABEL);
            marker.setLabelBackgroundColor(tint(zone.colour()));
            marker.setLabelAnchor(RectangleAnchor.RIGHT);
            marker.setLabelTextAnchor(TextAnchor.CENTER_RIGHT);
            marker.setLabelOffset(new RectangleInsets(2, 3, 2, 3));
            plot.addRangeMarker(marker, Layer.BACKGROUND);
        }
    }

    /** The values and the finite band edges, padded a little; null when there is no figure at all. */
    private static double[] range(CategoryDataset dataset, List<ScorecardView.Zone> zones) {
        List<Double> figures = new ArrayList<>();
        for (int row = 0; row < dataset.getRowCount(); row++) {
            for (int column = 0; column < dataset.getColumnCount(); column++) {
                Number value = dataset.getValue(row, column);
                if (value != null) {
                    figures.add(value.doubleValue());
                }
            }
        }
        for (ScorecardView.Zone zone : zones) {
            if (zone.from() != null) {
                figures.add(zone.from());
            }
            if (zone.to() != null) {
                figures.add(zone.to());
            }
        }
        double low = figures.stream().filter(Double::isFinite).mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
        double high = figures.stream().filter(Double::isFinite).mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
        if (Double.isNaN(low)) {
            return null;
        }
        double span = high - low > 0 ? high - low : Math.max(Math.abs(high), 1);
        // Generous padding, so that an open band beyond the figures still shows as a zone wide enough for its label.
        return new double[] {low - span * 0.12, high + span * 0.12};
    }

    private static Color tint(String hex) {
        Color colour;
        try {
            colour = Color.decode(hex);
        } catch (NumberFormatException | NullPointerException e) {
            colour = Color.LIGHT_GRAY;
        }
        return new Color(mix(colour.getRed()), mix(colour.getGreen()), mix(colour.getBlue()));
    }

    private static int mix(int channel) {
        return (int) Math.round(255 - (255 - channel) * ZONE_TINT);
    }
}
