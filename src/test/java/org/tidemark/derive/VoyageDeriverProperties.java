package org.tidemark.derive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Assume;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

import org.tidemark.domain.EventType;
import org.tidemark.domain.LadenState;
import org.tidemark.domain.TimeWindow;
import org.tidemark.domain.VoyageStatus;

/** The invariants derivation promises, over random event histories. */
class VoyageDeriverProperties {

    private static final Instant START = Instant.parse("2024-03-01T00:00:00Z");

    private final VoyageDeriver deriver = new VoyageDeriver(EstimationSettings.DEFAULTS);
    private final TankerParticulars tanker = new TankerParticulars(7, 3003.0, null, null, null);

    /** An event shape: type, port (null at sea), hours after the start; ids are assigned on recording. */
    record Shape(EventType type, Long port, int hours) {
    }

    @Provide
    Arbitrary<List<Shape>> histories() {
        return shapes().list().ofMinSize(0).ofMaxSize(30);
    }

    private Arbitrary<Shape> shapes() {
        Arbitrary<EventType> types = Arbitraries.of(EventType.ARRIVAL, EventType.SIGHTING, EventType.LOADING,
                EventType.DISCHARGE, EventType.DEPARTURE, EventType.AIS_OFF, EventType.AIS_ON);
        Arbitrary<Long> ports = Arbitraries.of(EventFixtures.VOSTOCHNY, EventFixtures.CHONGJIN, EventFixtures.NAMPO)
                .injectNull(0.2);
        // Few distinct hours, so that ties in time are common and the tie-break is exercised.
        Arbitrary<Integer> hours = Arbitraries.integers().between(0, 60).map(h -> h * 24);
        return Combinators.combine(types, ports, hours).as(Shape::new);
    }

    @Property(tries = 300)
    void anyRecordingOrderGivesTheSameVoyages(@ForAll("histories") List<Shape> history, @ForAll long seed) {
        List<DerivationEvent> recorded = record(history);
        List<Shape> order = new ArrayList<>(history);
        Collections.shuffle(order, new Random(seed));
        List<DerivationEvent> shuffled = record(order);

        assertThat(byContent(deriver.derive(tanker, shuffled), shuffled))
                .isEqualTo(byContent(deriver.derive(tanker, recorded), recorded));
    }

    @Property(tries = 200)
    void derivingAfterEachEventEndsWhereAFullDerivationDoes(@ForAll("histories") List<Shape> history) {
        List<DerivationEvent> recorded = record(history);
        List<DerivationEvent> sofar = new ArrayList<>();
        List<DerivedVoyage> incremental = List.of();
        for (DerivationEvent e : recorded) {
            sofar.add(e);
            incremental = deriver.derive(tanker, sofar);
        }
        assertThat(incremental).isEqualTo(deriver.derive(tanker, recorded));
    }

    @Property(tries = 300)
    void recordingThenRetractingEqualsNeverRecording(@ForAll("histories") @Size(min = 1) List<Shape> history,
                                                     @ForAll long seed) {
        List<DerivationEvent> recorded = record(history);
        DerivationEvent mistake = recorded.get(new Random(seed).nextInt(recorded.size()));
        List<DerivationEvent> withRetraction = new ArrayList<>(recorded);
        withRetraction.add(EventFixtures.retraction(10_000, mistake.id()));
        List<DerivationEvent> without = new ArrayList<>(recorded);
        without.remove(mistake);

        assertThat(deriver.derive(tanker, withRetraction)).isEqualTo(deriver.derive(tanker, without));
    }

    @Property(tries = 400)
    void everyEventRecordedTwiceChangesNoTrip(@ForAll("histories") List<Shape> history, @ForAll long seed) {
        List<Shape> twice = new ArrayList<>(history);
        twice.addAll(history); // every event recorded a second time, as a read shape written back would be
        Collections.shuffle(twice, new Random(seed));
        List<DerivedVoyage> voyages = deriver.derive(tanker, record(twice));

        assertThat(voyages).extracting(DerivedVoyage::id).doesNotHaveDuplicates();
        // and a repeat changes no trip: the same voyages (ids come from content), statuses and bands
        List<DerivedVoyage> once = deriver.derive(tanker, record(history));
        assertThat(voyages).extracting(DerivedVoyage::id, DerivedVoyage::status, v -> v.estimate().barrels())
                .containsExactlyElementsOf(once.stream()
                        .map(v -> tuple(v.id(), v.status(), v.estimate().barrels()))
                        .toList());
    }

    @Property(tries = 200)
    void everyVoyageHasAnOrderedBandAndItsEventsAreLive(@ForAll("histories") List<Shape> history) {
        for (DerivedVoyage v : deriver.derive(tanker, record(history))) {
            assertThat(v.estimate().barrels().low()).isLessThanOrEqualTo(v.estimate().barrels().central());
            assertThat(v.estimate().barrels().central()).isLessThanOrEqualTo(v.estimate().barrels().high());
            assertThat(v.eventIds()).contains(v.openingEventId());
            assertThat(v.loadingFrom()).isBeforeOrEqualTo(v.loadingTo());
        }
    }

    /** Shapes with a laden state: departures in ballast, sightings laden, so that conflicts arise. */
    record Sighted(Shape shape, LadenState laden) {
    }

    @Provide
    Arbitrary<List<Sighted>> ladenHistories() {
        Arbitrary<LadenState> laden = Arbitraries.of(LadenState.BALLAST, LadenState.LADEN).injectNull(0.6);
        return Combinators.combine(shapes(), laden).as(Sighted::new)
                .list().ofMinSize(0).ofMaxSize(25);
    }

    @Property(tries = 300)
    void addingAnEventNeverMakesACompleteVoyageDisappearWithoutAConflict(
            @ForAll("ladenHistories") List<Sighted> history, @ForAll("ladenHistories") @Size(min = 1) List<Sighted> extra) {
        List<DerivationEvent> before = recordLaden(history, 1);
        DerivationEvent added = recordLaden(extra.subList(0, 1), 5_000).get(0);
        List<DerivationEvent> after = new ArrayList<>(before);
        after.add(added);
        List<DerivedVoyage> derivedAfter = deriver.derive(tanker, after);

        for (DerivedVoyage complete : deriver.derive(tanker, before)) {
            if (complete.status() != VoyageStatus.COMPLETE) {
                continue;
            }
            assertThat(derivedAfter)
                    .as("the voyage closed by event %d after adding %s", complete.closingEventId(), added)
                    .anySatisfy(v -> {
                        assertThat(v.id().equals(complete.id()) || v.eventIds().contains(complete.closingEventId())).isTrue();
                        assertThat(v.status() == VoyageStatus.COMPLETE || !v.conflicts().isEmpty()).isTrue();
                    });
        }
    }

    @Property(tries = 400)
    void wideningAWindowToContainItsInstantNeverLosesItsEvidence(@ForAll("ladenHistories") @Size(min = 1) List<Sighted> history,
                                                            @ForAll long seed) {
        List<DerivationEvent> recorded = recordLaden(history, 1);
        Random random = new Random(seed);
        int index = random.nextInt(recorded.size());
        DerivationEvent exact = recorded.get(index);
        Instant at = exact.time().from();
        TimeWindow wider = TimeWindow.between(at.minus(Duration.ofHours(random.nextInt(30 * 24))),
                at.plus(Duration.ofHours(1 + random.nextInt(30 * 24))));
        List<DerivationEvent> widened = new ArrayList<>(recorded);
        widened.set(index, new DerivationEvent(exact.id(), exact.type(), wider, exact.portId(), exact.portRole(),
                exact.ladenState(), null, null, null, false, null, exact.contentKey() + "~"));

        // The issue this guards against: a discharge "in March" sorted before a loading on 12 March and
        // was lost. Widening a window may change which delivery an event supports, never whether it supports one.
        // One exception, by design: with a departure in ballast, a wider window may join an observation to
        // that departure's call, which then reads as a call that loaded nothing: what a ballast departure says.
        Assume.that(recorded.stream().noneMatch(e -> e.type() == EventType.DEPARTURE && e.ladenState() == LadenState.BALLAST));
        boolean supportedBefore = supports(deriver.derive(tanker, recorded), exact.id());
        assertThat(!supportedBefore || supports(deriver.derive(tanker, widened), exact.id()))
                .as("event %d widened to %s still supports a voyage", exact.id(), wider)
                .isTrue();
    }

    private static boolean supports(List<DerivedVoyage> voyages, long eventId) {
        return voyages.stream().anyMatch(v -> v.eventIds().contains(eventId));
    }

    private static List<DerivationEvent> recordLaden(List<Sighted> shapes, long firstId) {
        List<DerivationEvent> events = new ArrayList<>();
        long id = firstId;
        for (Sighted s : shapes) {
            Shape shape = s.shape();
            LadenState laden = shape.type() == EventType.DEPARTURE || shape.type() == EventType.SIGHTING ? s.laden() : null;
            Instant at = START.plus(Duration.ofHours(shape.hours()));
            events.add(new DerivationEvent(id, shape.type(), TimeWindow.exact(at), shape.port(),
                    EventFixtures.roleOf(shape.port()), laden, null, null, null, false, null,
                    shape.type() + "@" + at + "@" + shape.port() + "@" + laden + "#" + id));
            id++;
        }
        return events;
    }

    /** Records shapes in the given order: ids follow recording order, content does not. */
    private static List<DerivationEvent> record(List<Shape> shapes) {
        List<DerivationEvent> events = new ArrayList<>();
        long id = 1;
        for (Shape s : shapes) {
            events.add(EventFixtures.at(id++, s.type(), START.plus(Duration.ofHours(s.hours())), s.port()));
        }
        return events;
    }

    /** Voyages with every event id replaced by that event's content, which recording order cannot change. */
    private static List<Object> byContent(List<DerivedVoyage> voyages, List<DerivationEvent> events) {
        Map<Long, String> content = new HashMap<>();
        events.forEach(e -> content.put(e.id(), e.contentKey()));
        return voyages.stream().<Object>map(v -> List.of(v.id(), v.status(), String.valueOf(v.dischargePortId()),
                v.loadingFrom(), v.loadingTo(), String.valueOf(v.dischargeFrom()), content.get(v.openingEventId()),
                String.valueOf(content.get(v.closingEventId())), v.eventIds().stream().map(content::get).toList(),
                v.estimate())).toList();
    }
}
