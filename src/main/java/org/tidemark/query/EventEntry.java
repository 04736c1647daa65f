package org.tidemark.query;

import java.time.Instant;

import org.tidemark.domain.EventType;
import org.tidemark.domain.EvidenceType;
import org.tidemark.domain.LadenState;
import org.tidemark.domain.PositionSource;
import org.tidemark.domain.Product;
import org.tidemark.domain.StsDirection;
import org.tidemark.domain.TimePrecision;
import org.tidemark.domain.VolumeUnit;

/**
 * A recorded event as the timeline shows it, with whether (and why) it was retracted.
 *
 * @param reason      for a RETRACTION event: why the named event was retracted
 * @param retracted   a RETRACTION event names this event; it stays in the history, derivation ignores it
 * @param retractedBy the retraction that names this event, or null
 * @param counterpart  for a ship-to-ship transfer, the other tanker; null otherwise
 * @param stsDirection with a counterpart: whether the event's tanker GAVE or RECEIVED the cargo
 */
public record EventEntry(
        long id,
        EventType type,
        Instant occurredFrom,
        Instant occurredTo,
        TimePrecision precision,
        VoyageView.Ref port,
        LadenState ladenState,
        Double observedDraftM,
        Double reportedVolume,
        VolumeUnit reportedVolumeUnit,
        Product product,
        EvidenceType evidenceType,
        int confidence,
        String notes,
        boolean illustrative,
        Long retractsEventId,
        String reason,
        boolean retracted,
        Retraction retractedBy,
        String recordedBy,
        Instant recordedAt,
        VoyageView.Ref counterpart,
        StsDirection stsDirection,
        Double latitude,
        Double longitude,
        PositionSource positionSource) {
}
