package org.tidemark.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.tidemark.ais.Geofence;
import org.tidemark.ais.PositionReport;
import org.tidemark.ais.WatchedPort;
import org.tidemark.domain.EventType;

/**
 * A synthetic AIS fleet whose detections are known in advance: pairs of tankers (MMSIs starting "00", held by no
 * ship) shuttle between two ports a degree of latitude apart, reporting every 3 minutes; on every leg the pair
 * lies 3 hours together halfway (about 100 m apart); the first tanker of each pair goes dark for 13 hours during
 * every other intermediate port stay. Pairs sail their own lanes (0.03° of longitude apart), 25 lanes on each of
 * 10 meridians, so no two pairs ever come within 0.5 km of each other.
 */
final class AisFleet {

    static final int MERIDIANS = 10;
    static final long STEP_S = 180;
    static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

    final List<WatchedPort> ports = new ArrayList<>();
    final List<PositionReport> reports = new ArrayList<>();
    final Map<EventType, Integer> expected = new EnumMap<>(EventType.class);

    AisFleet(int totalReports, int vessels) {
        for (int m = 0; m < MERIDIANS; m++) {
            ports.add(new WatchedPort(2L * m + 1, "synthetic port " + m + "S", new Geofence.Circle(30, lon(m), 45)));
            ports.add(new WatchedPort(2L * m + 2, "synthetic port " + m + "N", new Geofence.Circle(31, lon(m), 45)));
        }
        int pairs = vessels / 2;
        int perVessel = totalReports / (pairs * 2);
        for (int p = 0; p < pairs; p++) {
            pair(p, perVessel);
        }
    }

    private static double lon(int meridian) {
        return 120 + 3.0 * meridian;
    }

    private void pair(int p, int perVessel) {
        int lane = p / MERIDIANS;
        if (lane >= 25) {
            throw new IllegalArgumentException("at most " + 25 * MERIDIANS * 2 + " vessels");
        }
        double lonA = lon(p % MERIDIANS) + (lane - 12) * 0.03;
        String a = String.format("00%07d", 2 * p);
        String b = String.format("00%07d", 2 * p + 1);
        long t = T0.getEpochSecond();
        double lat = 30;
        int legs = 0;
        int darkStays = 0;
        int count = 0;
        for (int stay = 0; ; stay++) {
            boolean dark = stay % 2 == 1;
            long stayEnd = t + (dark ? 16 : 6) * 3600L;
            for (; t < stayEnd; t += STEP_S) {
                boolean silent = dark && t >= stayEnd - 15 * 3600L && t < stayEnd - 2 * 3600L;
                if (!silent) {
                    add(a, t, lat, lonA, 0.0, 4.0);
                }
                add(b, t, lat, lonA + 0.015, 0.0, 4.0);
                count++;
            }
            darkStays += dark ? 1 : 0;
            if (count >= perVessel) {
                break;
            }
            double to = lat == 30 ? 31 : 30;
            double mid = (lat + to) / 2;
            t = sail(a, b, t, lat, mid, lonA);
            long meetEnd = t + 3 * 3600L;
            for (; t < meetEnd; t += STEP_S) {
                add(a, t, mid, lonA, 0.3, 5.0);
                add(b, t, mid, lonA + 0.001, 0.3, 5.0);
                count++;
            }
            t = sail(a, b, t, mid, to, lonA);
            lat = to;
            legs++;
        }
        expected.merge(EventType.DEPARTURE, 2 * legs, Integer::sum);
        expected.merge(EventType.ARRIVAL, 2 * legs, Integer::sum);
        expected.merge(EventType.SHIP_TO_SHIP, 2 * legs, Integer::sum);
        expected.merge(EventType.AIS_OFF, darkStays, Integer::sum);
        expected.merge(EventType.AIS_ON, darkStays, Integer::sum);
    }

    /** Sails both from one latitude to another at 10 kn (0.926 km a step); returns the clock after the last report. */
    private long sail(String a, String b, long t, double fromLat, double toLat, double lonA) {
        int steps = (int) Math.ceil(Math.abs(toLat - fromLat) * 111.2 / 0.926);
        for (int i = 1; i <= steps; i++) {
            double lat = fromLat + (toLat - fromLat) * i / steps;
            add(a, t, lat, lonA, 10.0, 5.0);
            add(b, t, lat, lonA + 0.015, 10.0, 5.0);
            t += STEP_S;
        }
        return t;
    }

    private void add(String mmsi, long t, double lat, double lon, double sog, double draught) {
        reports.add(new PositionReport(mmsi, null, null, Instant.ofEpochSecond(t), lat, lon, sog, draught,
                reports.size() + 2L));
    }

    int expectedTotal() {
        return expected.values().stream().mapToInt(Integer::intValue).sum();
    }
}
