package org.tidemark.ingest;

import java.io.IOException;
import java.io.InputStream;

import com.fasterxml.jackson.databind.ObjectReader;

/** The file formats an import accepts; every row or element is a {@link NewVoyageEvent}, optionally with an idempotencyKey. */
public enum ImportFormat {
    /** RFC 4180 CSV with a header row naming the columns. */
    CSV,
    /** A JSON array of event objects. */
    JSON,
    /** One JSON event object per line. */
    NDJSON;

    EventRows open(InputStream in, ObjectReader events) throws IOException {
        return switch (this) {
            case CSV -> EventRows.csv(in, events);
            case JSON -> EventRows.jsonArray(in, events);
            case NDJSON -> EventRows.jsonLines(in, events);
        };
    }
}
