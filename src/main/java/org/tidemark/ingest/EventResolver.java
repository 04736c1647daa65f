package org.tidemark.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.StringJoiner;

import jakarta.enterprise.context.ApplicationScoped;

import org.tidemark.domain.DomainException;
import org.tidemark.domain.EventType;
import org.tidemark.domain.Port;
import org.tidemark.domain.PortRole;
import org.tidemark.domain.Source;
import org.tidemark.domain.TimeWindow;
import org.tidemark.domain.VoyageEvent;
import org.tidemark.registry.ReferenceCache;

/**
 * Turns a {@link NewVoyageEvent} into the event to store: checks, reference resolution and cross-event rules.
 * <p>
 * The one code path for single events and bulk imports, so the two accept and refuse exactly the same input.
 */
@ApplicationScoped
public class EventResolver {

    /** Events may be dated a little ahead to allow for clock skew and time zones, not more. */
    private static final Duration FUTURE_TOLERANCE = Duration.ofDays(1);

    /** MessageDigest is not thread-safe, and looking one up per row would cost more than the digest. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    });

    private final Clock clock;

    EventResolver() {
        this.clock = Clock.systemUTC();
    }

    /**
     * The event to store (without id, author or idempotency key), or a {@link DomainException}
     * naming the field at fault. Bean validation of {@code in} has already passed.
     */
    public VoyageEvent resolve(NewVoyageEvent in, ReferenceCache references) {
        if (in.type() == EventType.RETRACTION) {
            throw DomainException.invalid("type", "retract an event with POST /api/events/{id}/retraction");
        }
        TimeWindow time = in.timeWindow();
        if ((in.reportedVolume() == null) != (in.reportedVolumeUnit() == null)) {
            throw DomainException.invalid(in.reportedVolume() == null ? "reportedVolume" : "reportedVolumeUnit",
                    "a reported volume needs both reportedVolume and reportedVolumeUnit");
        }
        requireFinite("observedDraftM", in.observedDraftM());
        requireFinite("reportedVolume", in.reportedVolume());
        // PostgreSQL text cannot hold U+0000; refuse it here rather than fail in the database.
        requireNoNul("tanker", in.tanker());
        requireNoNul("port", in.port());
        requireNoNul("source", in.source());
        requireNoNul("notes", in.notes());
        requireNoNul("counterpart", in.counterpart());

        long tankerId = references.tankerAt("tanker", in.tanker(), in.tankerId(), time);
        Port port = in.port() == null || in.port().isBlank() ? null : references.port(in.port());
        Source source = references.source(in.source());
        checkRules(in.type(), time, port);
        Long counterpart = counterpart(in, tankerId, time, references);
        checkPosition(in);

        VoyageEvent event = new VoyageEvent();
        event.tankerId = tankerId;
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
        event.counterpartTankerId = counterpart;
        event.stsDirection = counterpart == null ? null : in.stsDirection();
        event.latitude = in.latitude();
        event.longitude = in.longitude();
        event.positionSource = in.positionSource();
        event.contentKey = contentKey(event);
        return event;
    }

    /**
     * The other tanker of a ship-to-ship transfer, resolved like the event's own (identity at the event's
     * time, an MMSI included); null when none is named.
     */
    private static Long counterpart(NewVoyageEvent in, long tankerId, TimeWindow time, ReferenceCache references) {
        boolean named = in.counterpart() != null && !in.counterpart().isBlank();
        if (!named) {
            if (in.stsDirection() != null) {
                throw DomainException.invalid("counterpart", "stsDirection needs the counterpart tanker it went to or came from");
            }
            return null;
        }
        if (in.type() != EventType.SHIP_TO_SHIP) {
            throw DomainException.invalid("counterpart", "only a SHIP_TO_SHIP event names a counterpart, not a " + in.type());
        }
        if (in.stsDirection() == null) {
            throw DomainException.invalid("stsDirection",
                    "say whether " + in.tanker() + " GAVE or RECEIVED the cargo in the transfer with " + in.counterpart());
        }
        long other = references.tankerAt("counterpart", in.counterpart(), in.counterpartTankerId(), time);
        if (other == tankerId) {
            throw DomainException.unprocessable("counterpart", "the counterpart of a transfer is another tanker, not "
                    + in.tanker() + " itself");
        }
        return other;
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

    /** Both coordinates or neither, finite, and a position source exactly when there is a position. */
    private static void checkPosition(NewVoyageEvent in) {
        requireFinite("latitude", in.latitude());
        requireFinite("longitude", in.longitude());
        if ((in.latitude() == null) != (in.longitude() == null)) {
            throw DomainException.invalid(in.latitude() == null ? "latitude" : "longitude",
                    "a position needs both latitude and longitude (WGS 84 degrees), or neither");
        }
        if (in.latitude() != null && in.positionSource() == null) {
            throw DomainException.invalid("positionSource",
                    "say how the position is known: AIS, SATELLITE_IMAGE, REPORTED, ANALYST_ESTIMATE or PORT");
        }
        if (in.latitude() == null && in.positionSource() != null) {
            throw DomainException.invalid("positionSource", "a position source needs the latitude and longitude it describes");
        }
    }

    private static void requireFinite(String field, Double value) {
        if (value != null && !Double.isFinite(value)) {
            throw DomainException.invalid(field, "must be a finite number");
        }
    }

    private static void requireNoNul(String field, String value) {
        if (value != null && value.indexOf('\u0000') >= 0) {
            throw DomainException.invalid(field, "must not contain the character U+0000");
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
        if (e.counterpartTankerId != null) {
            // Only when named, so that the keys of events without a counterpart stay what they were.
            content.add(String.valueOf(e.counterpartTankerId)).add(String.valueOf(e.stsDirection));
        }
        if (e.latitude != null) {
            // Likewise only with a position (V36): the keys of events recorded before stay what they were.
            content.add("pos").add(String.valueOf(e.latitude)).add(String.valueOf(e.longitude))
                    .add(String.valueOf(e.positionSource));
        }
        byte[] digest = SHA_256.get().digest(content.toString().getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest);
    }
}
