package org.tidemark.chart;

/**
 * A chart drawn to PNG with the HTML image map of its linked and titled areas.
 *
 * @param png      the PNG bytes (the array is the caller's; it is not copied)
 * @param imageMap a {@code <map name="...">} element to pair with {@code <img usemap="#name">}
 */
public record RenderedPng(byte[] png, String imageMap) {
}
