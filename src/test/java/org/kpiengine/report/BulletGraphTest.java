package org.kpiengine.report;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The bullet graph drawn onto a 100 x 20 pixel image, read back pixel by pixel. */
class BulletGraphTest {

    /**
     * Bands Red below 70, Amber 70 to 85, Green from 85: the scale runs 0 to 89.25 (85 plus 5 %), so the value 45
     * lies at x 50 and the target 75 at x 84. The bands fill rows 2 to 17, the bar rows 7 to 12, the target 4 to 15.
     */
    private static final BufferedImage IMAGE = draw(ScorecardFixtures.gauge(45.0, 75.0));

    @Test
    void bestBandIsLightestAndWorstDarkest() {
        int red = grey(20, 3);
        int amber = grey(88, 3);
        int green = grey(97, 3);
        assertTrue(green > amber && amber > red, "shades green " + green + ", amber " + amber + ", red " + red);
    }

    @Test
    void valueIsAThinDarkBarFromZero() {
        assertAll(
                () -> assertTrue(grey(2, 10) < 60, "bar at the start of the scale"),
                () -> assertTrue(grey(48, 10) < 60, "bar just before the value 45 (x 50)"),
                () -> assertTrue(grey(53, 10) > 140, "no bar after the value"),
                () -> assertTrue(grey(20, 5) > 100, "the bar is thinner than the bands"));
    }

    @Test
    void targetIsAShortLineAcrossTheBar() {
        assertAll(
                () -> assertTrue(grey(84, 5) < 40, "target line"),
                () -> assertTrue(grey(84, 3) > 100, "the line is shorter than the bands"));
    }

    @Test
    void nothingToDrawWithoutValueTargetOrBoundedBand() {
        assertNull(BulletGraph.of(new ScorecardView.Gauge(List.of(
                new ScorecardView.Zone("Any", "#2E7D32", null, null, 0)), null, null)));
        assertNull(BulletGraph.of(null));
    }

    @Test
    void negativeFiguresMoveZeroIntoTheScale() {
        BufferedImage image = draw(new ScorecardView.Gauge(List.of(
                new ScorecardView.Zone("Good", "#2E7D32", 0.0, null, 0),
                new ScorecardView.Zone("Poor", "#C62828", null, 0.0, 1)), -10.0, 20.0));
        // Scale -11.5 to 21.6: zero at x 35, the bar runs left from it to -10 at x 5.
        assertAll(
                () -> assertTrue(grey(image, 10, 10) < 60, "bar left of zero"),
                () -> assertTrue(grey(image, 40, 10) > 150, "no bar right of zero"),
                () -> assertTrue(grey(image, 20, 3) < grey(image, 50, 3), "the poor band is darker"));
    }

    private static BufferedImage draw(ScorecardView.Gauge gauge) {
        BufferedImage image = new BufferedImage(100, 20, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(java.awt.Color.WHITE);
        graphics.fillRect(0, 0, 100, 20);
        BulletGraph.of(gauge).render(null, graphics, new Rectangle2D.Double(0, 0, 100, 20));
        graphics.dispose();
        return image;
    }

    private static int grey(int x, int y) {
        return grey(IMAGE, x, y);
    }

    private static int grey(BufferedImage image, int x, int y) {
        int rgb = image.getRGB(x, y);
        return ((rgb >> 16 & 0xFF) + (rgb >> 8 & 0xFF) + (rgb & 0xFF)) / 3;
    }
}
