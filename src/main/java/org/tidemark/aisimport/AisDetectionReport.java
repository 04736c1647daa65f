package org.tidemark.aisimport;

import java.util.List;
import java.util.Map;

/**
 * What re-running detection on a stored file did: events of earlier runs the new settings reproduce are kept, the others
 * retracted (with a reason naming the settings), and the new ones recorded.
 */
public record AisDetectionReport(long fileId, long runId, long sourceId, Map<String, Object> settings, long reports,
                                 int eventsProposed, int eventsKept, int eventsRecorded, List<Long> eventIds,
                                 int eventsRetracted, List<Long> retractedEventIds, int eventsSkipped,
                                 List<AisImportReport.Skipped> skipped) {
}
