package org.tidemark.ingest;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import org.tidemark.domain.DomainException;
import org.tidemark.domain.EventType;
import org.tidemark.domain.VoyageEvent;
import org.tidemark.projection.TankerDerivation;
import org.tidemark.registry.ReferenceCache;
import org.tidemark.registry.References;
import org.tidemark.timeline.EventHistory;
import org.tidemark.timeline.RecordedEvent;

/**
 * The write path for single events and retractions: one transaction, the tanker row locked.
 * <p>
 * Resolves and checks the event with EventResolver (shared with bulk import), honours the idempotency key,
 * appends, and re-derives the stretch of the tanker's history the event can affect.
 */
@ApplicationScoped
@Transactional
public class EventRecorder {

    private static final Counter RECORDED = recorded("event");
    private static final Counter RETRACTED = recorded("retraction");

    private final References references;
    private final EventResolver resolver;
    private final IdempotencyKeys keys;
    private final EventHistory history;
    private final TankerDerivation derivation;
    private final Clock clock;

    EventRecorder(References references, EventResolver resolver, IdempotencyKeys keys, EventHistory history,
                  TankerDerivation derivation) {
        this.references = references;
        this.resolver = resolver;
        this.keys = keys;
        this.history = history;
        this.derivation = derivation;
        this.clock = Clock.systemUTC();
    }

    /** What {@link #record} did: the event, and whether this call stored it or found it stored by an earlier call. */
    public record Outcome(RecordedEvent event, boolean created) {
    }

    /**
     * Records one event. With an idempotency key: a retry with the same content returns the event
     * first recorded (created = false), the same key with other content is refused (422), and a
     * request while another with that key is still running is told so (409).
     */
    public Outcome record(NewVoyageEvent in, String recordedBy, String idempotencyKey) {
        VoyageEvent event = resolver.resolve(in, references.cache());
        if (idempotencyKey != null) {
            keys.claim(idempotencyKey);
            Optional<VoyageEvent> earlier = VoyageEvent.findByIdempotencyKey(idempotencyKey);
            if (earlier.isPresent()) {
                if (!earlier.get().contentKey.equals(event.contentKey)) {
                    throw DomainException.unprocessable("Idempotency-Key",
                            "the key '" + idempotencyKey + "' was already used for a different event (id "
                                    + earlier.get().id + "); use a new key for a new event");
                }
                return new Outcome(history.recorded(earlier.get()), false);
            }
        }
        List<Long> tankers = derivation.lockAll(involved(event));
        event.idempotencyKey = idempotencyKey;
        event.recordedBy = recordedBy;
        event.recordedAt = clock.instant();
        try {
            event.persistAndFlush();
        } catch (PersistenceException e) {
            DomainException duplicate = IdempotencyKeys.duplicateKey(e, idempotencyKey);
            throw duplicate != null ? duplicate : e;
        }
        tankers.forEach(tanker -> derivation.rederiveAround(tanker, event.id));
        RECORDED.increment();
        return new Outcome(history.recordedNow(event), true);
    }

    /**
     * Records several events in one transaction (e.g. those an AIS import detected): each is resolved and checked as
     * {@link #record} would, all are appended, then each tanker they touch is locked and re-derived once. The first
     * event the rules refuse refuses them all. Returns the ids in the order given.
     */
    public List<Long> recordAll(List<NewVoyageEvent> in, String recordedBy) {
        if (in.isEmpty()) {
            return List.of();
        }
        ReferenceCache cache = references.cache();
        List<VoyageEvent> events = new ArrayList<>(in.size());
        Set<Long> tankers = new LinkedHashSet<>();
        for (NewVoyageEvent e : in) {
            VoyageEvent event = resolver.resolve(e, cache);
            events.add(event);
            tankers.addAll(involved(event));
        }
        derivation.lockAll(tankers);
        List<Long> ids = new ArrayList<>(events.size());
        for (VoyageEvent event : events) {
            event.recordedBy = recordedBy;
            event.recordedAt = clock.instant();
            event.persist();
            ids.add(event.id);
        }
        derivation.rederiveAll(tankers);
        RECORDED.increment(events.size());
        return ids;
    }

    /**
     * Retracts several events with one reason in one transaction, re-deriving each tanker they touch once. An event
     * already retracted is left as it is (its retraction stands); returns the ids of the retractions appended.
     */
    public List<Long> retractAll(List<Long> eventIds, String reason, String recordedBy) {
        List<VoyageEvent> targets = new ArrayList<>();
        Set<Long> tankers = new LinkedHashSet<>();
        for (long id : eventIds) {
            VoyageEvent target = VoyageEvent.<VoyageEvent>findByIdOptional(id)
                    .orElseThrow(() -> DomainException.notFound("there is no event " + id));
            if (target.type == EventType.RETRACTION) {
                throw DomainException.unprocessable("id", "event " + id + " is itself a retraction");
            }
            targets.add(target);
            tankers.addAll(involved(target));
        }
        derivation.lockAll(tankers);
        List<Long> ids = new ArrayList<>();
        for (VoyageEvent target : targets) {
            if (VoyageEvent.findRetractionOf(target.id).isPresent()) {
                continue;
            }
            VoyageEvent retraction = retractionOf(target, reason, recordedBy);
            retraction.persist();
            ids.add(retraction.id);
        }
        derivation.rederiveAll(tankers);
        RETRACTED.increment(ids.size());
        return ids;
    }

    /** Events stored one at a time (an import counts its rows in tidemark.import.rows). */
    private static Counter recorded(String kind) {
        return Counter.builder("tidemark.events.recorded").description("Events recorded one at a time (POST), by kind")
                .tag("kind", kind).register(Metrics.globalRegistry);
    }

    /** The tanker the event is recorded on and, for a transfer, its counterpart: both derive from it. */
    private static List<Long> involved(VoyageEvent e) {
        return e.counterpartTankerId == null ? List.of(e.tankerId) : List.of(e.tankerId, e.counterpartTankerId);
    }

    /**
     * Retracts an event: appends a RETRACTION event naming it, with the reason and the author, and
     * re-derives the tanker without it. The retracted event stays in the history.
     */
    public Outcome retract(long eventId, String reason, String recordedBy) {
        VoyageEvent target = VoyageEvent.<VoyageEvent>findByIdOptional(eventId)
                .orElseThrow(() -> DomainException.notFound("there is no event " + eventId));
        if (target.type == EventType.RETRACTION) {
            throw DomainException.unprocessable("id", "event " + eventId
                    + " is itself a retraction; record the original fact again instead of retracting the retraction");
        }
        List<Long> tankers = derivation.lockAll(involved(target));
        Optional<VoyageEvent> existing = VoyageEvent.findRetractionOf(eventId);
        if (existing.isPresent()) {
            throw DomainException.conflict("id", "event " + eventId + " was already retracted by event "
                    + existing.get().id + " (" + existing.get().recordedBy + ", " + existing.get().recordedAt + ")");
        }
        VoyageEvent retraction = retractionOf(target, reason, recordedBy);
        retraction.persist();
        tankers.forEach(tanker -> derivation.rederiveAround(tanker, target.id));
        RETRACTED.increment();
        return new Outcome(history.recordedNow(retraction), true);
    }

    private VoyageEvent retractionOf(VoyageEvent target, String reason, String recordedBy) {
        VoyageEvent retraction = new VoyageEvent();
        retraction.tankerId = target.tankerId;
        retraction.type = EventType.RETRACTION;
        retraction.occurredFrom = target.occurredFrom;
        retraction.occurredTo = target.occurredTo;
        retraction.precision = target.precision;
        retraction.evidenceType = target.evidenceType;
        retraction.confidence = target.confidence;
        retraction.sourceId = target.sourceId;
        retraction.notes = reason;
        retraction.illustrative = target.illustrative;
        retraction.retractsEventId = target.id;
        retraction.contentKey = EventResolver.contentKey(retraction);
        retraction.recordedBy = recordedBy;
        retraction.recordedAt = clock.instant();
        return retraction;
    }
}
