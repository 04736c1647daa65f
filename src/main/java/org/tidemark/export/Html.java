package org.tidemark.export;

import org.tidemark.chart.LabelSanitizer;
import org.tidemark.chart.SafeHref;

/** Small HTML for descriptions (KML balloons, TimelineJS slides): every value escaped, links http(s) only. */
final class Html {

    private Html() {
    }

    /** The text with XML-illegal characters dropped and {@code & < > " '} escaped. */
    static String escape(String text) {
        String clean = LabelSanitizer.clean(text);
        StringBuilder out = new StringBuilder(clean.length() + 16);
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A link to {@code url} labelled {@code label}, or the label alone when the URL is not http(s). */
    static String link(String url, String label) {
        String href = url == null ? null : SafeHref.of(url);
        if (href == null || !(href.toLowerCase(java.util.Locale.ROOT).startsWith("http://")
                || href.toLowerCase(java.util.Locale.ROOT).startsWith("https://"))) {
            return escape(label);
        }
        return "<a href=\"" + escape(href) + "\">" + escape(label) + "</a>";
    }
}
