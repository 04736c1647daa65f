package org.tidemark.chart;

import java.util.Locale;

/** Decides which link targets may go into an image map or SVG: relative paths and http(s) only. */
public final class SafeHref {

    private SafeHref() {
    }

    /** Returns the cleaned href, or {@code null} when it is blank or uses another scheme (javascript:, data:). */
    public static String of(String href) {
        String cleaned = LabelSanitizer.clean(href).strip();
        if (cleaned.isEmpty()) {
            return null;
        }
        // Control characters were removed above; whitespace inside a scheme would still fool a naive check.
        String lower = cleaned.toLowerCase(Locale.ROOT).replaceAll("\\s", "");
        int colon = lower.indexOf(':');
        int pathStart = firstOf(lower, "/?#");
        boolean hasScheme = colon >= 0 && (pathStart < 0 || colon < pathStart);
        if (!hasScheme || lower.startsWith("http:") || lower.startsWith("https:")) {
            return cleaned;
        }
        return null;
    }

    private static int firstOf(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
