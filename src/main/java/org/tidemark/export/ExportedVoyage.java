package org.tidemark.export;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.tidemark.domain.EstimateMethod;
import org.tidemark.domain.VoyageStatus;
import org.tidemark.query.DesignatedAtTheTime;
import org.tidemark.query.SourceRef;

/**
 * One derived voyage as the exports write it.
 *
 * @param path    the positions on its way, [longitude, latitude]: the loading port, then the supporting transfers,
 *                sightings and AIS events that carry a recorded position (in event order), then the discharge port
 * @param sources the distinct sources of its supporting events, by key
 */
record ExportedVoyage(
        UUID id,
        long tankerId,
        String tanker,
        String tankerImo,
        String loadPort,
        String dischargePort,
        String loadedFrom,
        Instant loadingFrom,
        Instant loadingTo,
        Instant dischargeFrom,
        Instant dischargeTo,
        VoyageStatus status,
        int confidence,
        boolean illustrative,
        boolean includesIllustrative,
        EstimateMethod method,
        Double lowBbl,
        Double centralBbl,
        Double highBbl,
        Double lowT,
        Double centralT,
        Double highT,
        DesignatedAtTheTime designatedAtTheTime,
        List<double[]> path,
        List<SourceRef> sources) {

    /** The latest time the voyage is known to span: its discharge, else its loading window's end. */
    Instant end() {
        return dischargeTo != null ? dischargeTo : loadingTo;
    }
}
