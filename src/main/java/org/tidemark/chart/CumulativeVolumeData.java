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
 * @param stepLinks            where a step of the total links: this prefix + {@code from=…&to=…}, the UTC days
 *                             (both included) whose loads make the step; null or blank when steps do not link
 */
public record CumulativeVolumeData(String title, List<VolumePoint> points, List<CapLine> caps,
        List<ClaimMarker> claims, boolean includesIllustrative, String sourceLine, String stepLinks) {

    public CumulativeVolumeData {
        title = title == null ? "" : title;
        points = List.copyOf(points);
        caps = List.copyOf(caps);
        claims = List.copyOf(claims);
        sourceLine = sourceLine == null ? "" : sourceLine;
        stepLinks = stepLinks == null || stepLinks.isBlank() ? null : stepLinks;
        for (int i = 1; i < points.size(); i++) {
            if (points.get(i).date().isBefore(points.get(i - 1).date())) {
                throw new IllegalArgumentException("points must be in date order at index " + i);
            }
        }
    }

    /** Data whose steps do not link. */
    public CumulativeVolumeData(String title, List<VolumePoint> points, List<CapLine> caps,
            List<ClaimMarker> claims, boolean includesIllustrative, String sourceLine) {
        this(title, points, caps, claims, includesIllustrative, sourceLine, null);
    }
}
