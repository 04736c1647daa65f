package org.tidemark.ais;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reports grouped by MMSI into time-ordered tracks. Arrival order does not matter: each track is sorted by time;
 * of several reports of one vessel at the same second one is kept, chosen by content (position, speed, draught,
 * then row), so that the tracks — and everything detected from them — are the same for any order of the input.
 */
public final class Tracks {

    private final List<Track> tracks;
    private final long reports;

    private Tracks(List<Track> tracks) {
        this.tracks = tracks;
        long sum = 0;
        for (Track tr : tracks) {
            sum += tr.n;
        }
        this.reports = sum;
    }

    /** The tracks ordered by MMSI. */
    public List<Track> all() {
        return tracks;
    }

    public long reports() {
        return reports;
    }

    /** Groups {@code reports}; duplicates and reports out of order are counted in {@code tally}. */
    public static Tracks of(Iterable<PositionReport> reports, ReportTally tally) {
        Builder b = new Builder(tally);
        for (PositionReport r : reports) {
            b.add(r);
        }
        return b.build();
    }

    /** Collects reports one at a time (from a streaming read) into growing columns per vessel. */
    public static final class Builder {

        private final ReportTally tally;
        private final Map<String, Column> byMmsi = new HashMap<>();

        public Builder(ReportTally tally) {
            this.tally = tally;
        }

        public void add(PositionReport r) {
            Column c = byMmsi.computeIfAbsent(r.mmsi(), Column::new);
            long t = r.time().getEpochSecond();
            if (t < c.maxT) {
                tally.row = r.row();
                tally.add(ReportIssue.OUT_OF_ORDER);
                c.sorted = false;
            } else if (t == c.maxT) {
                c.sorted = false; // a duplicate: resolved by content when built
            }
            c.add(t, r);
        }

        public Tracks build() {
            List<String> keys = new ArrayList<>(byMmsi.keySet());
            Collections.sort(keys);
            List<Track> out = new ArrayList<>(keys.size());
            for (String k : keys) {
                out.add(byMmsi.get(k).track(tally));
            }
            return new Tracks(List.copyOf(out));
        }
    }

    private static final class Column {
        final String mmsi;
        int n;
        long maxT = Long.MIN_VALUE;
        boolean sorted = true;
        long[] t = new long[16];
        double[] lat = new double[16];
        double[] lon = new double[16];
        float[] sog = new float[16];
        float[] draught = new float[16];
        long[] row = new long[16];
        String[] imo = new String[16];
        String[] name = new String[16];

        Column(String mmsi) {
            this.mmsi = mmsi;
        }

        void add(long time, PositionReport r) {
            if (n == t.length) {
                int cap = n * 2;
                t = Arrays.copyOf(t, cap);
                lat = Arrays.copyOf(lat, cap);
                lon = Arrays.copyOf(lon, cap);
                sog = Arrays.copyOf(sog, cap);
                draught = Arrays.copyOf(draught, cap);
                row = Arrays.copyOf(row, cap);
                imo = Arrays.copyOf(imo, cap);
                name = Arrays.copyOf(name, cap);
            }
            t[n] = time;
            lat[n] = r.lat();
            lon[n] = r.lon();
            sog[n] = r.sogKn() == null ? Float.NaN : r.sogKn().floatValue();
            draught[n] = r.draughtM() == null ? Float.NaN : r.draughtM().floatValue();
            row[n] = r.row();
            // A vessel broadcasts the same name and IMO number report after report: keep one copy of each.
            imo[n] = n > 0 && java.util.Objects.equals(imo[n - 1], r.imo()) ? imo[n - 1] : r.imo();
            name[n] = n > 0 && java.util.Objects.equals(name[n - 1], r.name()) ? name[n - 1] : r.name();
            n++;
            maxT = Math.max(maxT, time);
        }

        private int compare(int a, int b) {
            int c = Long.compare(t[a], t[b]);
            if (c == 0) {
                c = Double.compare(lat[a], lat[b]);
            }
            if (c == 0) {
                c = Double.compare(lon[a], lon[b]);
            }
            if (c == 0) {
                c = Float.compare(sog[a], sog[b]);
            }
            if (c == 0) {
                c = Float.compare(draught[a], draught[b]);
            }
            if (c == 0) {
                c = Long.compare(row[a], row[b]);
            }
            return c;
        }

        Track track(ReportTally tally) {
            int[] order;
            if (sorted) {
                order = null;
            } else {
                Integer[] idx = new Integer[n];
                for (int i = 0; i < n; i++) {
                    idx[i] = i;
                }
                Arrays.sort(idx, this::compare);
                order = new int[n];
                int m = 0;
                for (int i = 0; i < n; i++) {
                    if (m > 0 && t[idx[i]] == t[order[m - 1]]) {
                        tally.row = row[idx[i]];
                        tally.add(ReportIssue.DUPLICATE_TIME);
                        continue;
                    }
                    order[m++] = idx[i];
                }
                order = Arrays.copyOf(order, m);
            }
            int m = order == null ? n : order.length;
            long[] tt = new long[m];
            double[] la = new double[m];
            double[] lo = new double[m];
            float[] sg = new float[m];
            float[] dr = new float[m];
            long[] rw = new long[m];
            String lastImo = null;
            String lastName = null;
            for (int i = 0; i < m; i++) {
                int j = order == null ? i : order[i];
                tt[i] = t[j];
                la[i] = lat[j];
                lo[i] = lon[j];
                sg[i] = sog[j];
                dr[i] = draught[j];
                rw[i] = row[j];
                if (imo[j] != null) {
                    lastImo = imo[j];
                }
                if (name[j] != null) {
                    lastName = name[j];
                }
            }
            return new Track(mmsi, lastImo, lastName, m, tt, la, lo, sg, dr, rw);
        }
    }
}
