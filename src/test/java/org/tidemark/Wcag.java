package org.tidemark;

/** WCAG 2.x contrast: the relative luminance of sRGB colours and the ratio of two of them, with AA's thresholds. */
public final class Wcag {

    /** Normal text. */
    public static final double TEXT = 4.5;
    /** Large text (24 px, or 18.66 px bold), user-interface component boundaries and focus indicators. */
    public static final double LARGE_OR_NON_TEXT = 3;

    private Wcag() {
    }

    /** The contrast ratio of two colours given as 0xRRGGBB, from 1 to 21. */
    public static double ratio(int rgbA, int rgbB) {
        double x = luminance(rgbA);
        double y = luminance(rgbB);
        return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
    }

    static double luminance(int rgb) {
        return 0.2126 * channel((rgb >> 16) & 0xFF) + 0.7152 * channel((rgb >> 8) & 0xFF) + 0.0722 * channel(rgb & 0xFF);
    }

    private static double channel(int value) {
        double s = value / 255.0;
        return s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }
}
