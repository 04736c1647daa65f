package org.tidemark.derive;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.tidemark.domain.VoyageStatus;

/**
 * One delivery derived from a tanker's events: loaded at a loading port, discharged at a discharge
 * port (or not yet, or unknown), with the events that support it and its cargo estimate.
 *
 * @param id                   stable across rebuilds: derived from the tanker and the opening event's content
 * @param illustrative         the delivery itself rests on illustrative data (its opening event is illustrative)
 * @param includesIllustrative any supporting event is illustrative, or the estimate rests on assumed tanker particulars
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
        CargoEstimate estimate) {

    public DerivedVoyage {
        eventIds = List.copyOf(eventIds);
    }
}
