package org.tidemark.timeline;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.tidemark.domain.EventType;
import org.tidemark.domain.VoyageEvent;

/** Stored events as the API shows them: what was recorded and, when retracted, who retracted it, when and why. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EventHistory {

    public Optional<RecordedEvent> find(long id) {
        return VoyageEvent.<VoyageEvent>findByIdOptional(id).map(this::recorded);
    }

    /** A stored event as the API shows it, with its retraction if any. */
    public RecordedEvent recorded(VoyageEvent event) {
        VoyageEvent retraction = event.type == EventType.RETRACTION ? null
                : VoyageEvent.findRetractionOf(event.id).orElse(null);
        return RecordedEvent.of(event, retraction);
    }

    /** An event this transaction has just stored: nothing can have retracted it yet. */
    public RecordedEvent recordedNow(VoyageEvent event) {
        return RecordedEvent.of(event, null);
    }
}
