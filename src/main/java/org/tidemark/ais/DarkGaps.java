package org.tidemark.ais;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.tidemark.domain.EventType;
import org.tidemark.domain.TimeWindow;

/** Dark gaps in one pass over a vessel's track: consecutive reports further apart than the threshold. */
final class DarkGaps {

    /** Silence is observed directly, switching off is not: reception gaps look the same (docs/AIS.md). */
    static final int CONFIDENCE = 2;

    private final List<WatchedPort> ports;
    private final long threshold;

    DarkGaps(List<WatchedPort> ports, DetectionSettings s) {
        this.ports = ports;
        this.threshold = s.darkGap().toSeconds();
    }

    void detect(Track tr, Consumer<DetectedEvent> out) {
        for (int i = 1; i < tr.n; i++) {
            long dt = tr.t[i] - tr.t[i - 1];
            if (dt <= threshold) {
                continue;
            }
            int a = i - 1;
            double km = GreatCircle.km(tr.lat[a], tr.lon[a], tr.lat[i], tr.lon[i]);
            double hours = dt / 3600.0;
            double kn = km / GreatCircle.KM_PER_NM / hours;
            int pa = PortCalls.locate(ports, tr.lat[a], tr.lon[a]);
            int pb = PortCalls.locate(ports, tr.lat[i], tr.lon[i]);
            Long startPort = pa < 0 ? null : ports.get(pa).portId();
            Long endPort = pb < 0 ? null : ports.get(pb).portId();
            DetectedEvent.Gap gap = new DetectedEvent.Gap(Duration.ofSeconds(dt), round(km, 2), round(kn, 2),
                    startPort, endPort);
            DetectedEvent.Evidence ev = new DetectedEvent.Evidence(tr.row[a], tr.row[i], tr.time(a), tr.time(i), 2);
            List<DetectedEvent.Position> ends = List.of(tr.position(a), tr.position(i));
            String note = String.format(Locale.ROOT, "AIS silent %.1f h from %s to %s; %.1f nm apart, implied %.1f kn",
                    hours, where(pa), where(pb), km / GreatCircle.KM_PER_NM, kn);
            out.accept(new DetectedEvent(tr.mmsi, EventType.AIS_OFF, TimeWindow.exact(tr.time(a)), startPort,
                    pa < 0 ? null : ports.get(pa).name(), ends, CONFIDENCE, null, null, null, gap, ev,
                    "last report before going dark. " + note));
            out.accept(new DetectedEvent(tr.mmsi, EventType.AIS_ON, TimeWindow.exact(tr.time(i)), endPort,
                    pb < 0 ? null : ports.get(pb).name(), ends, CONFIDENCE, null, null, null, gap, ev,
                    "first report after going dark. " + note));
        }
    }

    private String where(int p) {
        return p < 0 ? "sea" : "inside the " + ports.get(p).name() + " geofence";
    }

    static double round(double v, int places) {
        double f = Math.pow(10, places);
        return Math.round(v * f) / f;
    }
}
