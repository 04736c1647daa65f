package org.tidemark.timeline;

import java.time.Instant;

import org.tidemark.domain.EventType;
import org.tidemark.domain.EvidenceType;
import org.tidemark.domain.LadenState;
import org.tidemark.domain.PositionSource;
import org.tidemark.domain.Product;
import org.tidemark.domain.StsDirection;
import org.tidemark.domain.TimePrecision;
import org.tidemark.domain.VolumeUnit;
import org.tidemark.domain.VoyageEvent;
import org.tidemark.query.Retraction;

/**
 * A stored event as the API shows it.
 *
 * @param retraction          who retracted this event, when and why; null while it stands (and for retractions themselves)
 * @param counterpartTankerId for a ship-to-ship transfer, the other tanker; null otherwise
 * @param stsDirection        with a counterpart: whether this tanker GAVE or RECEIVED the cargo
 * @param latitude            where the tanker was seen (WGS 84), with longitude; null when not recorded
 * @param positionSource      how that position is known; null without one
 */
public record RecordedEvent(
        long id,
        long tankerId,
        EventType type,
        Instant occurredFrom,
        Instant occurredTo,
        TimePrecision precision,
        Long portId,
        LadenState ladenState,
        Double observedDraftM,
        Double reportedVolume,
        VolumeUnit reportedVolumeUnit,
        Product product,
        EvidenceType evidenceType,
        int confidence,
        long sourceId,
        String notes,
        boolean illustrative,
        Long retractsEventId,
        String recordedBy,
        Instant recordedAt,
        Retraction retraction,
        Long counterpartTankerId,
        StsDirection stsDirection,
        Double latitude,
        Double longitude,
        PositionSource positionSource) {

    /** The event as recorded, not (yet) retracted. */
    public static RecordedEvent of(VoyageEvent e) {
        return of(e, null);
    }

    /** The event with its retraction, or without when {@code retraction} is null. */
    public static RecordedEvent of(VoyageEvent e, VoyageEvent retraction) {
        return new RecordedEvent(e.id, e.tankerId, e.type, e.occurredFrom, e.occurredTo, e.precision, e.portId,
                e.ladenState, e.observedDraftM, e.reportedVolume, e.reportedVolumeUnit, e.product, e.evidenceType,
                e.confidence, e.sourceId, e.notes, e.illustrative, e.retractsEventId, e.recordedBy, e.recordedAt,
                retraction == null ? null
                        : new Retraction(retraction.id, retraction.notes, retraction.recordedBy, retraction.recordedAt),
                e.counterpartTankerId, e.stsDirection, e.latitude, e.longitude, e.positionSource);
    }
}
