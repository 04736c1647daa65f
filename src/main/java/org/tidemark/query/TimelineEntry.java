package org.tidemark.query;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One line of the timeline: a recorded event or a derived voyage, with the tanker and the source
 * it rests on. Exactly one of {@code event} and {@code voyage} is set, as {@code kind} says.
 *
 * @param id     the event id (digits) or the voyage id (a UUID)
 * @param at     what the entry is dated and ordered by: an event's occurred_from, a voyage's loading_from
 * @param source the event's source; for a voyage, the source of the event that opened it
 * @param illustrative the event is illustrative, or the voyage rests on any illustrative event
 */
public record TimelineEntry(
        Kind kind,
        String id,
        Instant at,
        VoyageView.Ref tanker,
        boolean illustrative,
        SourceRef source,
        EventEntry event,
        VoyageView voyage) {

    /** Events come before voyages at the same instant; this order is part of the timeline's total order. */
    @Schema(description = "EVENT or VOYAGE; at the same instant events come first")
    public enum Kind {
        EVENT,
        VOYAGE
    }
}
