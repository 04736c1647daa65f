package org.tidemark.query;

import java.time.Instant;

/** The retraction of an event: the RETRACTION event's id, its reason, author and time. */
public record Retraction(long eventId, String reason, String recordedBy, Instant recordedAt) {
}
