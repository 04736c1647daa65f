package org.tidemark.derive;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.tidemark.domain.VoyageStatus;

/**
 * One delivery derived from a tanker's events: loaded at a loading port (or at sea from another
 * tanker, or somewhere not evidenced), discharged at a discharge port (or not yet, or unknown),
 * with the events that support it, what contradicts it, and its cargo estimate.
 *
 * @param id                   stable across rebuilds: derived from the tanker and the opening event's content
 * @param loadPortId           null when the loading was at sea ({@code loadedFromTankerId}) or not evidenced
 *                             ({@link VoyageStatus#ORIGIN_UNKNOWN})
 * @param loadingFrom          the start of the loading evidence; for ORIGIN_UNKNOWN, of the earliest evidence
 * @param confidence           1–4: the weaker of the loading and discharge ends, each as strong as its best event
 * @param loadedFromTankerId   the tanker that transferred the cargo at sea, when the delivery began with a transfer
 * @param illustrative         the delivery itself rests on illustrative data (its opening event is illustrative)
 * @param includesIllustrative any supporting event is illustrative, or the estimate rests on assumed tanker particulars
 * @param conflicts            evidence that contradicts this voyage; empty when nothing does
 */
public record DerivedVoyage(
        UUID id,
        long tankerId,
        Long loadPortId,
        Long dischargePortId,
        Instant loadingFrom,
        Instant loadingTo,
        Instant dischargeFrom,
        Instant dischargeTo,
        VoyageStatus status,
        long openingEventId,
        Long closingEventId,
        List<Long> eventIds,
        boolean illustrative,
        boolean includesIllustrative,
        CargoEstimate estimate,
        int confidence,
        Long loadedFromTankerId,
        List<Conflict> conflicts) {

    public DerivedVoyage {
        eventIds = List.copyOf(eventIds);
        conflicts = List.copyOf(conflicts);
    }
}
