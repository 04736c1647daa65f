package org.tidemark.ais;

import java.time.Instant;

/**
 * One vessel's reports in time order, one per second at most, held column by column (the detectors read them in
 * tight loops). Unknown speed and draught are NaN.
 */
public final class Track {

    final String mmsi;
    final String imo;
    final String name;
    final int n;
    final long[] t;
    final double[] lat;
    final double[] lon;
    final float[] sog;
    final float[] draught;
    final long[] row;

    Track(String mmsi, String imo, String name, int n, long[] t, double[] lat, double[] lon, float[] sog,
          float[] draught, long[] row) {
        this.mmsi = mmsi;
        this.imo = imo;
        this.name = name;
        this.n = n;
        this.t = t;
        this.lat = lat;
        this.lon = lon;
        this.sog = sog;
        this.draught = draught;
        this.row = row;
    }

    public String mmsi() {
        return mmsi;
    }

    /** The last IMO number the vessel broadcast, or null. */
    public String imo() {
        return imo;
    }

    /** The last name the vessel broadcast, or null. */
    public String name() {
        return name;
    }

    public int size() {
        return n;
    }

    public Instant time(int i) {
        return Instant.ofEpochSecond(t[i]);
    }

    DetectedEvent.Position position(int i) {
        return new DetectedEvent.Position(Instant.ofEpochSecond(t[i]), lat[i], lon[i]);
    }

    /** The index of the first report at or after {@code epochSecond} (n when none). */
    int firstAtOrAfter(long epochSecond) {
        return lowerBound(t, 0, n, epochSecond);
    }

    /** The first index in [from, to) of the sorted {@code a} whose value is at least {@code key} (to when none). */
    static int lowerBound(long[] a, int from, int to, long key) {
        int lo = from;
        int hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Knots from the reported SOG, else from the distance to the previous report; NaN when neither. */
    double speedKn(int i) {
        float s = sog[i];
        if (!Float.isNaN(s)) {
            return s;
        }
        if (i == 0 || t[i] == t[i - 1]) {
            return Double.NaN;
        }
        double km = GreatCircle.km(lat[i - 1], lon[i - 1], lat[i], lon[i]);
        return km / GreatCircle.KM_PER_NM / ((t[i] - t[i - 1]) / 3600.0);
    }
}
