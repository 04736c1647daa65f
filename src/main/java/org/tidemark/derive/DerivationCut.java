package org.tidemark.derive;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.tidemark.domain.PortRole;

/**
 * Finds the call boundaries around a changed event that the change cannot move, so that a recorded or retracted
 * event re-derives the voyages between them instead of the tanker's whole history.
 * <p>
 * <b>Contract.</b> {@code recent} holds every live event of the tanker whose window ends at or after
 * {@code recentFrom} and starts at or before {@code recentUntil} (it may hold others too); {@code changed} is the
 * event recorded (then it is among them) or retracted (then it is not). A span returned holds, for the history
 * before the change and the one after it alike: every event before a cut in {@link EventOrder} starts before it,
 * every event from it on starts at or after it; the voyages loaded before {@code from} and those loaded from
 * {@code until} on are the same with and without the change; and the voyages in between are those that
 * {@link VoyageDeriver#deriveSpan} derives from the events in the span. {@code VoyageDeriverCutProperties} checks
 * this over random histories.
 * <p>
 * <b>Why it holds.</b> A cut is an event at a loading port that opens a delivery (it does not continue an open
 * loading call): from there on the walk's state is what a walk starting there would have, so the voyages before
 * it depend only on the events before it and on the cut itself. What crosses a cut otherwise is evidence attached
 * by time, so a cut also needs every event before it that is, or may be, loose to end (with the call gap, at a
 * discharge port) before it, and every loose event after it at a discharge port to start beyond the call gap of
 * the events before it at that port. The walk's state is known from the first event that provably opens a
 * delivery (no event before it could hold it in its call) to the last event whose place in the order every unread
 * event comes after; outside, an event counts as possibly loose unless its kind is always taken by a call. Cuts
 * lie a call gap inside the bounds of what was read, beyond the reach of unread events.
 */
final class DerivationCut {

    private final VoyageDeriver deriver;
    private final Duration gap;

    DerivationCut(VoyageDeriver deriver, Duration maxCallGap) {
        this.deriver = deriver;
        this.gap = maxCallGap;
    }

    Optional<DerivationSpan> around(DerivationEvent changed, Collection<DerivationEvent> recent, Instant recentFrom,
                                    Instant recentUntil) {
        List<DerivationEvent> without = new ArrayList<>(recent.size());
        for (DerivationEvent e : VoyageDeriver.liveInOrder(recent)) {
            if (e.id() != changed.id()) {
                without.add(e);
            }
        }
        List<DerivationEvent> with = new ArrayList<>(without);
        with.add(changed);
        with.sort(EventOrder.BY_CONTENT);
        int at = with.indexOf(changed);
        Instant earliest = recentFrom.equals(Instant.MIN) ? Instant.MIN : recentFrom.plus(gap);
        Instant latest = recentUntil.equals(Instant.MAX) ? Instant.MAX : recentUntil.minus(gap);

        int sync = -1;
        for (int i = 0; i < at && sync < 0; i++) {
            DerivationEvent e = with.get(i);
            if (e.atPort(PortRole.LOADING) && !e.time().from().isBefore(earliest) && opensWhateverCameBefore(with, i)) {
                sync = i;
            }
        }
        if (sync < 0) {
            return Optional.empty();
        }
        History after = new History(with, sync, recentUntil);
        History before = new History(without, sync, recentUntil);
        Instant from = null;
        for (int c = at - 1; c >= sync && from == null; c--) {
            DerivationEvent cut = with.get(c);
            if (after.cutsAt(cut, earliest, latest) && before.cutsAt(cut, earliest, latest)) {
                from = cut.time().from();
            }
        }
        if (from == null) {
            return Optional.empty();
        }
        for (int c = at + 1; c < with.size(); c++) {
            DerivationEvent cut = with.get(c);
            if (after.cutsAt(cut, earliest, latest) && before.cutsAt(cut, earliest, latest)) {
                return Optional.of(new DerivationSpan(from, cut.time().from(), cut.id()));
            }
        }
        return recentUntil.equals(Instant.MAX) ? Optional.of(new DerivationSpan(from, null, null)) : Optional.empty();
    }

    /** No event before position {@code i} could hold the loading-port event there in its call: it opens a delivery. */
    private boolean opensWhateverCameBefore(List<DerivationEvent> ordered, int i) {
        DerivationEvent e = ordered.get(i);
        for (int j = 0; j < i; j++) {
            DerivationEvent x = ordered.get(j);
            if (x.atPort(PortRole.LOADING) && deriver.sameCall(e, x)) {
                return false;
            }
        }
        return true;
    }

    /** One history (before or after the change) as read, with what its walk says where the walk's state is known. */
    private final class History {
        final List<DerivationEvent> events;
        final Map<Long, Integer> index = new HashMap<>();
        final int known;        // the walk's state is known from here...
        final int knownUntil;   // ...to here (exclusive): every unread event comes after
        final VoyageDeriver.Classified walk;

        History(List<DerivationEvent> events, int sync, Instant recentUntil) {
            this.events = events;
            for (int i = 0; i < events.size(); i++) {
                index.put(events.get(i).id(), i);
            }
            int end = events.size();
            while (end > sync && EventOrder.placedAt(events.get(end - 1)).isAfter(recentUntil)) {
                end--;
            }
            this.known = sync;
            this.knownUntil = end;
            this.walk = deriver.classify(events.subList(sync, end));
        }

        boolean cutsAt(DerivationEvent cut, Instant earliest, Instant latest) {
            int c = index.get(cut.id());
            Instant t = cut.time().from();
            if (c >= knownUntil || !walk.portOpenings().contains(cut.id()) || t.isBefore(earliest) || t.isAfter(latest)) {
                return false;
            }
            for (int i = 0; i < events.size(); i++) {
                DerivationEvent e = events.get(i);
                boolean beforeCut = i < c;
                if (beforeCut != e.time().from().isBefore(t)) {
                    return false; // the cut must split the events by their start
                }
                if (beforeCut && looseOrMaybe(i) && !e.time().to().plus(reach(e)).isBefore(t)) {
                    return false; // loose evidence before the cut could reach a delivery after it
                }
            }
            for (int i = c; i < events.size(); i++) {
                DerivationEvent e = events.get(i);
                if (!e.atPort(PortRole.DISCHARGE) || !looseOrMaybe(i)) {
                    continue;
                }
                Instant reachFrom = e.time().from().minus(gap);
                for (int j = 0; j < c; j++) {
                    DerivationEvent x = events.get(j);
                    if (e.portId().equals(x.portId()) && x.time().to().isAfter(reachFrom)) {
                        return false; // it could reach a discharge call before the cut
                    }
                }
            }
            return true;
        }

        private boolean looseOrMaybe(int i) {
            return i < known || i >= knownUntil ? mayBeLoose(events.get(i)) : walk.loose().contains(events.get(i).id());
        }
    }

    /** Loading-port events always open or continue a call; cargo at a discharge port always closes or opens one. */
    private static boolean mayBeLoose(DerivationEvent e) {
        return !e.atPort(PortRole.LOADING) && !(e.atPort(PortRole.DISCHARGE) && VoyageDeriver.deliversCargo(e));
    }

    private Duration reach(DerivationEvent e) {
        return e.atPort(PortRole.DISCHARGE) ? gap : Duration.ZERO;
    }
}
