package org.tidemark.ingest;

/**
 * What an import did (or, for a dry run, would have done).
 *
 * @param rows              rows read from the file
 * @param eventsAdded       events stored
 * @param duplicatesSkipped rows whose idempotency key was already stored (or used by an earlier row) with the same content
 * @param tankersTouched    tankers that gained events, each re-derived once
 * @param voyagesChanged    derived voyages added, removed or altered, comparing each touched tanker before and after
 * @param elapsedMs         wall time of the import, reading to derivation
 */
public record ImportReport(
        boolean dryRun,
        long rows,
        long eventsAdded,
        long duplicatesSkipped,
        int tankersTouched,
        int voyagesChanged,
        int voyagesAdded,
        int voyagesRemoved,
        int voyagesAltered,
        long elapsedMs) {
}
