package org.tidemark.chart;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Thins a long band series to a bounded number of points so drawing time depends on the chart width, not
 * on the data. Points are split into equal runs; each run keeps its first and last point and the points
 * holding its lowest low, highest high, lowest central and highest central, so the outline of the band
 * and the series' end points survive. Kept points are real input points, in input order.
 */
public final class CumulativeSeriesDownsampler {

    /** Each run keeps at most this many points. */
    static final int POINTS_PER_BUCKET = 6;

    private CumulativeSeriesDownsampler() {
    }

    /**
     * Returns {@code points} unchanged if it has at most {@code maxPoints} points, otherwise a subsequence of
     * at most {@code maxPoints} points.
     *
     * @param maxPoints at least {@value #POINTS_PER_BUCKET}
     */
    public static List<VolumePoint> downsample(List<VolumePoint> points, int maxPoints) {
        if (maxPoints < POINTS_PER_BUCKET) {
            throw new IllegalArgumentException("maxPoints must be at least " + POINTS_PER_BUCKET);
        }
        int n = points.size();
        if (n <= maxPoints) {
            return points;
        }
        int buckets = maxPoints / POINTS_PER_BUCKET;
        List<VolumePoint> kept = new ArrayList<>(buckets * POINTS_PER_BUCKET);
        int[] picks = new int[POINTS_PER_BUCKET];
        for (int b = 0; b < buckets; b++) {
            int start = (int) ((long) b * n / buckets);
            int end = (int) ((long) (b + 1) * n / buckets);
            int minLow = start;
            int maxHigh = start;
            int minCentral = start;
            int maxCentral = start;
            for (int i = start + 1; i < end; i++) {
                VolumePoint p = points.get(i);
                if (p.low() < points.get(minLow).low()) {
                    minLow = i;
                }
                if (p.high() > points.get(maxHigh).high()) {
                    maxHigh = i;
                }
                if (p.central() < points.get(minCentral).central()) {
                    minCentral = i;
                }
                if (p.central() > points.get(maxCentral).central()) {
                    maxCentral = i;
                }
            }
            picks[0] = start;
            picks[1] = minLow;
            picks[2] = maxHigh;
            picks[3] = minCentral;
            picks[4] = maxCentral;
            picks[5] = end - 1;
            Arrays.sort(picks);
            int previous = -1;
            for (int index : picks) {
                if (index != previous) {
                    kept.add(points.get(index));
                    previous = index;
                }
            }
        }
        return kept;
    }
}
