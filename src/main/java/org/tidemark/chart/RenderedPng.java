package org.tidemark.chart;

import java.util.List;

/**
 * A chart drawn to PNG with the areas of its image map: linked voyage bars and claim markers, titled points.
 *
 * @param png   the PNG bytes (the array is the caller's; it is not copied)
 * @param areas topmost first, as an image map wants them (the first area that contains a point wins)
 */
public record RenderedPng(byte[] png, List<MapArea> areas) {
}
