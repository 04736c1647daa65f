package org.tidemark.chart;

/**
 * One area of a PNG chart's HTML image map, as plain text (the page that shows it escapes it).
 *
 * @param shape  {@code rect} or {@code poly}
 * @param coords the pixel coordinates, comma-separated, as {@code <area coords>} takes them
 * @param href   where the area links (a relative path or http(s) only), or {@code null}
 * @param title  the tooltip, or empty
 */
public record MapArea(String shape, String coords, String href, String title) {
}
