package org.tidemark.ais;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Encounters between vessels without comparing all pairs: every track is sampled on a common time grid
 * (interpolating between reports no further apart than the setting), the samples of each grid step are sorted by
 * a spatial cell as large as the encounter distance, and only vessels in the same or a neighbouring cell are
 * measured. Consecutive close steps of one pair make a run; a run long enough is an encounter.
 */
final class Encounters {

    /** Two tracks (by index, {@code a} before {@code b} in MMSI order) close from {@code from} to {@code to}. */
    record Meeting(int a, int b, long from, long to, int samples, double minKm, double medianKm, double medianSpeedKn,
                   double lat, double lon) {
    }

    private final List<WatchedPort> ports;
    private final long step;
    private final long maxInterpolation;
    private final double distanceKm;
    private final long minDuration;
    private final boolean inPort;

    Encounters(List<WatchedPort> ports, DetectionSettings s) {
        this.ports = ports;
        this.step = s.encounterSampleInterval().toSeconds();
        this.maxInterpolation = s.encounterMaxInterpolation().toSeconds();
        this.distanceKm = s.encounterDistanceKm();
        this.minDuration = s.encounterMinDuration().toSeconds();
        this.inPort = s.encountersInPort();
    }

    /** Samples of all tracks: grid step (absolute), vessel, position, speed. */
    private static final class Samples {
        int n;
        long[] bucket = new long[1024];
        int[] vessel = new int[1024];
        double[] lat = new double[1024];
        double[] lon = new double[1024];
        float[] speed = new float[1024];

        void add(long b, int v, double la, double lo, float sp) {
            if (n == bucket.length) {
                int cap = n * 2;
                bucket = Arrays.copyOf(bucket, cap);
                vessel = Arrays.copyOf(vessel, cap);
                lat = Arrays.copyOf(lat, cap);
                lon = Arrays.copyOf(lon, cap);
                speed = Arrays.copyOf(speed, cap);
            }
            bucket[n] = b;
            vessel[n] = v;
            lat[n] = la;
            lon[n] = lo;
            speed[n] = sp;
            n++;
        }
    }

    List<Meeting> detect(List<Track> tracks) {
        Samples s = sample(tracks);
        if (s.n == 0) {
            return List.of();
        }
        long minB = Long.MAX_VALUE;
        long maxB = Long.MIN_VALUE;
        double maxAbsLat = 0;
        for (int i = 0; i < s.n; i++) {
            minB = Math.min(minB, s.bucket[i]);
            maxB = Math.max(maxB, s.bucket[i]);
            maxAbsLat = Math.max(maxAbsLat, Math.abs(s.lat[i]));
        }
        // Counting sort of the samples by grid step.
        int steps = Math.toIntExact(maxB - minB + 1);
        int[] start = new int[steps + 1];
        for (int i = 0; i < s.n; i++) {
            start[(int) (s.bucket[i] - minB) + 1]++;
        }
        int maxPerStep = 0;
        for (int b = 0; b < steps; b++) {
            maxPerStep = Math.max(maxPerStep, start[b + 1]);
            start[b + 1] += start[b];
        }
        int[] byStep = new int[s.n];
        int[] fill = Arrays.copyOf(start, steps);
        for (int i = 0; i < s.n; i++) {
            byStep[fill[(int) (s.bucket[i] - minB)]++] = i;
        }

        // Cells: a cell side is the encounter distance, so a partner within it is in a neighbouring cell.
        double cellLat = distanceKm / GreatCircle.KM_PER_DEGREE;
        double cellLon = cellLat / Math.cos(Math.toRadians(Math.min(89.0, maxAbsLat + cellLat)));
        int lonBits = bits((long) Math.ceil(360 / cellLon) + 2);
        int latBits = bits((long) Math.ceil(180 / cellLat) + 2);
        int idxBits = bits(maxPerStep);
        if (lonBits + latBits + idxBits > 63) {
            throw new IllegalArgumentException("encounter distance too small for the cell index: " + distanceKm + " km");
        }
        long lonMask = (1L << lonBits) - 1;

        Map<Long, Run> runs = new HashMap<>();
        List<Meeting> out = new ArrayList<>();
        long[] packed = new long[maxPerStep];
        for (int b = 0; b < steps; b++) {
            int m = start[b + 1] - start[b];
            if (m < 2) {
                continue;
            }
            for (int j = 0; j < m; j++) {
                int i = byStep[start[b] + j];
                long la = (long) ((s.lat[i] + 90) / cellLat) + 1;
                long lo = (long) ((s.lon[i] + 180) / cellLon) + 1;
                packed[j] = (((la << lonBits) | lo) << idxBits) | j;
            }
            Arrays.sort(packed, 0, m);
            long bucket = minB + b;
            for (int p = 0; p < m; p++) {
                long key = packed[p] >>> idxBits;
                int i = byStep[start[b] + (int) (packed[p] & ((1L << idxBits) - 1))];
                // Same row: this cell and the next one east.
                for (int q = p + 1; q < m && (packed[q] >>> idxBits) <= key + 1; q++) {
                    close(s, i, byStep[start[b] + (int) (packed[q] & ((1L << idxBits) - 1))], bucket, runs, out);
                }
                // The row to the north: west, same and east cells.
                long la = key >>> lonBits;
                long lo = key & lonMask;
                long lower = ((la + 1) << lonBits) | (lo - 1);
                long upper = ((la + 1) << lonBits) | (lo + 1);
                for (int q = Track.lowerBound(packed, p + 1, m, lower << idxBits); q < m && (packed[q] >>> idxBits) <= upper; q++) {
                    close(s, i, byStep[start[b] + (int) (packed[q] & ((1L << idxBits) - 1))], bucket, runs, out);
                }
            }
        }
        for (Run r : runs.values()) {
            finish(r, out);
        }
        out.sort(Comparator.comparingLong(Meeting::from).thenComparingInt(Meeting::a).thenComparingInt(Meeting::b));
        return out;
    }

    private Samples sample(List<Track> tracks) {
        Samples s = new Samples();
        for (int v = 0; v < tracks.size(); v++) {
            Track tr = tracks.get(v);
            if (tr.n == 0) {
                continue;
            }
            int j = 0;
            long k = Math.floorDiv(tr.t[0] + step - 1, step);
            long lastK = Math.floorDiv(tr.t[tr.n - 1], step);
            while (k <= lastK) {
                long at = k * step;
                while (j + 1 < tr.n && tr.t[j + 1] <= at) {
                    j++;
                }
                double la;
                double lo;
                float sp;
                if (tr.t[j] == at) {
                    la = tr.lat[j];
                    lo = tr.lon[j];
                    sp = (float) tr.speedKn(j);
                } else {
                    long dt = tr.t[j + 1] - tr.t[j];
                    if (dt > maxInterpolation) {
                        k = Math.floorDiv(tr.t[j + 1] + step - 1, step); // no position in a long silence
                        continue;
                    }
                    double f = (double) (at - tr.t[j]) / dt;
                    la = tr.lat[j] + f * (tr.lat[j + 1] - tr.lat[j]);
                    lo = tr.lon[j] + f * (tr.lon[j + 1] - tr.lon[j]);
                    sp = (float) (f < 0.5 ? tr.speedKn(j) : tr.speedKn(j + 1));
                }
                if (inPort || PortCalls.locate(ports, la, lo) < 0) {
                    s.add(k, v, la, lo, sp);
                }
                k++;
            }
        }
        return s;
    }

    private void close(Samples s, int i, int j, long bucket, Map<Long, Run> runs, List<Meeting> out) {
        double km = GreatCircle.km(s.lat[i], s.lon[i], s.lat[j], s.lon[j]);
        if (km > distanceKm) {
            return;
        }
        int a = Math.min(s.vessel[i], s.vessel[j]);
        int b = Math.max(s.vessel[i], s.vessel[j]);
        long pair = ((long) a << 32) | b;
        Run r = runs.get(pair);
        if (r == null || r.last != bucket - 1) {
            if (r != null) {
                finish(r, out);
            }
            r = new Run(a, b, bucket);
            runs.put(pair, r);
        }
        r.add(bucket, km, (s.lat[i] + s.lat[j]) / 2, (s.lon[i] + s.lon[j]) / 2, s.speed[i], s.speed[j]);
    }

    private void finish(Run r, List<Meeting> out) {
        if ((r.last - r.first) * step < minDuration) {
            return;
        }
        out.add(new Meeting(r.a, r.b, r.first * step, r.last * step, r.n, r.minKm, median(r.km, r.n),
                median(r.speeds, r.speedCount), r.sumLat / r.n, r.sumLon / r.n));
    }

    private static double median(float[] v, int n) {
        if (n == 0) {
            return Double.NaN;
        }
        float[] c = Arrays.copyOf(v, n);
        Arrays.sort(c);
        return n % 2 == 1 ? c[n / 2] : (c[n / 2 - 1] + c[n / 2]) / 2.0;
    }

    private static int bits(long maxValue) {
        return Math.max(1, 64 - Long.numberOfLeadingZeros(maxValue));
    }

    /** Consecutive close steps of one pair. */
    private static final class Run {
        final int a;
        final int b;
        final long first;
        long last;
        int n;
        double minKm = Double.MAX_VALUE;
        double sumLat;
        double sumLon;
        float[] km = new float[16];
        float[] speeds = new float[32];
        int speedCount;

        Run(int a, int b, long first) {
            this.a = a;
            this.b = b;
            this.first = first;
            this.last = first - 1;
        }

        void add(long bucket, double d, double lat, double lon, float s1, float s2) {
            last = bucket;
            if (n == km.length) {
                km = Arrays.copyOf(km, n * 2);
            }
            km[n++] = (float) d;
            minKm = Math.min(minKm, d);
            sumLat += lat;
            sumLon += lon;
            for (float sp : new float[] {s1, s2}) {
                if (!Float.isNaN(sp)) {
                    if (speedCount == speeds.length) {
                        speeds = Arrays.copyOf(speeds, speedCount * 2);
                    }
                    speeds[speedCount++] = sp;
                }
            }
        }
    }
}
