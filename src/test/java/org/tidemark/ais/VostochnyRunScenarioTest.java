package org.tidemark.ais;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.assertj.core.data.Offset;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tidemark.domain.EventType;
import org.tidemark.domain.LadenState;

/**
 * The must-hold case of issue 18 with known truth: a tanker leaves Chongjin, goes dark 20 nm off Vostochny for 14
 * hours, lies 30 hours at the oil berth while its draught rises from 3.1 to 5.6 m, leaves, meets a second tanker
 * at sea for 3 hours and arrives at Nampo. Written out in each layout, read back and detected: exactly those events.
 *
 * <p>Port positions are NOT from reference/FACTS.md (it gives none): they are approximate, for this test only, and
 * the route is straight lines between waypoints. Both tankers are synthetic (MMSIs starting "00", held by no ship).
 */
class VostochnyRunScenarioTest {

    static final String TANKER = "001000001";
    static final String OTHER = "001000002";

    // Approximate positions, test only (see the class note).
    static final double CHONGJIN_LAT = 41.77;
    static final double CHONGJIN_LON = 129.83;
    static final double BERTH_LAT = 42.745;
    static final double BERTH_LON = 133.075;
    static final double NAMPO_LAT = 38.73;
    static final double NAMPO_LON = 125.38;
    static final double MEET_LAT = 36.8;
    static final double MEET_LON = 124.9;

    static final WatchedPort CHONGJIN = new WatchedPort(1, "Chongjin",
            new Geofence.Circle(CHONGJIN_LAT, CHONGJIN_LON, 5));
    static final WatchedPort VOSTOCHNY_OIL_BERTH = new WatchedPort(2, "Vostochny oil berth", new Geofence.Polygon(
            new double[] {BERTH_LAT - 0.005, BERTH_LAT - 0.005, BERTH_LAT + 0.005, BERTH_LAT + 0.005},
            new double[] {BERTH_LON - 0.007, BERTH_LON + 0.007, BERTH_LON + 0.007, BERTH_LON - 0.007}));
    static final WatchedPort NAMPO = new WatchedPort(3, "Nampo", new Geofence.Circle(NAMPO_LAT, NAMPO_LON, 5));
    static final List<WatchedPort> PORTS = List.of(CHONGJIN, VOSTOCHNY_OIL_BERTH, NAMPO);

    static final Instant T0 = Instant.parse("2024-03-10T00:00:00Z");

    /** The simulated truth, with the times the script produced. */
    record Truth(List<PositionReport> reports, Instant darkFrom, Instant darkTo, Instant meetFrom, Instant meetTo) {
    }

    static Truth simulate() {
        return simulate(TANKER, OTHER);
    }

    /** The same run with the two tankers under other (synthetic) MMSIs. */
    static Truth simulate(String tanker, String other) {
        Duration tenMinutes = Duration.ofMinutes(10);
        TrackScript a = new TrackScript(tanker, "SYNTHETIC TANKER A", T0, CHONGJIN_LAT, CHONGJIN_LON, 3.1, tenMinutes);
        a.stay(Duration.ofHours(4), 0.0);
        // 20 nautical miles short of the berth, on the line from Chongjin.
        double km = GreatCircle.km(CHONGJIN_LAT, CHONGJIN_LON, BERTH_LAT, BERTH_LON);
        double f = 1 - 20 * GreatCircle.KM_PER_NM / km;
        a.sail(CHONGJIN_LAT + f * (BERTH_LAT - CHONGJIN_LAT), CHONGJIN_LON + f * (BERTH_LON - CHONGJIN_LON), 10);
        Instant darkFrom = a.lastReport();
        a.dark(Duration.ofHours(14), BERTH_LAT, BERTH_LON);
        a.stay(Duration.ofHours(20), 0.0).draught(5.6).stay(Duration.ofHours(10), 0.0);
        a.sail(35.0, 129.8, 10).sail(34.3, 125.8, 10).sail(MEET_LAT, MEET_LON, 10);
        Instant atMeeting = a.lastReport();
        a.stay(Duration.ofHours(3), 0.3);
        a.sail(38.60, 125.20, 10).sail(NAMPO_LAT, NAMPO_LON, 10).stay(Duration.ofHours(6), 0.0);

        // The second tanker reports three minutes off the first's clock, and lies 110 m from it.
        TrackScript b = new TrackScript(other, "SYNTHETIC TANKER B",
                atMeeting.minus(Duration.ofMinutes(370)).plus(Duration.ofMinutes(3)), MEET_LAT - 1.0 + 0.001, MEET_LON,
                6.0, tenMinutes);
        b.sail(MEET_LAT + 0.001, MEET_LON, 10).stay(Duration.ofHours(3), 0.2).sail(36.0, 124.0, 10);

        List<PositionReport> all = new ArrayList<>(a.reports());
        all.addAll(b.reports());
        return new Truth(all, darkFrom, darkFrom.plus(Duration.ofHours(14)), atMeeting.plus(tenMinutes),
                atMeeting.plus(Duration.ofHours(3)));
    }

    static String render(String layout, List<PositionReport> reports) {
        return switch (layout) {
            case "dma" -> LayoutFiles.dma(reports);
            case "noaa" -> LayoutFiles.noaa(reports);
            default -> LayoutFiles.generic(reports);
        };
    }

    static AisDetector.Detection detect(String file, Map<String, Double> ballast) throws IOException {
        Tracks.Builder tracks = new Tracks.Builder(new ReportTally());
        PositionReportReader.Summary s = PositionReportReader.read(new StringReader(file), LayoutFiles.GENERIC_MAPPING,
                tracks::add);
        assertThat(s.tally().dropped()).isZero();
        return new AisDetector(DetectionSettings.DEFAULTS, PORTS).detect(tracks.build(), ballast);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dma", "noaa", "generic"})
    void exactlyTheSimulatedEventsWithTheirConfidences(String layout) throws IOException {
        Truth truth = simulate();
        List<DetectedEvent> events = detect(render(layout, truth.reports()), Map.of()).events();

        assertThat(events).extracting(e -> e.mmsi() + " " + e.type() + " " + e.portName() + " c" + e.confidence()
                        + " " + e.ladenState() + " " + e.counterpartMmsi())
                .containsExactly(
                        TANKER + " DEPARTURE Chongjin c3 UNKNOWN null",
                        TANKER + " AIS_OFF null c2 null null",
                        TANKER + " ARRIVAL Vostochny oil berth c3 null null",
                        TANKER + " AIS_ON Vostochny oil berth c2 null null",
                        TANKER + " DEPARTURE Vostochny oil berth c3 LADEN null",
                        TANKER + " SHIP_TO_SHIP null c3 null " + OTHER,
                        OTHER + " SHIP_TO_SHIP null c3 null " + TANKER,
                        TANKER + " ARRIVAL Nampo c3 null null");

        DetectedEvent off = events.get(1);
        assertThat(off.time().from()).isEqualTo(truth.darkFrom());
        assertThat(off.gap().duration()).isEqualTo(Duration.ofHours(14));
        assertThat(off.gap().distanceKm()).isCloseTo(20 * GreatCircle.KM_PER_NM, Offset.offset(0.5));
        assertThat(off.gap().impliedSpeedKn()).isCloseTo(20 / 14.0, Offset.offset(0.05));
        assertThat(off.gap().startPortId()).isNull();
        assertThat(off.gap().endPortId()).isEqualTo(VOSTOCHNY_OIL_BERTH.portId());

        DetectedEvent arrival = events.get(2);
        assertThat(arrival.time().from()).isEqualTo(truth.darkFrom());
        assertThat(arrival.time().to()).isEqualTo(truth.darkTo());

        DetectedEvent laden = events.get(4);
        assertThat(laden.observedDraughtM()).isEqualTo(5.6);
        assertThat(laden.time().from()).isEqualTo(truth.darkTo().plus(Duration.ofHours(30)).minusSeconds(600));

        DetectedEvent meeting = events.get(5);
        assertThat(meeting.time().from()).isEqualTo(truth.meetFrom());
        assertThat(meeting.time().to()).isEqualTo(truth.meetTo());
        assertThat(meeting.evidence().reports()).isEqualTo(18);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dma", "noaa", "generic"})
    void everyLayoutGivesTheSameDetection(String layout) throws IOException {
        List<PositionReport> reports = simulate().reports();
        assertThat(detect(render(layout, reports), Map.of())).isEqualTo(detect(LayoutFiles.dma(reports), Map.of()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dma", "noaa", "generic"})
    void aKnownBallastDraughtJudgesEveryDeparture(String layout) throws IOException {
        List<DetectedEvent> departures = detect(render(layout, simulate().reports()), Map.of(TANKER, 3.0)).events()
                .stream().filter(e -> e.type() == EventType.DEPARTURE).toList();
        assertThat(departures).extracting(DetectedEvent::ladenState).containsExactly(LadenState.BALLAST, LadenState.LADEN);
    }
}
