package org.tidemark.web;

import java.util.List;

import org.tidemark.ingest.ImportRejected;
import org.tidemark.ingest.ImportReport;

/**
 * What an upload came to: nothing yet, a report (dry run or stored), or the rows that were refused.
 *
 * @param message the refusal's sentence ("2 rows are bad, so nothing was stored"), or null
 */
public record ImportOutcome(String fileName, boolean dryRun, ImportReport report, String message,
        List<ImportRejected.RowError> errors) {

    static final ImportOutcome NONE = new ImportOutcome(null, true, null, null, List.of());

    public boolean refused() {
        return message != null;
    }

    public boolean done() {
        return report != null || message != null;
    }
}
