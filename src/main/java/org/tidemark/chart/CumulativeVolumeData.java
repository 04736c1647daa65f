package org.tidemark.chart;

import java.util.List;

/**
 * Everything the cumulative-volume chart shows.
 *
 * @param points               cumulative band per date, in date order
 * @param caps                 one limit per calendar year
 * @param claims               published figures to compare against
 * @param includesIllustrative whether any point in range rests on illustrative (made-up) data
 * @param sourceLine           provenance printed under the chart
 */
public record CumulativeVolumeData(String title, List<VolumePoint> points, List<CapLine> caps,
        List<ClaimMarker> claims, boolean includesIllustrative, String sourceLine) {

    public CumulativeVolumeData {
        title = title == null ? "" : title;
        points = List.copyOf(points);
        caps = List.copyOf(caps);
        claims = List.copyOf(claims);
        sourceLine = sourceLine == null ? "" : sourceLine;
        for (int i = 1; i < points.size(); i++) {
            if (points.get(i).date().isBefore(points.get(i - 1).date())) {
                throw new IllegalArgumentException("points must be in date order at index " + i);
            }
        }
    }
}
