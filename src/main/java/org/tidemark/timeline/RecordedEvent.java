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
import org.tidemark.domain.Port;
import org.tidemark.domain.Source;
import org.tidemark.domain.Tanker;
import org.tidemark.domain.VoyageEvent;
import org.tidemark.query.Retraction;
import org.tidemark.query.SourceRef;
import org.tidemark.query.VoyageView;

/**
 * A stored event as the API shows it; posted back to {@code POST /api/events} as it is, it records the same fact
 * (docs/API.md, "Read and write").
 *
 * @param tanker              the tanker, with its current name (what a write names it by)
 * @param port                the port, with its name; null at sea
 * @param source              the source, with its key (what a write cites it by)
 * @param counterpart         for a ship-to-ship transfer, the other tanker; null otherwise
 * @param tankerId            {@code tanker.id} again (kept for earlier clients)
 * @param retraction          who retracted this event, when and why; null while it stands (and for retractions themselves)
 * @param counterpartTankerId for a ship-to-ship transfer, the other tanker; null otherwise
 * @param stsDirection        with a counterpart: whether this tanker GAVE or RECEIVED the cargo
 * @param latitude            where the tanker was seen (WGS 84), with longitude; null when not recorded
 * @param positionSource      how that position is known; null without one
 */
public record RecordedEvent(
        long id,
        VoyageView.Ref tanker,
        VoyageView.Ref port,
        SourceRef source,
        VoyageView.Ref counterpart,
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

    /** The event with its references and its retraction, or without when {@code retraction} is null. */
    static RecordedEvent of(VoyageEvent e, VoyageEvent retraction) {
        Tanker tanker = Tanker.findById(e.tankerId);
        Port port = e.portId == null ? null : Port.findById(e.portId);
        Source source = Source.findById(e.sourceId);
        Tanker counterpart = e.counterpartTankerId == null ? null : Tanker.findById(e.counterpartTankerId);
        return new RecordedEvent(e.id, new VoyageView.Ref(tanker.id, tanker.name),
                port == null ? null : new VoyageView.Ref(port.id, port.name),
                new SourceRef(source.id, source.key, source.publisher, source.title, source.url, source.publishedOn,
                        source.illustrative),
                counterpart == null ? null : new VoyageView.Ref(counterpart.id, counterpart.name), e.tankerId, e.type, e.occurredFrom, e.occurredTo, e.precision, e.portId,
                e.ladenState, e.observedDraftM, e.reportedVolume, e.reportedVolumeUnit, e.product, e.evidenceType,
                e.confidence, e.sourceId, e.notes, e.illustrative, e.retractsEventId, e.recordedBy, e.recordedAt,
                retraction == null ? null
                        : new Retraction(retraction.id, retraction.notes, retraction.recordedBy, retraction.recordedAt),
                e.counterpartTankerId, e.stsDirection, e.latitude, e.longitude, e.positionSource);
    }
}
