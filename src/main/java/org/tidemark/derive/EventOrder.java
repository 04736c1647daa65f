package org.tidemark.derive;

import java.util.Comparator;

/**
 * The one order in which a tanker's events are read: by time window, then by the fixed order of
 * event types, then by content. Recording order never enters, so a permutation of recording
 * cannot change what is derived.
 */
public final class EventOrder {

    public static final Comparator<DerivationEvent> BY_CONTENT = Comparator
            .comparing((DerivationEvent e) -> e.time().from())
            .thenComparing(e -> e.time().to())
            .thenComparing(DerivationEvent::type)
            .thenComparing(DerivationEvent::contentKey);

    private EventOrder() {
    }
}
