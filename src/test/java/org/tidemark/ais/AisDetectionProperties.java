package org.tidemark.ais;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.tidemark.domain.EventType;

/** What AIS detection must hold for any track: properties over random synthetic fleets. */
class AisDetectionProperties {

    static final WatchedPort PORT = new WatchedPort(7, "Test port (synthetic)", new Geofence.Circle(40.0, 130.0, 5));
    static final WatchedPort BERTH = new WatchedPort(8, "Test berth (synthetic)", new Geofence.Polygon(
            new double[] {40.06, 40.06, 40.07, 40.07}, new double[] {129.93, 129.95, 129.95, 129.93}));
    static final List<WatchedPort> PORTS = List.of(PORT, BERTH);

    private static AisDetector.Detection detect(List<PositionReport> reports) {
        return new AisDetector(DetectionSettings.DEFAULTS, PORTS).detect(Tracks.of(reports, new ReportTally()), Map.of());
    }

    @Property(tries = 40)
    void detectionIsTheSameForAnyArrivalOrder(@ForAll long seed) {
        Random rnd = new Random(seed);
        List<PositionReport> reports = new ArrayList<>();
        for (int v = 0; v < 3; v++) {
            reports.addAll(RandomTracks.walk(rnd, "00200000" + v, 300, 39.9, 40.1, 129.85, 130.15, 30, true));
        }
        // A companion sailing 111 m from vessel 0, reporting two minutes later: encounters too.
        for (PositionReport r : List.copyOf(reports)) {
            if (r.mmsi().equals("002000000")) {
                reports.add(new PositionReport("002000009", null, null, r.time().plusSeconds(120), r.lat() + 0.001,
                        r.lon(), r.sogKn(), r.draughtM(), 0));
            }
        }
        // Same-second duplicates with other content: which one is kept must not depend on order either.
        for (int i = 0; i < 5; i++) {
            PositionReport r = reports.get(rnd.nextInt(reports.size()));
            reports.add(new PositionReport(r.mmsi(), null, null, r.time(), r.lat() + 0.0001, r.lon(), r.sogKn(),
                    r.draughtM(), 0));
        }
        List<PositionReport> numbered = RandomTracks.numbered(reports);
        List<PositionReport> shuffled = new ArrayList<>(numbered);
        Collections.shuffle(shuffled, new Random(seed ^ 0x5DEECE66DL));

        AisDetector.Detection expected = detect(numbered);
        Statistics.label("port calls").collect(!expected.portCalls().isEmpty());
        Statistics.label("dark gaps").collect(expected.events().stream().anyMatch(e -> e.type() == EventType.AIS_OFF));
        Statistics.label("encounters").collect(expected.events().stream().anyMatch(e -> e.type() == EventType.SHIP_TO_SHIP));
        assertThat(detect(shuffled)).isEqualTo(expected);
        assertThat(expected.events()).isSortedAccordingTo(DetectedEvent.ORDER);
    }

    @Property(tries = 200)
    void aGapIsDetectedIffConsecutiveReportsAreFurtherApartThanTheThreshold(
            @ForAll @Size(min = 1, max = 60) List<@IntRange(min = 1, max = 1500) Integer> minutesApart) {
        List<Integer> steps = new ArrayList<>(minutesApart);
        steps.add(steps.size() / 2, 720); // exactly the threshold: not a gap
        steps.add(steps.size() / 3, 721);
        List<PositionReport> reports = new ArrayList<>();
        List<Instant> lastBeforeGap = new ArrayList<>();
        long t = RandomTracks.START.getEpochSecond();
        for (int i = 0; i <= steps.size(); i++) {
            reports.add(new PositionReport("003000001", null, null, Instant.ofEpochSecond(t), 10, 10 + i * 0.01, 8.0,
                    null, i + 2L));
            if (i < steps.size()) {
                if (steps.get(i) * 60L > DetectionSettings.DEFAULTS.darkGap().toSeconds()) {
                    lastBeforeGap.add(Instant.ofEpochSecond(t));
                }
                t += steps.get(i) * 60L;
            }
        }
        List<DetectedEvent> events = detect(reports).events();
        assertThat(events.stream().filter(e -> e.type() == EventType.AIS_OFF).map(e -> e.time().from()))
                .containsExactlyElementsOf(lastBeforeGap);
        assertThat(events.stream().filter(e -> e.type() == EventType.AIS_ON)).hasSameSizeAs(lastBeforeGap);
        assertThat(events).allMatch(e -> e.type() == EventType.AIS_OFF || e.type() == EventType.AIS_ON);
    }

    @Property(tries = 30)
    void vesselsNeverWithinTheDistanceNeverMeetAndACloseCompanionAlwaysDoes(@ForAll long seed) {
        Random rnd = new Random(seed);
        List<PositionReport> reports = new ArrayList<>();
        // Each vessel in its own band of latitude 0.01° wide; bands 0.01° (1.1 km) apart, more than 0.5 km.
        for (int v = 0; v < 5; v++) {
            double band = 10 + v * 0.02;
            reports.addAll(RandomTracks.walk(rnd, "00400000" + v, 120, band, band + 0.01, 120, 120.05, 30, false));
        }
        assertThat(detect(reports).events()).noneMatch(e -> e.type() == EventType.SHIP_TO_SHIP);

        // A companion 111 m north of vessel 0 at every report (its walk has no silence over the 1 h interpolation
        // limit and lasts more than 2 h): exactly that pair meets.
        List<PositionReport> companion = reports.stream().filter(r -> r.mmsi().equals("004000000"))
                .map(r -> new PositionReport("004000009", null, null, r.time(), r.lat() + 0.001, r.lon(), r.sogKn(),
                        r.draughtM(), 0))
                .toList();
        reports.addAll(companion);
        List<DetectedEvent> meetings = detect(reports).events().stream()
                .filter(e -> e.type() == EventType.SHIP_TO_SHIP).toList();
        assertThat(meetings).isNotEmpty().allMatch(e -> (e.mmsi() + e.counterpartMmsi()).equals("004000000004000009")
                || (e.mmsi() + e.counterpartMmsi()).equals("004000009004000000"));
    }

    /** Global Fishing Watch's port-visit table, as reference/FACTS.md states it. */
    static int gfwTable(boolean entry, boolean exit, boolean stop, boolean gap) {
        int ends = (entry ? 1 : 0) + (exit ? 1 : 0);
        boolean stopOrGap = stop || gap;
        if (!stopOrGap) {
            return ends == 0 ? 0 : 1; // "1 entry/exit only"
        }
        return switch (ends) {
            case 0 -> 2; // "2 stop/gap only"
            case 1 -> 3; // "3 entry or exit with stop/gap"
            default -> 4; // "4 entry and exit with stop/gap"
        };
    }

    @Property(tries = 64)
    void portCallConfidenceFollowsTheGfwTable(@ForAll boolean entry, @ForAll boolean exit, @ForAll boolean stop,
                                              @ForAll boolean gap) {
        Duration tenMinutes = Duration.ofMinutes(10);
        double westLon = 130.0 - 20 / (GreatCircle.KM_PER_DEGREE * Math.cos(Math.toRadians(40)));
        TrackScript s = entry
                ? new TrackScript("005000001", null, RandomTracks.START, 40.0, westLon, 3.0, tenMinutes).sail(40.0, 130.0, 10)
                : new TrackScript("005000001", null, RandomTracks.START, 40.0, 130.0, 3.0, tenMinutes);
        if (stop) {
            s.stay(Duration.ofHours(2), 0.1);
        }
        if (gap) {
            s.stay(Duration.ofMinutes(10), 3).dark(Duration.ofHours(5), 40.0, 130.0);
        }
        s.sail(40.0, 130.02, 3);
        if (exit) {
            s.sail(40.0, 130.3, 10);
        }
        AisDetector.Detection d = detect(s.reports());

        assertThat(d.portCalls()).hasSize(1);
        PortCall call = d.portCalls().get(0);
        assertThat(List.of(call.entry(), call.exit(), call.stop(), call.gap())).containsExactly(entry, exit, stop, gap);
        int expected = gfwTable(entry, exit, stop, gap);
        assertThat(call.confidence()).isEqualTo(expected);
        List<DetectedEvent> callEvents = d.events().stream().filter(e -> e.portId() != null).toList();
        if (expected < DetectionSettings.DEFAULTS.minPortCallConfidence()) {
            assertThat(callEvents).isEmpty();
        } else {
            assertThat(callEvents).allMatch(e -> e.confidence() == expected && e.portId() == PORT.portId());
            assertThat(callEvents).extracting(DetectedEvent::type).containsExactlyElementsOf(
                    entry && exit ? List.of(EventType.ARRIVAL, EventType.DEPARTURE)
                            : entry ? List.of(EventType.ARRIVAL)
                            : exit ? List.of(EventType.DEPARTURE) : List.of(EventType.SIGHTING));
        }
    }

    @Property(tries = 40)
    void aTrackOutsideEveryGeofenceHasNoPortCall(@ForAll long seed) {
        Random rnd = new Random(seed);
        List<PositionReport> reports = new ArrayList<>();
        for (int v = 0; v < 3; v++) {
            // Inside the ports' bounding latitude but west of the circle and the berth.
            reports.addAll(RandomTracks.walk(rnd, "00600000" + v, 200, 39.9, 40.1, 129.7, 129.85, 60, true));
        }
        AisDetector.Detection d = detect(reports);
        assertThat(d.portCalls()).isEmpty();
        assertThat(d.events()).noneMatch(e -> e.type() == EventType.ARRIVAL || e.type() == EventType.DEPARTURE
                || e.type() == EventType.SIGHTING || e.portId() != null);
    }
}
