package org.tidemark.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;

import org.tidemark.domain.EventType;
import org.tidemark.domain.EvidenceType;
import org.tidemark.domain.LadenState;
import org.tidemark.domain.PortRole;
import org.tidemark.domain.Product;
import org.tidemark.domain.TimePrecision;
import org.tidemark.domain.VolumeUnit;

/**
 * A deterministic synthetic fleet from a seed: tankers running ten-event delivery cycles, spread evenly over
 * 2023–2024, or each of a given length and ending with 2024 (so that a deeper history reaches further back in time
 * rather than packing more cycles into the same two years).
 */
public final class SyntheticFleet {

    static final int EVENTS_PER_CYCLE = 10;
    static final Instant START = Instant.parse("2023-01-01T00:00:00Z");
    static final Instant END = Instant.parse("2025-01-01T00:00:00Z");
    /** When the synthetic events claim to have been recorded. */
    static final Instant RECORDED_AT = Instant.parse("2025-01-02T00:00:00Z");
    static final String RECORDED_BY = "bench";

    /** A port of the synthetic registry. */
    public record PortRef(long id, String name, String locode, String country, double latitude, double longitude,
            PortRole role) {
    }

    /** A source of the synthetic registry. */
    public record SourceRef(long id, String key, String publisher) {
    }

    /** A tanker of the synthetic fleet; cargo capacity, TPC and ballast draft are known for some only. */
    public record TankerRef(long id, int index, String name, double deadweightT, Double cargoCapacityT,
            Double tpcTonnesPerCm, Double ballastDraftM) {
    }

    static final List<PortRef> PORTS = List.of(
            new PortRef(1, "Vostochny", "RUVYP", "RU", 42.74, 133.08, PortRole.LOADING),
            new PortRef(2, "Nakhodka", "RUNJK", "RU", 42.81, 132.88, PortRole.LOADING),
            new PortRef(3, "Chongjin", "KPCHO", "KP", 41.77, 129.82, PortRole.DISCHARGE),
            new PortRef(4, "Nampo", "KPNAM", "KP", 38.73, 125.40, PortRole.DISCHARGE),
            new PortRef(5, "Rajin", "KPRJN", "KP", 42.25, 130.30, PortRole.DISCHARGE),
            new PortRef(6, "Busan anchorage", "KRPUS", "KR", 35.08, 129.05, PortRole.OTHER));

    static final List<SourceRef> SOURCES = List.of(
            new SourceRef(1, "bench-ais", "Synthetic AIS feed"),
            new SourceRef(2, "bench-satellite", "Synthetic satellite imagery"),
            new SourceRef(3, "bench-press", "Synthetic press reports"));

    final int events;
    final long seed;
    final List<TankerRef> tankers;
    /** The length of every cycle, the last ending at {@link #END}; null: the cycles share 2023–2024 evenly. */
    private final Duration cycle;

    SyntheticFleet(int events, int tankerCount, long seed) {
        this(events, tankerCount, seed, null);
    }

    SyntheticFleet(int events, int tankerCount, long seed, Duration cycle) {
        this.events = events;
        this.seed = seed;
        this.cycle = cycle;
        List<TankerRef> list = new ArrayList<>(tankerCount);
        for (int i = 0; i < tankerCount; i++) {
            SplittableRandom rnd = new SplittableRandom(seed * 31 + i);
            double dwt = Math.round(1000 + rnd.nextDouble() * 5000);
            Double capacity = rnd.nextInt(10) < 3 ? Math.round(dwt * 0.9) * 1.0 : null;
            boolean drafts = rnd.nextInt(10) < 3;
            list.add(new TankerRef(i + 1, i, String.format("Bench Tanker %04d", i + 1), dwt, capacity,
                    drafts ? Math.round(dwt / 40.0) / 10.0 : null, drafts ? 3.2 : null));
        }
        this.tankers = List.copyOf(list);
    }

    /** How many events tanker {@code index} has. */
    int quota(int index) {
        int base = events / tankers.size();
        return base + (index < events % tankers.size() ? 1 : 0);
    }

    /** Every event, tanker by tanker, with ids 1..events. */
    void forEachEvent(Consumer<SyntheticEvent> sink) {
        long[] nextId = {1};
        for (TankerRef t : tankers) {
            eventsOf(t, nextId, sink);
        }
    }

    /** One tanker's events, with the ids they have in {@link #forEachEvent}. */
    List<SyntheticEvent> eventsOf(int tankerIndex) {
        long firstId = 1;
        for (int i = 0; i < tankerIndex; i++) {
            firstId += quota(i);
        }
        List<SyntheticEvent> list = new ArrayList<>(quota(tankerIndex));
        eventsOf(tankers.get(tankerIndex), new long[] {firstId}, list::add);
        return list;
    }

    private void eventsOf(TankerRef t, long[] nextId, Consumer<SyntheticEvent> sink) {
        SplittableRandom rnd = new SplittableRandom(seed * 1_000_003 + t.index());
        int quota = quota(t.index());
        int cycles = (quota + EVENTS_PER_CYCLE - 1) / EVENTS_PER_CYCLE;
        long cycleSeconds = cycle == null ? Duration.between(START, END).getSeconds() / cycles : cycle.getSeconds();
        Instant first = cycle == null ? START : END.minusSeconds(cycles * cycleSeconds);
        int emitted = 0;
        for (int c = 0; c < cycles && emitted < quota; c++) {
            Instant cycleStart = first.plusSeconds(c * cycleSeconds);
            for (SyntheticEvent e : cycle(t, c, cycleStart, cycleSeconds, rnd)) {
                if (emitted == quota) {
                    break;
                }
                sink.accept(e.withId(nextId[0]++));
                emitted++;
            }
        }
    }

    private List<SyntheticEvent> cycle(TankerRef t, int c, Instant start, long seconds, SplittableRandom rnd) {
        PortRef load = PORTS.get(rnd.nextInt(2));
        PortRef discharge = PORTS.get(2 + rnd.nextInt(3));
        PortRef other = PORTS.get(5);
        boolean delivered = rnd.nextInt(10) != 0;
        boolean reported = rnd.nextInt(10) == 0;
        List<SyntheticEvent> list = new ArrayList<>(EVENTS_PER_CYCLE);
        String tag = "c" + c;
        list.add(exact(t, EventType.ARRIVAL, at(start, seconds, 0.00, rnd), load, null, null, EvidenceType.AIS, 0, rnd, tag));
        SyntheticEvent loading = new SyntheticEvent(0, t, EventType.LOADING, at(start, seconds, 0.08, rnd).toString(),
                TimePrecision.HOUR, null, null, load, null, null,
                reported ? (double) (10_000 + rnd.nextInt(20_000)) : null, reported ? VolumeUnit.BARREL : null,
                reported ? Product.GAS_DIESEL_OIL : null, EvidenceType.SATELLITE_IMAGE, 1 + rnd.nextInt(4),
                SOURCES.get(1), notes(rnd, tag), rnd.nextInt(20) == 0, null);
        list.add(loading);
        list.add(exact(t, EventType.DEPARTURE, at(start, seconds, 0.15, rnd), load, LadenState.LADEN,
                draft(5.5, 2.0, rnd), EvidenceType.AIS, 0, rnd, tag));
        list.add(exact(t, EventType.AIS_OFF, at(start, seconds, 0.20, rnd), null, null, null, EvidenceType.AIS, 0, rnd, tag));
        Instant seen = at(start, seconds, 0.30, rnd);
        list.add(new SyntheticEvent(0, t, EventType.SIGHTING, null, null, seen, seen.plus(6, ChronoUnit.HOURS), null,
                LadenState.LADEN, null, null, null, null, EvidenceType.SATELLITE_IMAGE, 1 + rnd.nextInt(4),
                SOURCES.get(1), notes(rnd, tag), false, null));
        list.add(exact(t, EventType.AIS_ON, at(start, seconds, 0.45, rnd), null, null, null, EvidenceType.AIS, 0, rnd, tag));
        if (delivered) {
            LocalDate day = LocalDate.ofInstant(at(start, seconds, 0.55, rnd), ZoneOffset.UTC);
            list.add(new SyntheticEvent(0, t, EventType.ARRIVAL, day.toString(), null, null, null, discharge, null, null,
                    null, null, null, EvidenceType.PRESS_REPORT, 1 + rnd.nextInt(4), SOURCES.get(2), notes(rnd, tag),
                    false, null));
            list.add(exact(t, EventType.DISCHARGE, at(start, seconds, 0.62, rnd), discharge, null, null,
                    EvidenceType.PATROL_PHOTO, 0, rnd, tag));
            list.add(exact(t, EventType.DEPARTURE, at(start, seconds, 0.70, rnd), discharge, LadenState.BALLAST,
                    draft(3.0, 1.0, rnd), EvidenceType.AIS, 0, rnd, tag));
        } else {
            for (double f : new double[] {0.55, 0.62, 0.70}) {
                list.add(exact(t, EventType.SIGHTING, at(start, seconds, f, rnd), null, null, null, EvidenceType.AIS, 0,
                        rnd, tag));
            }
        }
        list.add(exact(t, EventType.SIGHTING, at(start, seconds, 0.85, rnd), other, null, null, EvidenceType.AIS, 0,
                rnd, tag));
        return list;
    }

    /**
     * Sightings at sea in 2024 that are not part of the fleet, for single-event writes; {@code salt} keeps
     * the batches of different runs apart.
     */
    List<SyntheticEvent> extraSightings(int count, String salt) {
        return extraSightings(count, salt, Instant.parse("2024-01-01T00:00:00Z"));
    }

    /** The same, at random times from {@code from} to the end of 2024. */
    List<SyntheticEvent> extraSightings(int count, String salt, Instant from) {
        SplittableRandom rnd = new SplittableRandom(seed ^ salt.hashCode());
        long span = Duration.between(from, END).getSeconds();
        List<SyntheticEvent> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            TankerRef t = tankers.get(rnd.nextInt(tankers.size()));
            Instant at = from.plusSeconds(rnd.nextLong(span));
            list.add(new SyntheticEvent(0, t, EventType.SIGHTING, at.toString(), null, null, null, null,
                    LadenState.UNKNOWN, null, null, null, null, EvidenceType.SATELLITE_IMAGE, 3, SOURCES.get(1),
                    "bench " + salt + " " + i, false, "bench-" + salt + "-" + i));
        }
        return list;
    }

    private static SyntheticEvent exact(TankerRef t, EventType type, Instant at, PortRef port, LadenState laden,
                                        Double draft, EvidenceType evidence, int unused, SplittableRandom rnd,
                                        String tag) {
        SourceRef source = evidence == EvidenceType.AIS ? SOURCES.get(0) : SOURCES.get(1);
        return new SyntheticEvent(0, t, type, at.toString(), null, null, null, port, laden, draft, null, null, null,
                evidence, 1 + rnd.nextInt(4), source, notes(rnd, tag), rnd.nextInt(20) == 0, null);
    }

    private static Instant at(Instant start, long cycleSeconds, double fraction, SplittableRandom rnd) {
        double jitter = (rnd.nextDouble() - 0.5) * 0.04;
        return start.plusSeconds((long) (cycleSeconds * Math.max(0, fraction + jitter)));
    }

    private static Double draft(double base, double range, SplittableRandom rnd) {
        return Math.round((base + rnd.nextDouble() * range) * 10) / 10.0;
    }

    private static String notes(SplittableRandom rnd, String tag) {
        return rnd.nextInt(10) < 3 ? "synthetic " + tag : null;
    }
}
