package org.tidemark.chart;

/** Removes characters that XML 1.0 cannot carry, so every label can go into an SVG document. */
public final class LabelSanitizer {

    private LabelSanitizer() {
    }

    /**
     * Returns {@code text} without C0 controls (tab, newline and carriage return stay), lone surrogates,
     * and U+FFFE / U+FFFF; {@code null} becomes the empty string.
     */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            boolean keep;
            int width = 1;
            if (Character.isHighSurrogate(c)) {
                keep = i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1));
                if (keep) {
                    width = 2;
                }
            } else if (Character.isLowSurrogate(c)) {
                keep = false;
            } else {
                keep = isXmlChar(c);
            }
            if (!keep && out == null) {
                out = new StringBuilder(length).append(text, 0, i);
            }
            if (keep && out != null) {
                out.append(text, i, i + width);
            }
            i += width - 1;
        }
        return out == null ? text : out.toString();
    }

    private static boolean isXmlChar(char c) {
        if (c < 0x20) {
            return c == '\t' || c == '\n' || c == '\r';
        }
        return c != '\uFFFE' && c != '\uFFFF';
    }
}
