package org.tidemark.derive;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.tidemark.domain.EventType;
import org.tidemark.domain.LadenState;
import org.tidemark.domain.PortRole;
import org.tidemark.domain.TimeWindow;
import org.tidemark.domain.VoyageStatus;

/**
 * Turns one tanker's recorded events into its deliveries. Pure: the same events give the same
 * voyages, whatever order they were recorded in. The rules, written out with examples in
 * docs/ARCHITECTURE.md:
 * <ol>
 * <li>Retractions, and the events they retract, are dropped; the rest are read in {@link EventOrder}.</li>
 * <li>A <em>call</em> is a run of events at one port, each within {@link DerivationRules#maxCallGap()} of
 * the one before, up to the departure. At a discharge port an event that could have been seen during the call
 * (its window starts before the departure ends) continues it too.</li>
 * <li>A call at a loading port opens a delivery; so does cargo received at sea from a named tanker
 * when no delivery is open.</li>
 * <li>The next event at a discharge port closes the open delivery (COMPLETE); the rest of that
 * discharge call attaches to it. A discharge call with no delivery open is a delivery of its own,
 * origin unknown (ORIGIN_UNKNOWN), when it arrives, discharges or shows cargo; a later loading
 * never swallows it.</li>
 * <li>A new loading while a delivery is open closes the open one as INFERRED (discharge port
 * unknown); a delivery still open at the end is IN_PROGRESS.</li>
 * <li>Other evidence (at sea, at other ports, transfers given) attaches to the first delivery whose
 * span its window overlaps.</li>
 * <li>A call that left in ballast opens no delivery, unless other evidence says it carried cargo (the
 * call shows cargo, or a discharge port closes it): then the delivery stays, with the contradiction
 * listed in its {@link Conflict conflicts}.</li>
 * </ol>
 */
public final class VoyageDeriver {

    private final CargoEstimator estimator;
    private final Duration maxCallGap;

    public VoyageDeriver(EstimationSettings settings) {
        this(settings, DerivationRules.DEFAULTS);
    }

    public VoyageDeriver(EstimationSettings settings, DerivationRules rules) {
        this.estimator = new CargoEstimator(settings);
        this.maxCallGap = rules.maxCallGap();
    }

    public List<DerivedVoyage> derive(TankerParticulars tanker, Collection<DerivationEvent> recorded) {
        Walk walk = walk(liveInOrder(recorded));
        List<Delivery> deliveries = walk.deliveries;
        List<DerivationEvent> loose = walk.loose;
        List<Delivery> kept = new ArrayList<>();
        for (Delivery d : deliveries) {
            if (d.ballastDeparture != null) {
                if (d.closing == null && !d.loadingCallShowsCargo()) {
                    continue; // the tanker came and left empty: no delivery
                }
                d.conflicts.add(0, new Conflict(d.ballastDeparture.id(), Conflict.Kind.BALLAST_DEPARTURE_WITH_CARGO,
                        "departure " + d.ballastDeparture.id() + " says the tanker left the loading port in ballast, yet "
                                + (d.closing != null ? "event " + d.closing.id() + " shows it at a discharge port after"
                                : "the call shows cargo (a LOADING event, a laden state or a reported volume)")));
            }
            kept.add(d);
        }
        attachByTime(deliveries, kept, loose);
        List<DerivedVoyage> voyages = new ArrayList<>(kept.size());
        for (Delivery d : kept) {
            voyages.add(d.toVoyage(tanker));
        }
        return voyages;
    }

    /**
     * The stretch of the tanker's history that {@code changed} (an event just recorded or retracted) can affect:
     * only the voyages in it need deriving again. Empty when no such stretch can be proven from {@code recent},
     * which holds every live event whose window ends at or after {@code recentFrom} and starts at or before
     * {@code recentUntil} ({@link Instant#MIN} and {@link Instant#MAX}: no bound). See {@link DerivationCut}.
     */
    public Optional<DerivationSpan> spanAround(DerivationEvent changed, Collection<DerivationEvent> recent,
                                               Instant recentFrom, Instant recentUntil) {
        return new DerivationCut(this, maxCallGap).around(changed, recent, recentFrom, recentUntil);
    }

    /** The voyages of the span, derived from the events it reads among {@code recent}; the rest are as they were. */
    public List<DerivedVoyage> deriveSpan(TankerParticulars tanker, Collection<DerivationEvent> recent, DerivationSpan span) {
        List<DerivationEvent> read = new ArrayList<>();
        for (DerivationEvent e : recent) {
            if (span.reads(e)) {
                read.add(e);
            }
        }
        List<DerivedVoyage> voyages = new ArrayList<>();
        for (DerivedVoyage v : derive(tanker, read)) {
            if (span.holds(v.loadingFrom())) {
                voyages.add(v);
            }
        }
        return voyages;
    }

    /** The ids of the events that open a delivery at a loading port, and the loose events, of a walk over {@code ordered}. */
    record Classified(Set<Long> portOpenings, Set<Long> loose) {
    }

    Classified classify(List<DerivationEvent> ordered) {
        Walk walk = walk(ordered);
        Set<Long> openings = new HashSet<>();
        for (Delivery d : walk.deliveries) {
            if (d.origin == Origin.PORT) {
                openings.add(d.opening.id());
            }
        }
        Set<Long> loose = new HashSet<>();
        walk.loose.forEach(e -> loose.add(e.id()));
        return new Classified(openings, loose);
    }

    /** Whether a loading-port event at this position would continue a call of {@code previous}. */
    boolean sameCall(DerivationEvent e, DerivationEvent previous) {
        return e.portId().equals(previous.portId()) && withinGap(e, previous);
    }

    /** What the walk over the placed events found: the deliveries in order, and the events left to attach by time. */
    private record Walk(List<Delivery> deliveries, List<DerivationEvent> loose) {
    }

    /** Steps 3 and 4 of the rules: calls open, close and continue deliveries; what none of them takes is loose. */
    private Walk walk(List<DerivationEvent> ordered) {
        List<Delivery> deliveries = new ArrayList<>();
        List<DerivationEvent> loose = new ArrayList<>();
        Delivery open = null;         // cargo aboard: loaded, not yet discharged
        Delivery discharging = null;  // the delivery whose discharge call may still continue
        for (DerivationEvent e : ordered) {
            if (e.atPort(PortRole.LOADING)) {
                if (open != null && open.continuesLoadingCall(e)) {
                    open.addToLoadingCall(e);
                } else {
                    if (open != null) {
                        open.status = VoyageStatus.INFERRED;
                    }
                    open = new Delivery(e, Origin.PORT);
                    deliveries.add(open);
                }
                discharging = null;
            } else if (e.receivedByTransfer() && open == null) {
                open = new Delivery(e, Origin.TRANSFER);
                deliveries.add(open);
                discharging = null;
            } else if (e.atPort(PortRole.DISCHARGE) && open != null) {
                open.closeAt(e);
                discharging = open;
                open = null;
            } else if (e.atPort(PortRole.DISCHARGE) && discharging != null && discharging.continuesDischargeCall(e)) {
                discharging.addToDischargeCall(e);
            } else if (e.atPort(PortRole.DISCHARGE) && deliversCargo(e)) {
                Delivery orphan = new Delivery(e, Origin.UNKNOWN);
                if (!deliveries.isEmpty()) {
                    Delivery previous = deliveries.get(deliveries.size() - 1);
                    orphan.conflicts.add(new Conflict(e.id(), Conflict.Kind.DISCHARGE_WITHOUT_LOADING,
                            "discharge-port event " + e.id() + " has no loading evidenced since the previous discharge"
                                    + " (event " + previous.closing.id() + "): a loading not recorded, or a second"
                                    + " discharge of the same cargo"));
                }
                deliveries.add(orphan);
                discharging = orphan;
            } else {
                loose.add(e);
            }
        }
        return new Walk(deliveries, loose);
    }

    /**
     * Evidence that neither opens, closes nor continues a call (at sea, at other ports, a transfer
     * given, a sighting at a discharge port outside any call) attaches to the first delivery whose
     * span its window overlaps (at a discharge port, within the call gap of it). By window, not by its
     * place in the order: a wider window can only reach more deliveries, never lose the one it had.
     */
    private void attachByTime(List<Delivery> all, List<Delivery> kept, List<DerivationEvent> loose) {
        int n = kept.size();
        if (n == 0 || loose.isEmpty()) {
            return;
        }
        Instant[] starts = new Instant[n];
        Instant[] ends = new Instant[n];
        Instant[] endsSoFar = new Instant[n]; // running maximum of ends: a sorted key to search
        Instant[] startsFromHere = new Instant[n]; // the earliest start of this delivery and every later one
        Map<Delivery, Integer> position = new IdentityHashMap<>();
        for (int i = 0; i < all.size(); i++) {
            position.put(all.get(i), i);
        }
        for (int i = 0; i < n; i++) {
            Delivery d = kept.get(i);
            int at = position.get(d);
            Delivery next = at + 1 < all.size() ? all.get(at + 1) : null;
            starts[i] = d.opening.time().from();
            ends[i] = d.closing != null ? d.lastOfDischargeCall.time().to()
                    : next != null ? next.opening.time().from() : Instant.MAX;
            endsSoFar[i] = i == 0 || ends[i].isAfter(endsSoFar[i - 1]) ? ends[i] : endsSoFar[i - 1];
        }
        for (int i = n - 1; i >= 0; i--) {
            startsFromHere[i] = i == n - 1 || starts[i].isBefore(startsFromHere[i + 1]) ? starts[i] : startsFromHere[i + 1];
        }
        for (DerivationEvent e : loose) {
            // An event at a discharge port outside any call (its window too wide to continue one) reaches a
            // call there that has not departed by the gap either side: as far as it could have continued it.
            Duration reach = e.atPort(PortRole.DISCHARGE) ? maxCallGap : Duration.ZERO;
            Instant from = e.time().from().minus(reach);
            Instant to = e.time().to().plus(reach);
            // no delivery before the first whose running end passes the event's start can span it
            int i = firstAfter(endsSoFar, from);
            for (; i < n && !startsFromHere[i].isAfter(to); i++) {
                Delivery d = kept.get(i);
                boolean spans = !starts[i].isAfter(e.time().to()) && e.time().from().isBefore(ends[i]);
                boolean reachesCall = !reach.isZero() && d.closing != null && d.leftDischargePort == null
                        && e.portId().equals(d.closing.portId()) && !starts[i].isAfter(to) && from.isBefore(ends[i]);
                if (spans || reachesCall) {
                    d.attach(e);
                    break;
                }
            }
        }
    }

    /** The first index whose (non-decreasing) value is after {@code t}, or the length when none is. */
    private static int firstAfter(Instant[] sorted, Instant t) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid].isAfter(t)) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /**
     * Whether an event at a discharge port, with no delivery open, is a delivery of its own: an arrival
     * or a discharge, or anything that shows cargo aboard. A tanker merely seen at its home port, or
     * leaving it, delivered nothing that the evidence shows.
     */
    static boolean deliversCargo(DerivationEvent e) {
        return e.type() == EventType.ARRIVAL || e.type() == EventType.DISCHARGE || e.ladenState() == LadenState.LADEN
                || e.reportedVolume() != null;
    }

    public static List<DerivationEvent> liveInOrder(Collection<DerivationEvent> recorded) {
        Set<Long> retracted = new HashSet<>();
        for (DerivationEvent e : recorded) {
            if (e.type() == EventType.RETRACTION && e.retractsEventId() != null) {
                retracted.add(e.retractsEventId());
            }
        }
        List<DerivationEvent> live = new ArrayList<>();
        for (DerivationEvent e : recorded) {
            if (e.type() != EventType.RETRACTION && !retracted.contains(e.id())) {
                live.add(e);
            }
        }
        live.sort(EventOrder.BY_CONTENT);
        return live;
    }

    /** Where a delivery's cargo came from. */
    private enum Origin { PORT, TRANSFER, UNKNOWN }

    /** A delivery under construction while the events are walked. */
    private final class Delivery {
        final DerivationEvent opening;
        final Origin origin;
        final List<DerivationEvent> events = new ArrayList<>();
        final List<Conflict> conflicts = new ArrayList<>();
        DerivationEvent lastOfLoadingCall;
        Instant loadingTo;
        int loadingConfidence;
        boolean departedLoadPort;
        DerivationEvent ballastDeparture;
        DerivationEvent closing;
        DerivationEvent lastOfDischargeCall;
        int dischargeConfidence;
        DerivationEvent leftDischargePort;  // the discharge call's departure whose window ends last; null: not departed
        VoyageStatus status;

        Delivery(DerivationEvent opening, Origin origin) {
            this.opening = opening;
            this.origin = origin;
            this.loadingTo = opening.time().to();
            if (origin == Origin.UNKNOWN) {
                status = VoyageStatus.ORIGIN_UNKNOWN;
                loadingTo = opening.time().from();
                closing = opening;
                addToDischargeCall(opening);
            } else {
                status = VoyageStatus.IN_PROGRESS;
                addToLoadingCall(opening);
            }
        }

        /** Same port, not yet departed, and wholly within the gap of the call's latest observation. */
        boolean continuesLoadingCall(DerivationEvent e) {
            return origin == Origin.PORT && e.portId().equals(opening.portId())
                    && (repeats(e, lastOfLoadingCall) || !departedLoadPort && withinGap(e, lastOfLoadingCall));
        }

        void addToLoadingCall(DerivationEvent e) {
            events.add(e);
            lastOfLoadingCall = e;
            loadingConfidence = Math.max(loadingConfidence, e.confidence());
            if (e.time().to().isAfter(loadingTo)) {
                loadingTo = e.time().to();
            }
            if (e.type() == EventType.DEPARTURE && origin == Origin.PORT) {
                departedLoadPort = true;
                if (e.ladenState() == LadenState.BALLAST) {
                    ballastDeparture = e;
                }
            }
        }

        boolean loadingCallShowsCargo() {
            return events.stream().anyMatch(e -> e.type() == EventType.LOADING || e.ladenState() == LadenState.LADEN
                    || e.reportedVolume() != null);
        }

        /**
         * Evidence at sea, at another port, or of a transfer, within the delivery's span: from its first
         * evidence to the end of its discharge call, or, not discharged, to the next delivery's first evidence.
         */
        void attach(DerivationEvent e) {
            events.add(e);
            boolean beforeDischarge = closing == null || e.time().from().isBefore(closing.time().from());
            if (e.ladenState() == LadenState.BALLAST && beforeDischarge && origin != Origin.UNKNOWN) {
                conflicts.add(new Conflict(e.id(), Conflict.Kind.BALLAST_BEFORE_DISCHARGE, "event " + e.id()
                        + " saw the tanker in ballast before any discharge of this delivery was evidenced"));
            }
        }

        void closeAt(DerivationEvent e) {
            closing = e;
            status = VoyageStatus.COMPLETE;
            addToDischargeCall(e);
        }

        /**
         * Same port, and the event could have been seen during the call: it repeats the call's latest event, or its
         * window starts before the tanker left (not departed: within the call gap of the call's latest observation).
         * An event at a discharge port is placed at the end of its window, so a report known only to the day
         * ("arrived on 10 January") comes after a departure at 20:44 that day; it is the same stay, not a second trip.
         */
        boolean continuesDischargeCall(DerivationEvent e) {
            if (!e.portId().equals(closing.portId())) {
                return false;
            }
            if (repeats(e, lastOfDischargeCall)) {
                return true;
            }
            if (leftDischargePort == null) {
                return !e.time().from().isAfter(lastOfDischargeCall.time().from().plus(maxCallGap));
            }
            // windows end exclusively, except an exact one: a departure "on 7 June" is before anything "on 8 June"
            TimeWindow left = leftDischargePort.time();
            return e.time().from().isBefore(left.to()) || e.time().from().equals(left.from());
        }

        void addToDischargeCall(DerivationEvent e) {
            events.add(e);
            lastOfDischargeCall = e;
            dischargeConfidence = Math.max(dischargeConfidence, e.confidence());
            if (e.type() == EventType.DEPARTURE
                    && (leftDischargePort == null || e.time().to().isAfter(leftDischargePort.time().to()))) {
                leftDischargePort = e;
            }
        }

        /** The weaker of the two ends, each as strong as its best event. */
        int confidence() {
            if (origin == Origin.UNKNOWN) {
                return dischargeConfidence;
            }
            return closing == null ? loadingConfidence : Math.min(loadingConfidence, dischargeConfidence);
        }

        /** Only a reported volume makes an estimate independent of the tanker's particulars. */
        boolean estimateUsesParticulars() {
            return events.stream().noneMatch(e -> e.reportedVolume() != null);
        }

        DerivedVoyage toVoyage(TankerParticulars tanker) {
            events.sort(EventOrder.BY_CONTENT);
            List<Long> ids = new ArrayList<>(events.size());
            boolean includesIllustrative = tanker.illustrative() && estimateUsesParticulars();
            for (DerivationEvent e : events) {
                ids.add(e.id());
                includesIllustrative |= e.illustrative();
            }
            return new DerivedVoyage(
                    voyageId(tanker.tankerId(), opening.contentKey()),
                    tanker.tankerId(),
                    origin == Origin.PORT ? opening.portId() : null,
                    closing == null ? null : closing.portId(),
                    opening.time().from(),
                    loadingTo,
                    closing == null ? null : closing.time().from(),
                    closing == null ? null : closing.time().to(),
                    status,
                    opening.id(),
                    closing == null ? null : closing.id(),
                    ids,
                    opening.illustrative(),
                    includesIllustrative,
                    estimator.estimate(tanker, events),
                    confidence(),
                    origin == Origin.TRANSFER ? opening.counterpartTankerId() : null,
                    conflicts);
        }
    }

    /**
     * Whether {@code e}'s whole window lies within the gap of the start of {@code previous}'s: at a loading port a
     * wider window can only separate calls, never join them, so widening an event's window never merges two there.
     */
    private boolean withinGap(DerivationEvent e, DerivationEvent previous) {
        Instant anchor = previous.time().from();
        return !e.time().from().isBefore(anchor.minus(maxCallGap)) && !e.time().to().isAfter(anchor.plus(maxCallGap));
    }

    /**
     * Whether {@code e} is {@code previous} recorded again (the same content: a read shape written back, a file
     * imported twice). Identical events are adjacent in the event order, and a repeat continues the call it repeats,
     * even after a departure: the same fact twice is never a second trip.
     */
    private static boolean repeats(DerivationEvent e, DerivationEvent previous) {
        return e.contentKey().equals(previous.contentKey());
    }

    static UUID voyageId(long tankerId, String openingContentKey) {
        return UUID.nameUUIDFromBytes(("voyage:" + tankerId + ":" + openingContentKey).getBytes(StandardCharsets.UTF_8));
    }
}
