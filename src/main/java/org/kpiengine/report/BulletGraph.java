package org.kpiengine.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.renderers.AbstractRenderer;
import net.sf.jasperreports.renderers.Graphics2DRenderable;

/**
 * A bullet graph in Stephen Few's sense, drawn as vector graphics: the bands as background shades, light for the
 * best and darker towards the worst (grey, so the shades read the same to every eye), the value as a thin dark bar
 * from zero, and the target as a short line across it. The scale starts at zero unless a figure is negative, because
 * a bar's length is read as its size.
 */
final class BulletGraph extends AbstractRenderer implements Graphics2DRenderable {

    private static final long serialVersionUID = 1L;
    private static final int LIGHTEST = 0xEE;
    private static final int DARKEST = 0xB0;
    private static final Color BAR = new Color(0x1F, 0x29, 0x33);
    private static final Color TARGET = new Color(0x00, 0x00, 0x00);

    private final double min;
    private final double max;
    private final double[] zoneFrom;
    private final double[] zoneTo;
    private final Double value;
    private final Double target;

    private BulletGraph(double min, double max, double[] zoneFrom, double[] zoneTo, Double value, Double target) {
        this.min = min;
        this.max = max;
        this.zoneFrom = zoneFrom;
        this.zoneTo = zoneTo;
        this.value = value;
        this.target = target;
    }

    /** The graph of a gauge, or null when it has nothing to draw (the template then leaves the cell empty). */
    static BulletGraph of(ScorecardView.Gauge gauge) {
        if (gauge == null || !gauge.drawable()) {
            return null;
        }
        List<Double> figures = new ArrayList<>();
        gauge.zones().forEach(zone -> {
            addFinite(figures, zone.from());
            addFinite(figures, zone.to());
        });
        addFinite(figures, gauge.value());
        addFinite(figures, gauge.target());
        double low = figures.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double high = figures.stream().mapToDouble(Double::doubleValue).max().orElse(1);
        double min = low >= 0 ? 0 : low - (high - low) * 0.05;
        double max = high > min ? high + (high - min) * 0.05 : min + Math.max(Math.abs(min), 1);
        List<ScorecardView.Zone> zones = gauge.zones().stream()
                .sorted(Comparator.comparingInt(ScorecardView.Zone::rank)).toList();
        double[] from = new double[zones.size()];
        double[] to = new double[zones.size()];
        for (int i = 0; i < zones.size(); i++) {
            from[i] = zones.get(i).from() == null ? min : Math.max(min, zones.get(i).from());
            to[i] = zones.get(i).to() == null ? max : Math.min(max, zones.get(i).to());
        }
        return new BulletGraph(min, max, from, to, finiteOrNull(gauge.value()), finiteOrNull(gauge.target()));
    }

    @Override
    public void render(JasperReportsContext context, Graphics2D graphics, Rectangle2D area) {
        Graphics2D g = (Graphics2D) graphics.create();
        try {
            double height = area.getHeight() * 0.8;
            double top = area.getY() + (area.getHeight() - height) / 2;
            for (int i = 0; i < zoneFrom.length; i++) {
                g.setColor(shade(i, zoneFrom.length));
                double left = x(zoneFrom[i], area);
                g.fill(new Rectangle2D.Double(left, top, x(zoneTo[i], area) - left, height));
            }
            if (value != null) {
                double zero = x(Math.max(min, Math.min(max, 0)), area);
                double end = x(value, area);
                g.setColor(BAR);
                g.fill(new Rectangle2D.Double(Math.min(zero, end), top + height / 3, Math.abs(end - zero), height / 3));
            }
            if (target != null) {
                double at = x(target, area);
                g.setColor(TARGET);
                g.setStroke(new BasicStroke(1.5f));
                g.draw(new Line2D.Double(at, top + height * 0.15, at, top + height * 0.85));
            }
        } finally {
            g.dispose();
        }
    }

    /** The horizontal position of a figure, clamped to the scale. */
    private double x(double figure, Rectangle2D area) {
        double clamped = Math.max(min, Math.min(max, figure));
        return area.getX() + (clamped - min) / (max - min) * area.getWidth();
    }

    /** Best band lightest, worst darkest, evenly between. */
    private static Color shade(int index, int count) {
        int grey = count <= 1 ? LIGHTEST : LIGHTEST - (LIGHTEST - DARKEST) * index / (count - 1);
        return new Color(grey, grey, grey);
    }

    private static void addFinite(List<Double> figures, Double figure) {
        if (figure != null && Double.isFinite(figure)) {
            figures.add(figure);
        }
    }

    private static Double finiteOrNull(Double figure) {
        return figure != null && Double.isFinite(figure) ? figure : null;
    }
}
