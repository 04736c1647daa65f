package org.tidemark.derive;

/**
 * Evidence that contradicts the voyage it is attached to. Derivation keeps the voyage and the
 * evidence and says so, rather than resolving the contradiction silently.
 *
 * @param eventId     the event that contradicts the voyage
 * @param kind        what kind of contradiction
 * @param explanation one sentence an analyst can act on
 */
public record Conflict(long eventId, Kind kind, String explanation) {

    public enum Kind {
        /** The tanker left the loading port in ballast, yet other evidence says it carried cargo. */
        BALLAST_DEPARTURE_WITH_CARGO,
        /** Seen in ballast while a delivery was open, before any discharge. */
        BALLAST_BEFORE_DISCHARGE,
        /** A discharge with no loading evidenced since the tanker's previous discharge. */
        DISCHARGE_WITHOUT_LOADING
    }
}
