package org.tidemark.aisimport;

import java.util.List;
import java.util.Map;

/**
 * What an AIS import did (or, in a dry run, would do).
 *
 * @param alreadyImported true when a file with the same SHA-256 was imported before: nothing new was stored
 * @param rejected        per reason (docs/AIS.md, "What happens to a bad report"): how many, whether the report was
 *                        dropped or kept with the field unknown, and the source rows of the first few
 * @param reportsStored   reports new to the store; reportsAccepted minus this were stored already (by key)
 * @param skipped         detected events not recorded, per reason (an unmatched vessel, say)
 */
public record AisImportReport(boolean dryRun, boolean alreadyImported, Long fileId, String fileName, String sha256,
                              String layout, boolean gzip, long rowsRead, long reportsAccepted, long reportsStored,
                              Map<String, Rejected> rejected, int vesselsMatched, int vesselsUnmatched,
                              List<String> unmatchedMmsis, int eventsProposed, int eventsRecorded, List<Long> eventIds,
                              int eventsSkipped, List<Skipped> skipped, Long sourceId, Long runId,
                              Map<String, Object> settings, long elapsedMs) {

    /** Reports with one issue. */
    public record Rejected(long count, boolean dropped, List<Long> exampleRows) {
    }

    /** Detected events not recorded for one reason. */
    public record Skipped(String reason, int count) {
    }
}
