package org.tidemark.web;

import java.util.regex.Pattern;

/**
 * Makes a standalone chart SVG fit inside a page beside others: its ids get a prefix (two charts both
 * name a clip path "clipPath1"), the fixed size gives way to the viewBox, and it is named for screen readers.
 */
final class InlineSvg {

    private static final Pattern XML_DECLARATION = Pattern.compile("<\\?xml[^>]*\\?>\\s*");
    private static final Pattern ROOT_SIZE = Pattern.compile("(<svg[^>]*?)\\s(?:width|height)=\"[^\"]*\"");

    private InlineSvg() {
    }

    static String of(String svg, String prefix, String label) {
        String body = XML_DECLARATION.matcher(svg).replaceFirst("")
                .replace(" id=\"", " id=\"" + prefix + "-")
                .replace("url(#", "url(#" + prefix + "-")
                .replace("href=\"#", "href=\"#" + prefix + "-");
        for (int i = 0; i < 2; i++) {
            body = ROOT_SIZE.matcher(body).replaceFirst("$1");
        }
        return body.replaceFirst("<svg", "<svg role=\"img\" aria-label=\"" + escape(label) + "\" class=\"chart\"");
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }
}
