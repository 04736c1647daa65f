package org.tidemark.export;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.tidemark.domain.EventType;
import org.tidemark.domain.EvidenceType;
import org.tidemark.domain.LadenState;
import org.tidemark.domain.PositionSource;
import org.tidemark.domain.Product;
import org.tidemark.domain.StsDirection;
import org.tidemark.domain.TimePrecision;
import org.tidemark.domain.VolumeUnit;
import org.tidemark.query.SourceRef;

/**
 * One event as the exports write it: what was recorded, with names instead of ids (so that a file imports
 * into another registry), its source, its retraction, and the port's coordinates for mapping.
 *
 * @param latitude          the recorded position (WGS 84), or null
 * @param portLatitude      the port's coordinates, or null for an event at sea
 * @param retractedByEventId the RETRACTION event naming this one, or null while it stands
 */
record ExportedEvent(
        long id,
        long tankerId,
        String tanker,
        String tankerImo,
        EventType type,
        Instant occurredFrom,
        Instant occurredTo,
        TimePrecision precision,
        String port,
        Double portLatitude,
        Double portLongitude,
        Double latitude,
        Double longitude,
        PositionSource positionSource,
        LadenState ladenState,
        Double observedDraftM,
        Double reportedVolume,
        VolumeUnit reportedVolumeUnit,
        Product product,
        EvidenceType evidenceType,
        int confidence,
        SourceRef source,
        String notes,
        boolean illustrative,
        String counterpart,
        StsDirection stsDirection,
        String idempotencyKey,
        String recordedBy,
        Instant recordedAt,
        Long retractedByEventId,
        String retractionReason) {

    /** Where a map puts the event: its own position, else its port's; null when it has neither. */
    MapPoint mapPoint() {
        if (latitude != null) {
            return new MapPoint(longitude, latitude, positionSource);
        }
        if (portLatitude != null) {
            return new MapPoint(portLongitude, portLatitude, PositionSource.PORT);
        }
        return null;
    }

    /** The time as the import reads it back: a date for DAY, WEEK and MONTH, an instant for EXACT and HOUR. */
    String occurredAt() {
        return switch (precision) {
            case DAY, WEEK, MONTH -> LocalDate.ofInstant(occurredFrom, ZoneOffset.UTC).toString();
            case EXACT, HOUR -> occurredFrom.toString();
            case WINDOW -> null;
        };
    }

    boolean retracted() {
        return retractedByEventId != null;
    }

    /** A position on a map, [longitude, latitude] in WGS 84, and how it is known. */
    record MapPoint(double longitude, double latitude, PositionSource source) {
    }
}
