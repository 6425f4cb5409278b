package org.handout.template;

import java.util.regex.Pattern;

/** WCAG 2.x contrast between two sRGB colours written {@code #rrggbb}. */
final class Contrast {
    static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");
    /** WCAG 2.x 1.4.3 minimums (AA): body text, and large text (18 pt, or 14 pt bold). */
    static final double BODY = 4.5;
    static final double LARGE = 3.0;

    private Contrast() {
    }

    /** From 1 (none) to 21 (black on white). */
    static double ratio(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    private static double channel(int value) {
        double c = (value & 0xFF) / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
