package org.tidemark.derive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

import org.tidemark.domain.EventType;
import org.tidemark.domain.LadenState;
import org.tidemark.domain.PortRole;
import org.tidemark.domain.Product;
import org.tidemark.domain.StsDirection;
import org.tidemark.domain.TimePrecision;
import org.tidemark.domain.TimeWindow;
import org.tidemark.domain.Volume;
import org.tidemark.domain.VolumeUnit;

/**
 * Bounded derivation equals full derivation: when {@link VoyageDeriver#cutBefore} finds a cut before a recorded or
 * retracted event, the voyages before it are what they were, and the voyages from it on are those of the events
 * after it alone; over random histories (delivery cycles with noise, and pure noise), random call gaps, random
 * changed events (insert points) and random bounds of what was read.
 */
class VoyageDeriverCutProperties {

    private static final Instant START = Instant.parse("2024-03-01T00:00:00Z");
    private static final long VOSTOCHNY = 1;
    private static final long NAKHODKA = 4;
    private static final long CHONGJIN = 2;
    private static final long NAMPO = 3;
    private static final long BUSAN = 5;
    private static final long COUNTERPART = 99;

    private static final List<TankerParticulars> TANKERS = List.of(
            new TankerParticulars(7, 3003.0, null, null, null),
            new TankerParticulars(7, 3003.0, 2800.0, 7.5, 3.2));

    @Property(tries = 1500)
    void aCutSplitsTheHistoryWithoutChangingAnyVoyage(@ForAll long seed) {
        Random random = new Random(seed);
        VoyageDeriver deriver = new VoyageDeriver(EstimationSettings.DEFAULTS,
                new DerivationRules(Duration.ofHours(12 + random.nextInt(5 * 24))));
        TankerParticulars tanker = TANKERS.get(random.nextInt(TANKERS.size()));
        List<DerivationEvent> history = random.nextInt(10) < 7 ? cycles(random) : noise(random, 5 + random.nextInt(40), 90);
        if (history.isEmpty()) {
            return;
        }
        DerivationEvent changed = history.get(random.nextInt(history.size()));
        boolean retraction = random.nextBoolean();

        List<DerivationEvent> before = new ArrayList<>(history);
        List<DerivationEvent> after = new ArrayList<>(history);
        if (retraction) {
            after.add(new DerivationEvent(100_000, EventType.RETRACTION, changed.time(), null, null, null, null, null,
                    null, false, changed.id(), "retraction of " + changed.id()));
        } else {
            before.remove(changed);
        }
        List<DerivationEvent> liveAfter = VoyageDeriver.liveInOrder(after);
        Instant recentFrom = changed.time().from().minus(Duration.ofHours(random.nextInt(40 * 24)));
        Instant recentUntil = random.nextInt(3) == 0 ? Instant.MAX
                : changed.time().to().plus(Duration.ofHours(random.nextInt(40 * 24)));
        List<DerivationEvent> recent = new ArrayList<>();
        for (DerivationEvent e : liveAfter) {
            boolean inBounds = !e.time().to().isBefore(recentFrom) && !e.time().from().isAfter(recentUntil);
            if (inBounds || random.nextInt(4) == 0) {
                recent.add(e); // every event within the bounds, and some others
            }
        }
        Collections.shuffle(recent, random);

        Optional<DerivationSpan> found = deriver.spanAround(changed, recent, recentFrom, recentUntil);
        Statistics.label("span").collect(found.isEmpty() ? "none" : found.get().until() == null ? "to the end" : "bounded");
        if (found.isEmpty()) {
            return;
        }
        DerivationSpan span = found.get();
        List<DerivedVoyage> fullBefore = deriver.derive(tanker, before);
        List<DerivedVoyage> fullAfter = deriver.derive(tanker, after);
        List<DerivedVoyage> inSpan = deriver.deriveSpan(tanker, recent, span);
        List<DerivedVoyage> bounded = new ArrayList<>();
        fullBefore.stream().filter(v -> v.loadingFrom().isBefore(span.from())).forEach(bounded::add);
        bounded.addAll(inSpan);
        fullBefore.stream().filter(v -> span.until() != null && !v.loadingFrom().isBefore(span.until())).forEach(bounded::add);
        Statistics.label("voyages re-derived").collect(inSpan.size() < 4 ? "< 4" : "≥ 4");

        assertThat(bounded).as("span %s around %s (%s)", span, changed, retraction ? "retracted" : "recorded")
                .isEqualTo(fullAfter);
        List<DerivationEvent> recentBefore = new ArrayList<>(recent);
        if (retraction) {
            recentBefore.add(changed);
        } else {
            recentBefore.remove(changed);
        }
        assertThat(fullBefore.stream().filter(v -> span.holds(v.loadingFrom())).toList())
                .as("what was stored in the span is what the span's events derive")
                .isEqualTo(deriver.deriveSpan(tanker, recentBefore, span));
    }

    @Test
    void aLongRegularHistoryIsCutAtTheLastCallBeforeTheChange() {
        VoyageDeriver deriver = new VoyageDeriver(EstimationSettings.DEFAULTS);
        List<DerivationEvent> history = new ArrayList<>();
        long id = 1;
        for (int c = 0; c < 500; c++) {
            Instant t = START.plus(Duration.ofHours(c * 88L)); // about 3.7 days a cycle, as 2,000 events over two years
            long port = c % 2 == 0 ? VOSTOCHNY : NAKHODKA;
            history.add(exact(id++, EventType.ARRIVAL, t, port, null));
            history.add(exact(id++, EventType.LOADING, t.plus(6, ChronoUnit.HOURS), port, null));
            history.add(exact(id++, EventType.DEPARTURE, t.plus(12, ChronoUnit.HOURS), port, LadenState.LADEN));
            history.add(exact(id++, EventType.AIS_OFF, t.plus(18, ChronoUnit.HOURS), null, null));
            history.add(exact(id++, EventType.ARRIVAL, t.plus(40, ChronoUnit.HOURS), CHONGJIN, null));
            history.add(exact(id++, EventType.DISCHARGE, t.plus(46, ChronoUnit.HOURS), CHONGJIN, null));
            history.add(exact(id++, EventType.DEPARTURE, t.plus(60, ChronoUnit.HOURS), CHONGJIN, LadenState.BALLAST));
            history.add(exact(id++, EventType.SIGHTING, t.plus(75, ChronoUnit.HOURS), BUSAN, null));
        }
        DerivationEvent sighting = exact(id, EventType.SIGHTING, START.plus(Duration.ofHours(300 * 88L + 20)), null, null);
        history.add(sighting);
        Instant recentFrom = sighting.time().from().minus(Duration.ofDays(20));
        Instant recentUntil = sighting.time().to().plus(Duration.ofDays(20));
        List<DerivationEvent> recent = history.stream()
                .filter(e -> !e.time().to().isBefore(recentFrom) && !e.time().from().isAfter(recentUntil)).toList();

        Optional<DerivationSpan> span = deriver.spanAround(sighting, recent, recentFrom, recentUntil);

        assertThat(span).contains(new DerivationSpan(START.plus(Duration.ofHours(300 * 88L)),
                START.plus(Duration.ofHours(301 * 88L)), 301 * 8L + 1));
        List<DerivedVoyage> full = deriver.derive(TANKERS.get(0), history);
        List<DerivedVoyage> inSpan = deriver.deriveSpan(TANKERS.get(0), recent, span.get());
        assertThat(inSpan).as("one voyage").hasSize(1);
        List<DerivedVoyage> bounded = new ArrayList<>(full);
        bounded.replaceAll(v -> span.get().holds(v.loadingFrom()) ? inSpan.get(0) : v);
        assertThat(bounded).isEqualTo(full);
        assertThat(inSpan.get(0).eventIds()).contains(sighting.id());
    }

    /** Delivery cycles (loading call, sea, discharge call or not), each event's window and particulars varied, with noise. */
    private static List<DerivationEvent> cycles(Random r) {
        List<DerivationEvent> events = new ArrayList<>();
        long[] id = {1};
        Instant t = START;
        int cycles = r.nextInt(14);
        for (int c = 0; c < cycles; c++) {
            t = t.plus(Duration.ofHours(12 + r.nextInt(8 * 24)));
            long load = r.nextBoolean() ? VOSTOCHNY : NAKHODKA;
            long discharge = r.nextBoolean() ? CHONGJIN : NAMPO;
            Instant at = t;
            if (r.nextInt(5) > 0) {
                events.add(varied(r, id[0]++, EventType.ARRIVAL, at, load, null));
            }
            at = at.plus(Duration.ofHours(r.nextInt(20)));
            if (r.nextInt(5) > 0) {
                events.add(varied(r, id[0]++, r.nextInt(4) == 0 ? EventType.SIGHTING : EventType.LOADING, at, load, null));
            }
            at = at.plus(Duration.ofHours(r.nextInt(30)));
            if (r.nextInt(4) > 0) {
                LadenState laden = List.of(LadenState.LADEN, LadenState.BALLAST, LadenState.UNKNOWN).get(r.nextInt(3));
                events.add(varied(r, id[0]++, EventType.DEPARTURE, at, load, r.nextInt(3) == 0 ? null : laden));
            }
            int atSea = r.nextInt(4);
            for (int i = 0; i < atSea; i++) {
                at = at.plus(Duration.ofHours(1 + r.nextInt(20)));
                events.add(atSea(r, id[0]++, at));
            }
            if (r.nextInt(5) > 0) {
                at = at.plus(Duration.ofHours(6 + r.nextInt(40)));
                if (r.nextInt(4) > 0) {
                    events.add(varied(r, id[0]++, EventType.ARRIVAL, at, discharge, null));
                }
                at = at.plus(Duration.ofHours(r.nextInt(20)));
                events.add(varied(r, id[0]++, r.nextInt(5) == 0 ? EventType.SIGHTING : EventType.DISCHARGE, at,
                        discharge, null));
                at = at.plus(Duration.ofHours(r.nextInt(30)));
                if (r.nextInt(3) > 0) {
                    events.add(varied(r, id[0]++, EventType.DEPARTURE, at, discharge,
                            r.nextBoolean() ? LadenState.BALLAST : null));
                }
            }
            if (r.nextInt(4) == 0) {
                events.add(varied(r, id[0]++, EventType.SIGHTING, at.plus(Duration.ofHours(r.nextInt(48))), BUSAN, null));
            }
            t = at;
        }
        int noise = r.nextInt(6);
        long span = Math.max(1, Duration.between(START, t).toDays() + 5);
        for (DerivationEvent e : noise(r, noise, (int) span)) {
            events.add(withId(e, id[0]++));
        }
        return events;
    }

    /** Events of any kind anywhere in the first {@code days} days. */
    private static List<DerivationEvent> noise(Random r, int count, int days) {
        List<DerivationEvent> events = new ArrayList<>();
        EventType[] types = {EventType.ARRIVAL, EventType.SIGHTING, EventType.LOADING, EventType.DISCHARGE,
                EventType.DEPARTURE, EventType.AIS_OFF, EventType.AIS_ON, EventType.SHIP_TO_SHIP};
        Long[] ports = {VOSTOCHNY, NAKHODKA, CHONGJIN, NAMPO, BUSAN, null, null};
        for (int i = 0; i < count; i++) {
            Instant at = START.plus(Duration.ofHours(r.nextInt(days * 24)));
            EventType type = types[r.nextInt(types.length)];
            Long port = ports[r.nextInt(ports.length)];
            LadenState laden = r.nextInt(3) == 0 ? List.of(LadenState.LADEN, LadenState.BALLAST).get(r.nextInt(2)) : null;
            events.add(type == EventType.SHIP_TO_SHIP ? transfer(r, 1000 + i, at, port) : varied(r, 1000 + i, type, at, port, laden));
        }
        return events;
    }

    private static DerivationEvent atSea(Random r, long id, Instant at) {
        return switch (r.nextInt(5)) {
            case 0 -> varied(r, id, EventType.AIS_OFF, at, null, null);
            case 1 -> varied(r, id, EventType.AIS_ON, at, null, null);
            case 2 -> transfer(r, id, at, null);
            default -> varied(r, id, EventType.SIGHTING, at, null,
                    r.nextInt(3) == 0 ? null : r.nextBoolean() ? LadenState.LADEN : LadenState.BALLAST);
        };
    }

    private static DerivationEvent transfer(Random r, long id, Instant at, Long port) {
        StsDirection direction = r.nextBoolean() ? StsDirection.GAVE : StsDirection.RECEIVED;
        boolean named = r.nextInt(4) > 0;
        return new DerivationEvent(id, EventType.SHIP_TO_SHIP, window(r, at), port, roleOf(port), null, null,
                r.nextInt(4) == 0 ? new Volume(5_000 + r.nextInt(10_000), VolumeUnit.BARREL) : null, null, false, null,
                "sts#" + id + "@" + at, 1 + r.nextInt(4), named ? COUNTERPART : null, named ? direction : null);
    }

    private static DerivationEvent varied(Random r, long id, EventType type, Instant at, Long port, LadenState laden) {
        Volume volume = r.nextInt(8) == 0
                ? r.nextBoolean() ? new Volume(10_000 + r.nextInt(20_000), VolumeUnit.BARREL) : new Volume(2_000 + r.nextInt(1_000), VolumeUnit.TONNE)
                : null;
        Double draft = r.nextInt(6) == 0 ? 3.0 + r.nextInt(30) / 10.0 : null;
        Product product = volume != null && r.nextBoolean() ? Product.GAS_DIESEL_OIL : null;
        return new DerivationEvent(id, type, window(r, at), port, roleOf(port), laden, draft, volume, product,
                r.nextInt(10) == 0, null, type + "#" + id + "@" + at + "@" + port, 1 + r.nextInt(4), null, null);
    }

    private static DerivationEvent exact(long id, EventType type, Instant at, Long port, LadenState laden) {
        return new DerivationEvent(id, type, TimeWindow.exact(at), port, roleOf(port), laden, null, null, null, false,
                null, type + "#" + id + "@" + at);
    }

    /** Mostly exact or an hour or a day; sometimes a week, sometimes a window of up to two weeks around the instant. */
    private static TimeWindow window(Random r, Instant at) {
        int kind = r.nextInt(20);
        if (kind < 10) {
            return TimeWindow.exact(at);
        }
        if (kind < 14) {
            return TimeWindow.around(at, TimePrecision.HOUR);
        }
        if (kind < 17) {
            return TimeWindow.around(at, TimePrecision.DAY);
        }
        if (kind < 18) {
            return TimeWindow.around(at, TimePrecision.WEEK);
        }
        return TimeWindow.between(at.minus(Duration.ofHours(r.nextInt(7 * 24))), at.plus(Duration.ofHours(1 + r.nextInt(7 * 24))));
    }

    private static DerivationEvent withId(DerivationEvent e, long id) {
        return new DerivationEvent(id, e.type(), e.time(), e.portId(), e.portRole(), e.ladenState(), e.observedDraftM(),
                e.reportedVolume(), e.product(), e.illustrative(), e.retractsEventId(), e.contentKey() + "/" + id,
                e.confidence(), e.counterpartTankerId(), e.stsDirection());
    }

    private static PortRole roleOf(Long port) {
        if (port == null) {
            return null;
        }
        return port == VOSTOCHNY || port == NAKHODKA ? PortRole.LOADING : port == BUSAN ? PortRole.OTHER : PortRole.DISCHARGE;
    }
}
