package org.tidemark.query;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.UUID;

import org.tidemark.domain.DomainException;

/** A keyset position in the timeline's order, opaque to clients (base64url of "v1|epoch µs|kind|id") so it can change. */
public record Cursor(Instant at, TimelineEntry.Kind kind, long eventId, UUID voyageId) {

    private static final Instant FIRST_STORED = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant AFTER_LAST_STORED = Instant.parse("+10000-01-01T00:00:00Z");

    private static final String VERSION = "v1";

    public static Cursor after(TimelineEntry entry) {
        return entry.kind() == TimelineEntry.Kind.EVENT
                ? new Cursor(entry.at(), entry.kind(), entry.event().id(), null)
                : new Cursor(entry.at(), entry.kind(), 0, entry.voyage().id());
    }

    public String encode() {
        // PostgreSQL keeps microseconds: anything finer would never compare equal to a stored time
        // (ChronoUnit.MICROS.between counts in nanoseconds first, which overflows before 1677)
        long micros = Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), at.getNano() / 1_000);
        String id = kind == TimelineEntry.Kind.EVENT ? Long.toString(eventId) : voyageId.toString();
        String plain = VERSION + "|" + micros + "|" + kind.name() + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** The position a client sent back, or null for the first page; a cursor that was not ours is a 400. */
    public static Cursor decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String plain = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8);
            String[] parts = plain.split("\\|", -1);
            if (parts.length != 4 || !VERSION.equals(parts[0])) {
                throw malformed();
            }
            Instant at = Instant.EPOCH.plus(Long.parseLong(parts[1]), ChronoUnit.MICROS);
            if (!withinStoredYears(at)) {
                throw malformed();
            }
            TimelineEntry.Kind kind = TimelineEntry.Kind.valueOf(parts[2]);
            return kind == TimelineEntry.Kind.EVENT
                    ? new Cursor(at, kind, Long.parseLong(parts[3]), null)
                    : new Cursor(at, kind, 0, UUID.fromString(parts[3]));
        } catch (IllegalArgumentException | ArithmeticException | DateTimeException e) {
            throw malformed();
        }
    }

    private static DomainException malformed() {
        return DomainException.invalid("cursor",
                "the cursor is malformed; pass the nextCursor of the previous page unchanged, or none for the first page");
    }

    /** Whether an instant lies in the years PostgreSQL's timestamptz and Java's parser share (0001 to 9999). */
    private static boolean withinStoredYears(Instant at) {
        return !at.isBefore(FIRST_STORED) && at.isBefore(AFTER_LAST_STORED);
    }
}
