package org.tidemark.derive;

import java.time.Instant;
import java.util.Objects;

/**
 * The stretch of a tanker's history that a change can affect (see {@link DerivationCut}): the voyages loaded from
 * {@code from} until {@code until}, derived from the events starting in between and the event that opens the
 * delivery at {@code until}.
 *
 * @param until          the next cut after the change, or null: to the end of the history
 * @param untilOpeningId the event that opens the delivery at {@code until}, or null with it
 */
public record DerivationSpan(Instant from, Instant until, Long untilOpeningId) {

    public DerivationSpan {
        Objects.requireNonNull(from, "from");
        if ((until == null) != (untilOpeningId == null)) {
            throw new IllegalArgumentException("an end and the event that opens there go together");
        }
    }

    /** Whether a voyage loaded (or, for an origin-unknown one, first seen) at this time lies in the span. */
    public boolean holds(Instant loadingFrom) {
        return !loadingFrom.isBefore(from) && (until == null || loadingFrom.isBefore(until));
    }

    /** Whether the event is one the span's derivation reads. */
    boolean reads(DerivationEvent e) {
        return holds(e.time().from()) || (untilOpeningId != null && e.id() == untilOpeningId);
    }
}
