package org.tidemark.aistrack;

import java.util.ArrayList;
import java.util.List;

/**
 * Pure: splits one vessel's time-ordered positions into lines at silences longer than the dark-gap threshold, and
 * thins a line to at most a number of points (keeping its first and last).
 */
final class TrackGeometry {

    private TrackGeometry() {
    }

    /** Index ranges [from, to] of the runs between silences longer than {@code gapSeconds}. */
    static List<int[]> segments(long[] epochSeconds, int n, long gapSeconds) {
        List<int[]> out = new ArrayList<>();
        if (n == 0) {
            return out;
        }
        int start = 0;
        for (int i = 1; i < n; i++) {
            if (epochSeconds[i] - epochSeconds[i - 1] > gapSeconds) {
                out.add(new int[] {start, i - 1});
                start = i;
            }
        }
        out.add(new int[] {start, n - 1});
        return out;
    }

    /** The indices of at most {@code max} (at least 2) evenly spread points of [from, to], both ends included. */
    static int[] thin(int from, int to, int max) {
        int n = to - from + 1;
        if (n <= max) {
            int[] all = new int[n];
            for (int i = 0; i < n; i++) {
                all[i] = from + i;
            }
            return all;
        }
        int[] picked = new int[max];
        for (int k = 0; k < max; k++) {
            picked[k] = from + (int) Math.round((double) k * (n - 1) / (max - 1));
        }
        return picked;
    }
}
