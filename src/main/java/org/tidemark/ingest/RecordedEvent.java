package org.tidemark.ingest;

import java.time.Instant;

import org.tidemark.domain.EventType;
import org.tidemark.domain.EvidenceType;
import org.tidemark.domain.LadenState;
import org.tidemark.domain.Product;
import org.tidemark.domain.TimePrecision;
import org.tidemark.domain.VolumeUnit;
import org.tidemark.domain.VoyageEvent;

/** A stored event as the API shows it. */
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
        Instant recordedAt) {

    public static RecordedEvent of(VoyageEvent e) {
        return new RecordedEvent(e.id, e.tankerId, e.type, e.occurredFrom, e.occurredTo, e.precision, e.portId,
                e.ladenState, e.observedDraftM, e.reportedVolume, e.reportedVolumeUnit, e.product, e.evidenceType,
                e.confidence, e.sourceId, e.notes, e.illustrative, e.retractsEventId, e.recordedBy, e.recordedAt);
    }
}
