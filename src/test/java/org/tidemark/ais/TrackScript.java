package org.tidemark.ais;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a synthetic vessel's reports leg by leg (stay, sail, go dark), one report per interval. The vessels are
 * made up: tests give them MMSIs starting "00", which no ship holds.
 */
final class TrackScript {

    private final String mmsi;
    private final String name;
    private final long every;
    private final List<PositionReport> reports = new ArrayList<>();
    private long t;
    private double lat;
    private double lon;
    private Double draught;

    TrackScript(String mmsi, String name, Instant start, double lat, double lon, Double draught, Duration every) {
        this.mmsi = mmsi;
        this.name = name;
        this.t = start.getEpochSecond();
        this.lat = lat;
        this.lon = lon;
        this.draught = draught;
        this.every = every.toSeconds();
    }

    /** Reports in place for {@code d} (the first now), at {@code sogKn}; the clock ends one interval after the last. */
    TrackScript stay(Duration d, double sogKn) {
        long end = t + d.toSeconds();
        while (t < end) {
            report(sogKn);
            t += every;
        }
        return this;
    }

    /** Sails in a straight line (in degrees) at {@code kn}, a report per interval, the last at the destination. */
    TrackScript sail(double toLat, double toLon, double kn) {
        double km = GreatCircle.km(lat, lon, toLat, toLon);
        double stepKm = kn * GreatCircle.KM_PER_NM * every / 3600.0;
        int steps = Math.max(1, (int) Math.ceil(km / stepKm));
        double fromLat = lat;
        double fromLon = lon;
        for (int i = 1; i <= steps; i++) {
            t += every;
            lat = fromLat + (toLat - fromLat) * i / steps;
            lon = fromLon + (toLon - fromLon) * i / steps;
            report(kn);
        }
        t += every;
        return this;
    }

    /** No reports for {@code d}; the vessel reappears at the given position. */
    TrackScript dark(Duration d, double atLat, double atLon) {
        t += d.toSeconds() - every; // the clock already stands one interval after the last report
        lat = atLat;
        lon = atLon;
        return this;
    }

    TrackScript draught(Double m) {
        this.draught = m;
        return this;
    }

    Instant clock() {
        return Instant.ofEpochSecond(t);
    }

    /** The time of the last report written. */
    Instant lastReport() {
        return reports.get(reports.size() - 1).time();
    }

    private void report(double sogKn) {
        reports.add(new PositionReport(mmsi, null, name, Instant.ofEpochSecond(t), round(lat), round(lon), sogKn,
                draught, 0));
    }

    private static double round(double v) {
        return Math.round(v * 1e6) / 1e6;
    }

    List<PositionReport> reports() {
        return List.copyOf(reports);
    }
}
