package org.tidemark.ais;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Port calls in one pass over a vessel's track: entry, stop, gap and exit per watched geofence. */
final class PortCalls {

    private final List<WatchedPort> ports;
    private final long portGap;
    private final double stopKn;
    private final long minStop;
    private final double exitMarginKm;

    PortCalls(List<WatchedPort> ports, DetectionSettings s) {
        this.ports = ports;
        this.portGap = s.portGap().toSeconds();
        this.stopKn = s.stopSpeedKn();
        this.minStop = s.minStop().toSeconds();
        this.exitMarginKm = s.exitMarginKm();
    }

    /** The first watched port (in the given order) whose geofence holds the position, or -1. */
    static int locate(List<WatchedPort> ports, double lat, double lon) {
        for (int p = 0; p < ports.size(); p++) {
            if (ports.get(p).fence().contains(lat, lon)) {
                return p;
            }
        }
        return -1;
    }

    List<PortCall> detect(Track tr) {
        List<PortCall> calls = new ArrayList<>();
        int cur = -1;
        int first = 0;
        boolean entry = false;
        boolean gap = false;
        boolean stop = false;
        long runStart = -1;
        float draughtBefore = Float.NaN;
        float firstDraught = Float.NaN;
        float lastDraught = Float.NaN;
        for (int i = 0; i < tr.n; i++) {
            double lat = tr.lat[i];
            double lon = tr.lon[i];
            if (cur >= 0) {
                if (ports.get(cur).fence().within(lat, lon, exitMarginKm)) {
                    if (tr.t[i] - tr.t[i - 1] > portGap) {
                        gap = true;
                    }
                    if (!Float.isNaN(tr.draught[i])) {
                        lastDraught = tr.draught[i];
                        if (Float.isNaN(firstDraught)) {
                            firstDraught = tr.draught[i];
                        }
                    }
                    double sp = tr.speedKn(i);
                    if (sp < stopKn) {
                        if (runStart < 0) {
                            runStart = tr.t[i];
                        }
                        if (tr.t[i] - runStart >= minStop) {
                            stop = true;
                        }
                    } else {
                        runStart = -1;
                    }
                    continue;
                }
                // Left: an exit when the crossing was seen, a gap when it fell in a silence.
                boolean exit = tr.t[i] - tr.t[i - 1] <= portGap;
                float dep = Float.isNaN(lastDraught) ? tr.draught[i] : lastDraught;
                calls.add(call(tr, cur, entry, exit, stop, gap || !exit, first, i - 1, i, draughtBefore, firstDraught, dep));
                draughtBefore = dep;
                cur = -1;
            }
            int p = locate(ports, lat, lon);
            if (p >= 0) {
                cur = p;
                first = i;
                entry = i > 0 && tr.t[i] - tr.t[i - 1] <= portGap;
                gap = i > 0 && !entry;
                stop = false;
                runStart = tr.speedKn(i) < stopKn ? tr.t[i] : -1;
                firstDraught = tr.draught[i];
                lastDraught = tr.draught[i];
            } else if (!Float.isNaN(tr.draught[i])) {
                draughtBefore = tr.draught[i];
            }
        }
        if (cur >= 0) {
            calls.add(call(tr, cur, entry, false, stop, gap, first, tr.n - 1, -1, draughtBefore, firstDraught, lastDraught));
        }
        return calls;
    }

    private PortCall call(Track tr, int port, boolean entry, boolean exit, boolean stop, boolean gap, int first,
                          int last, int after, float draughtBefore, float firstDraught, float departureDraught) {
        float arrival = Float.isNaN(draughtBefore) ? firstDraught : draughtBefore;
        Instant arrivedAfter = first > 0 ? tr.time(first - 1) : null;
        Instant leftBefore = after >= 0 ? tr.time(after) : null;
        return new PortCall(tr.mmsi, ports.get(port), entry, exit, stop, gap, arrivedAfter, tr.time(first),
                tr.time(last), leftBefore, boxed(arrival), after >= 0 ? boxed(departureDraught) : null, first, last);
    }

    private static Double boxed(float f) {
        return Float.isNaN(f) ? null : Math.round(f * 100) / 100.0;
    }
}
