package org.tidemark.ais;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.tidemark.domain.EventType;
import org.tidemark.domain.LadenState;
import org.tidemark.domain.TimeWindow;

/**
 * Detects port calls, dark gaps, laden departures and encounters in AIS tracks and proposes them as voyage
 * events. Pure: the same tracks, ports and settings always give the same events in the same order.
 */
public final class AisDetector {

    /** The candidates in {@link DetectedEvent#ORDER}, and every port call seen (also those too weak for events). */
    public record Detection(List<DetectedEvent> events, List<PortCall> portCalls) {
    }

    private final DetectionSettings settings;
    private final List<WatchedPort> ports;
    private final PortCalls portCalls;
    private final DarkGaps gaps;
    private final Encounters encounters;

    public AisDetector(DetectionSettings settings, List<WatchedPort> ports) {
        this.settings = Objects.requireNonNull(settings, "settings");
        List<WatchedPort> sorted = new ArrayList<>(ports);
        sorted.sort(Comparator.comparingLong(WatchedPort::portId)); // overlapping fences: the lower id wins, always
        this.ports = List.copyOf(sorted);
        this.portCalls = new PortCalls(this.ports, settings);
        this.gaps = new DarkGaps(this.ports, settings);
        this.encounters = new Encounters(this.ports, settings);
    }

    /**
     * @param ballastDraughtM a vessel's known ballast draught by MMSI (may be empty): with it, a departure's draught
     *                        is judged against it; without it, by the rise or fall over the call
     */
    public Detection detect(Tracks tracks, Map<String, Double> ballastDraughtM) {
        List<DetectedEvent> events = new ArrayList<>();
        List<PortCall> calls = new ArrayList<>();
        for (Track tr : tracks.all()) {
            for (PortCall c : portCalls.detect(tr)) {
                calls.add(c);
                if (c.confidence() >= settings.minPortCallConfidence()) {
                    callEvents(tr, c, ballastDraughtM.get(tr.mmsi), events);
                }
            }
            gaps.detect(tr, events::add);
        }
        List<Track> all = tracks.all();
        for (Encounters.Meeting m : encounters.detect(all)) {
            events.add(encounter(all.get(m.a()), all.get(m.b()), m));
            events.add(encounter(all.get(m.b()), all.get(m.a()), m));
        }
        events.sort(DetectedEvent.ORDER);
        return new Detection(List.copyOf(events), List.copyOf(calls));
    }

    private void callEvents(Track tr, PortCall c, Double ballast, List<DetectedEvent> out) {
        int conf = c.confidence();
        String seen = observations(c);
        DetectedEvent.Evidence ev = new DetectedEvent.Evidence(tr.row[c.firstIndex()], tr.row[c.lastIndex()],
                c.firstInside(), c.lastInside(), c.lastIndex() - c.firstIndex() + 1);
        WatchedPort p = c.port();
        if (c.arrivedAfter() != null) {
            int before = c.firstIndex() - 1;
            out.add(new DetectedEvent(tr.mmsi, EventType.ARRIVAL, TimeWindow.between(c.arrivedAfter(), c.firstInside()),
                    p.portId(), p.name(), List.of(tr.position(before), tr.position(c.firstIndex())), conf, null, null,
                    null, null, ev, "arrived at " + p.name() + " between the last report outside and the first inside; "
                    + seen));
        }
        if (c.leftBefore() != null) {
            LadenState laden = ladenState(c, ballast);
            int after = c.lastIndex() + 1;
            String draught = c.departureDraughtM() == null ? "no draught broadcast"
                    : String.format(Locale.ROOT, "draught %.1f m on leaving%s", c.departureDraughtM(),
                    c.arrivalDraughtM() == null ? "" : String.format(Locale.ROOT, " (%.1f m on arrival)", c.arrivalDraughtM()));
            out.add(new DetectedEvent(tr.mmsi, EventType.DEPARTURE, TimeWindow.between(c.lastInside(), c.leftBefore()),
                    p.portId(), p.name(), List.of(tr.position(c.lastIndex()), tr.position(after)), conf, laden,
                    c.departureDraughtM(), null, null, ev, "left " + p.name() + "; " + draught + ", "
                    + laden.name().toLowerCase(Locale.ROOT) + (ballast == null ? "" : " against a ballast draught of "
                    + ballast + " m") + "; " + seen));
        }
        if (c.arrivedAfter() == null && c.leftBefore() == null) {
            out.add(new DetectedEvent(tr.mmsi, EventType.SIGHTING, TimeWindow.between(c.firstInside(), c.lastInside()),
                    p.portId(), p.name(), List.of(tr.position(c.firstIndex()), tr.position(c.lastIndex())), conf, null,
                    null, null, null, ev, "in " + p.name() + " for the whole track (arrival and departure not in the data); "
                    + seen));
        }
    }

    /** The laden state a departure's draught shows; docs/AIS.md, "Draught". */
    LadenState ladenState(PortCall c, Double ballast) {
        Double dep = c.departureDraughtM();
        if (dep == null) {
            return LadenState.UNKNOWN;
        }
        if (ballast != null) {
            return dep >= ballast + settings.ladenMarginM() ? LadenState.LADEN : LadenState.BALLAST;
        }
        if (c.arrivalDraughtM() == null) {
            return LadenState.UNKNOWN;
        }
        double change = dep - c.arrivalDraughtM();
        if (change >= settings.minDraughtChangeM() - 1e-9) {
            return LadenState.LADEN;
        }
        if (change <= -settings.minDraughtChangeM() + 1e-9) {
            return LadenState.BALLAST;
        }
        return LadenState.UNKNOWN;
    }

    private static String observations(PortCall c) {
        List<String> seen = new ArrayList<>();
        if (c.entry()) {
            seen.add("entry");
        }
        if (c.stop()) {
            seen.add("stop");
        }
        if (c.gap()) {
            seen.add("gap");
        }
        if (c.exit()) {
            seen.add("exit");
        }
        return "observed " + String.join(", ", seen) + ": confidence " + c.confidence() + " by the GFW port-visit rule";
    }

    private DetectedEvent encounter(Track self, Track other, Encounters.Meeting m) {
        int first = self.firstAtOrAfter(m.from());
        int last = Math.max(first, self.firstAtOrAfter(m.to() + 1) - 1);
        first = Math.min(first, self.n - 1);
        last = Math.min(last, self.n - 1);
        boolean slow = m.medianSpeedKn() < settings.encounterSlowSpeedKn();
        DetectedEvent.Evidence ev = new DetectedEvent.Evidence(self.row[first], self.row[last], self.time(first),
                self.time(last), last - first + 1);
        String note = String.format(Locale.ROOT,
                "within %.2f km of %s%s for %.1f h (closest %.2f km, median %.2f km; median speed %s)",
                settings.encounterDistanceKm(), other.mmsi, other.name == null ? "" : " (" + other.name + ")",
                (m.to() - m.from()) / 3600.0, m.minKm(), m.medianKm(),
                Double.isNaN(m.medianSpeedKn()) ? "unknown" : String.format(Locale.ROOT, "%.1f kn", m.medianSpeedKn()));
        return new DetectedEvent(self.mmsi, EventType.SHIP_TO_SHIP,
                TimeWindow.between(Instant.ofEpochSecond(m.from()), Instant.ofEpochSecond(m.to())),
                null, null, List.of(new DetectedEvent.Position(Instant.ofEpochSecond(m.from()),
                DarkGaps.round(m.lat(), 5), DarkGaps.round(m.lon(), 5))), slow ? 3 : 2, null, null, other.mmsi, null, ev,
                note);
    }
}
