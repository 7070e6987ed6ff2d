package org.kpiengine.report;

import java.util.regex.Pattern;

/** Chooses dark or white text so a label stays readable on a given background colour. */
final class TextContrast {

    static final String DARK = "#1F2933";
    static final String LIGHT = "#FFFFFF";

    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");

    private TextContrast() {
    }

    /** The text colour with the higher WCAG contrast ratio on {@code backgroundHex}; dark when that is not a colour. */
    static String on(String backgroundHex) {
        if (backgroundHex == null || !HEX.matcher(backgroundHex).matches()) {
            return DARK;
        }
        double background = luminance(backgroundHex);
        double againstDark = (background + 0.05) / (luminance(DARK) + 0.05);
        double againstLight = (luminance(LIGHT) + 0.05) / (background + 0.05);
        return againstDark >= againstLight ? DARK : LIGHT;
    }

    private static double luminance(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return 0.2126 * linear(rgb >> 16) + 0.7152 * linear(rgb >> 8) + 0.0722 * linear(rgb);
    }

    private static double linear(int channel) {
        double c = (channel & 0xFF) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
