package org.tidemark.derive;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.tidemark.domain.EventType;
import org.tidemark.domain.LadenState;
import org.tidemark.domain.PortRole;
import org.tidemark.domain.VoyageStatus;

/**
 * Turns one tanker's recorded events into its deliveries. Pure: the same events give the same
 * voyages, whatever order they were recorded in. The rules are written out in docs/ARCHITECTURE.md:
 * <ol>
 * <li>Retractions, and the events they retract, are dropped.</li>
 * <li>The rest are read in {@link EventOrder}.</li>
 * <li>A call at a loading port (consecutive events at that port, up to its departure) opens a
 * delivery, unless the tanker is seen leaving in ballast.</li>
 * <li>The next event at a discharge port closes it (COMPLETE); later events of that discharge call
 * attach to it.</li>
 * <li>A new loading call while a delivery is open closes the open one as INFERRED, discharge port
 * unknown; a delivery still open at the end is IN_PROGRESS.</li>
 * <li>Events at sea or at other ports attach to the open delivery as evidence.</li>
 * </ol>
 */
public final class VoyageDeriver {

    private final CargoEstimator estimator;

    public VoyageDeriver(EstimationSettings settings) {
        this.estimator = new CargoEstimator(settings);
    }

    public List<DerivedVoyage> derive(TankerParticulars tanker, Collection<DerivationEvent> recorded) {
        List<DerivationEvent> live = liveInOrder(recorded);
        List<Delivery> deliveries = new ArrayList<>();
        Delivery open = null;
        Delivery lastClosed = null;
        for (DerivationEvent e : live) {
            if (e.atPort(PortRole.LOADING)) {
                if (open != null && open.continuesLoadingCall(e)) {
                    open.addToLoadingCall(e);
                } else {
                    if (open != null) {
                        open.status = VoyageStatus.INFERRED;
                    }
                    open = new Delivery(e);
                    deliveries.add(open);
                    lastClosed = null;
                }
            } else if (e.atPort(PortRole.DISCHARGE)) {
                if (open != null) {
                    open.closeAt(e);
                    lastClosed = open;
                    open = null;
                } else if (lastClosed != null && lastClosed.continuesDischargeCall(e)) {
                    lastClosed.addToDischargeCall(e);
                }
            } else if (open != null) {
                open.events.add(e);
            }
        }
        List<DerivedVoyage> voyages = new ArrayList<>();
        for (Delivery d : deliveries) {
            if (!d.leftInBallast) {
                voyages.add(d.toVoyage(tanker));
            }
        }
        return voyages;
    }

    static List<DerivationEvent> liveInOrder(Collection<DerivationEvent> recorded) {
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

    /** A delivery under construction while the events are walked. */
    private final class Delivery {
        final DerivationEvent opening;
        final List<DerivationEvent> events = new ArrayList<>();
        Instant loadingTo;
        boolean departedLoadPort;
        boolean leftInBallast;
        DerivationEvent closing;
        boolean departedDischargePort;
        VoyageStatus status = VoyageStatus.IN_PROGRESS;

        Delivery(DerivationEvent opening) {
            this.opening = opening;
            this.loadingTo = opening.time().to();
            addToLoadingCall(opening);
        }

        boolean continuesLoadingCall(DerivationEvent e) {
            return !departedLoadPort && e.portId().equals(opening.portId());
        }

        void addToLoadingCall(DerivationEvent e) {
            events.add(e);
            if (e.time().to().isAfter(loadingTo)) {
                loadingTo = e.time().to();
            }
            if (e.type() == EventType.DEPARTURE) {
                departedLoadPort = true;
                leftInBallast = e.ladenState() == LadenState.BALLAST;
            }
        }

        void closeAt(DerivationEvent e) {
            closing = e;
            status = VoyageStatus.COMPLETE;
            addToDischargeCall(e);
        }

        boolean continuesDischargeCall(DerivationEvent e) {
            return !departedDischargePort && e.portId().equals(closing.portId());
        }

        void addToDischargeCall(DerivationEvent e) {
            events.add(e);
            if (e.type() == EventType.DEPARTURE) {
                departedDischargePort = true;
            }
        }

        /** Only a reported volume makes an estimate independent of the tanker's particulars. */
        boolean estimateUsesParticulars() {
            return events.stream().noneMatch(e -> e.reportedVolume() != null);
        }

        DerivedVoyage toVoyage(TankerParticulars tanker) {
            List<Long> ids = new ArrayList<>(events.size());
            boolean includesIllustrative = tanker.illustrative() && estimateUsesParticulars();
            for (DerivationEvent e : events) {
                ids.add(e.id());
                includesIllustrative |= e.illustrative();
            }
            return new DerivedVoyage(
                    voyageId(tanker.tankerId(), opening.contentKey()),
                    tanker.tankerId(),
                    opening.portId(),
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
                    estimator.estimate(tanker, events));
        }
    }

    static UUID voyageId(long tankerId, String openingContentKey) {
        return UUID.nameUUIDFromBytes(("voyage:" + tankerId + ":" + openingContentKey).getBytes(StandardCharsets.UTF_8));
    }
}
