package org.tidemark.chart;

import java.time.Instant;
import java.util.Objects;

import org.tidemark.domain.VoyageStatus;

/**
 * One voyage on the timeline, from loading to discharge.
 *
 * @param to           discharge, or {@code null} when none is evidenced: an in-progress voyage is then drawn to
 *                     the timeline's as-of instant, any other to its last evidence (at least one day either way)
 * @param href         link for the bar (relative or http(s)); {@code null} for none
 * @param lastEvidence the latest end of any supporting event's time window; {@code null} if not known
 * @param illustrative the voyage itself rests on illustrative data: drawn lighter, and its tooltip says so
 */
public record VoyageBar(String id, String tanker, Instant from, Instant to, VoyageStatus status, String href,
        Instant lastEvidence, boolean illustrative) {

    public VoyageBar {
        Objects.requireNonNull(tanker, "tanker");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(status, "status");
        if (to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("voyage " + id + " ends before it starts");
        }
    }

    /** A documented voyage whose last evidence is not given. */
    public VoyageBar(String id, String tanker, Instant from, Instant to, VoyageStatus status, String href) {
        this(id, tanker, from, to, status, href, null, false);
    }
}
