package org.tidemark.ais;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Random synthetic tracks (MMSIs starting "00": no ship) kept inside a box, for property tests. */
final class RandomTracks {

    static final Instant START = Instant.parse("2024-03-01T00:00:00Z");

    private RandomTracks() {
    }

    /**
     * A random walk of {@code reports} reports inside [latMin, latMax] × [lonMin, lonMax], 1 to {@code maxStepMinutes}
     * apart, with a silence of 13–20 h now and then when {@code dark}; speeds and draughts sometimes unknown.
     */
    static List<PositionReport> walk(Random rnd, String mmsi, int reports, double latMin, double latMax, double lonMin,
                                     double lonMax, int maxStepMinutes, boolean dark) {
        List<PositionReport> out = new ArrayList<>(reports);
        long t = START.getEpochSecond() + rnd.nextInt(3600);
        double lat = latMin + rnd.nextDouble() * (latMax - latMin);
        double lon = lonMin + rnd.nextDouble() * (lonMax - lonMin);
        double draught = 3 + rnd.nextInt(30) / 10.0;
        for (int i = 0; i < reports; i++) {
            boolean slow = rnd.nextInt(3) == 0;
            double step = slow ? 0.0002 : 0.01;
            lat = clamp(lat + (rnd.nextDouble() - 0.5) * step, latMin, latMax);
            lon = clamp(lon + (rnd.nextDouble() - 0.5) * step, lonMin, lonMax);
            Double sog = rnd.nextInt(10) == 0 ? null : slow ? rnd.nextInt(5) / 10.0 : 5 + rnd.nextInt(80) / 10.0;
            if (rnd.nextInt(40) == 0) {
                draught = 3 + rnd.nextInt(30) / 10.0;
            }
            out.add(new PositionReport(mmsi, null, null, Instant.ofEpochSecond(t), round(lat), round(lon), sog,
                    rnd.nextInt(8) == 0 ? null : draught, 0));
            t += dark && rnd.nextInt(60) == 0 ? 13 * 3600 + rnd.nextInt(7 * 3600) : 60 + rnd.nextInt(maxStepMinutes * 60);
        }
        return out;
    }

    /** The same reports with rows numbered from 2 in list order, as a file would give them. */
    static List<PositionReport> numbered(List<PositionReport> reports) {
        List<PositionReport> out = new ArrayList<>(reports.size());
        long row = 2;
        for (PositionReport r : reports) {
            out.add(new PositionReport(r.mmsi(), r.imo(), r.name(), r.time(), r.lat(), r.lon(), r.sogKn(), r.draughtM(),
                    row++));
        }
        return out;
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }

    private static double round(double v) {
        return Math.round(v * 1e5) / 1e5;
    }
}
