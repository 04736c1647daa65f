package org.tidemark.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.StringJoiner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.tidemark.domain.DomainException;
import org.tidemark.domain.EventType;
import org.tidemark.domain.Port;
import org.tidemark.domain.PortRole;
import org.tidemark.domain.Source;
import org.tidemark.domain.Tanker;
import org.tidemark.domain.TimeWindow;
import org.tidemark.domain.VoyageEvent;

/**
 * The write path for single events: resolve references, check the rules that span events,
 * append, and re-derive the tanker, all in one transaction with the tanker row locked.
 */
@ApplicationScoped
@Transactional
public class EventRecorder {

    /** Events may be dated a little ahead to allow for clock skew and time zones, not more. */
    private static final Duration FUTURE_TOLERANCE = Duration.ofDays(1);

    private final References references;
    private final TankerDerivation derivation;
    private final Clock clock;

    EventRecorder(References references, TankerDerivation derivation) {
        this.references = references;
        this.derivation = derivation;
        this.clock = Clock.systemUTC();
    }

    /** What {@link #record} did: the event, and whether this call stored it or found it stored by an earlier call. */
    public record Outcome(RecordedEvent event, boolean created) {
    }

    public Outcome record(NewVoyageEvent in, String recordedBy, String idempotencyKey) {
        if (in.type() == EventType.RETRACTION) {
            throw DomainException.invalid("type", "retract an event with POST /api/events/{id}/retraction");
        }
        TimeWindow time = in.timeWindow();
        if ((in.reportedVolume() == null) != (in.reportedVolumeUnit() == null)) {
            throw DomainException.invalid(in.reportedVolume() == null ? "reportedVolume" : "reportedVolumeUnit",
                    "a reported volume needs both reportedVolume and reportedVolumeUnit");
        }
        Tanker tanker = derivation.lock(references.tanker(in.tanker()).id);
        Port port = in.port() == null || in.port().isBlank() ? null : references.port(in.port());
        Source source = references.source(in.source());
        checkRules(in.type(), time, port);

        VoyageEvent event = new VoyageEvent();
        event.tankerId = tanker.id;
        event.portId = port == null ? null : port.id;
        event.type = in.type();
        event.occurredFrom = time.from();
        event.occurredTo = time.to();
        event.precision = time.precision();
        event.ladenState = in.ladenState();
        event.observedDraftM = in.observedDraftM();
        event.reportedVolume = in.reportedVolume();
        event.reportedVolumeUnit = in.reportedVolumeUnit();
        event.product = in.product();
        event.evidenceType = in.evidenceType();
        event.confidence = in.confidence().shortValue();
        event.sourceId = source.id;
        event.notes = in.notes();
        event.illustrative = in.illustrative();
        event.contentKey = contentKey(event);

        if (idempotencyKey != null) {
            Optional<VoyageEvent> earlier = VoyageEvent.findByIdempotencyKey(idempotencyKey);
            if (earlier.isPresent()) {
                if (!earlier.get().contentKey.equals(event.contentKey)) {
                    throw DomainException.unprocessable("Idempotency-Key",
                            "the key '" + idempotencyKey + "' was already used for a different event (id "
                                    + earlier.get().id + "); use a new key for a new event");
                }
                return new Outcome(RecordedEvent.of(earlier.get()), false);
            }
        }
        event.idempotencyKey = idempotencyKey;
        event.recordedBy = recordedBy;
        event.recordedAt = clock.instant();
        event.persist();
        derivation.rederive(tanker);
        return new Outcome(RecordedEvent.of(event), true);
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
        Tanker tanker = derivation.lock(target.tankerId);
        Optional<VoyageEvent> existing = VoyageEvent.findRetractionOf(eventId);
        if (existing.isPresent()) {
            throw DomainException.conflict("id", "event " + eventId + " was already retracted by event "
                    + existing.get().id + " (" + existing.get().recordedBy + ", " + existing.get().recordedAt + ")");
        }
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
        retraction.contentKey = contentKey(retraction);
        retraction.recordedBy = recordedBy;
        retraction.recordedAt = clock.instant();
        retraction.persist();
        derivation.rederive(tanker);
        return new Outcome(RecordedEvent.of(retraction), true);
    }

    private void checkRules(EventType type, TimeWindow time, Port port) {
        if (time.from().isAfter(clock.instant().plus(FUTURE_TOLERANCE))) {
            throw DomainException.unprocessable("occurredAt", "the event is dated " + time.from()
                    + ", in the future; record what was observed, once it was");
        }
        boolean needsPort = type == EventType.ARRIVAL || type == EventType.DEPARTURE
                || type == EventType.LOADING || type == EventType.DISCHARGE;
        if (needsPort && port == null) {
            throw DomainException.invalid("port", "a " + type + " event needs the port it happened at");
        }
        if (type == EventType.LOADING && port.role == PortRole.DISCHARGE
                || type == EventType.DISCHARGE && port.role == PortRole.LOADING) {
            throw DomainException.unprocessable("port", "a " + type + " event cannot be at " + port.name
                    + ", which is recorded as a " + port.role + " port; amend the port's role if it is wrong");
        }
    }

    /** A digest of everything the event states, independent of when or by whom it was recorded. */
    static String contentKey(VoyageEvent e) {
        StringJoiner content = new StringJoiner("|");
        content.add(String.valueOf(e.tankerId)).add(String.valueOf(e.type))
                .add(String.valueOf(e.occurredFrom)).add(String.valueOf(e.occurredTo)).add(String.valueOf(e.precision))
                .add(String.valueOf(e.portId)).add(String.valueOf(e.ladenState)).add(String.valueOf(e.observedDraftM))
                .add(String.valueOf(e.reportedVolume)).add(String.valueOf(e.reportedVolumeUnit))
                .add(String.valueOf(e.product)).add(String.valueOf(e.evidenceType))
                .add(String.valueOf(e.confidence)).add(String.valueOf(e.sourceId)).add(String.valueOf(e.notes))
                .add(String.valueOf(e.illustrative)).add(String.valueOf(e.retractsEventId));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e1) {
            throw new IllegalStateException("every JVM has SHA-256", e1);
        }
    }
}
