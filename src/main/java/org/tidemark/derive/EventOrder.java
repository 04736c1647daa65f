package org.tidemark.derive;

import java.time.Instant;
import java.util.Comparator;

import org.tidemark.domain.PortRole;

/**
 * The one order in which a tanker's events are read. Recording order never enters, so a
 * permutation of recording cannot change what is derived.
 * <p>
 * An event is placed where its window allows it to be for what it may close: an event at a
 * discharge port at the end of its window (a discharge "in March" can close a loading seen on
 * 12 March), every other event at the start of its window. Ties go by window, then the fixed order
 * of event types, then content.
 */
public final class EventOrder {

    public static final Comparator<DerivationEvent> BY_CONTENT = Comparator
            .comparing(EventOrder::placedAt)
            .thenComparing(e -> e.time().from())
            .thenComparing(e -> e.time().to())
            .thenComparing(DerivationEvent::type)
            .thenComparing(DerivationEvent::contentKey);

    private EventOrder() {
    }

    static Instant placedAt(DerivationEvent e) {
        return e.atPort(PortRole.DISCHARGE) ? e.time().to() : e.time().from();
    }
}
