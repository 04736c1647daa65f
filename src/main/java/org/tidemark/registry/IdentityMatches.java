package org.tidemark.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;

import org.tidemark.domain.DomainException;
import org.tidemark.domain.TimeWindow;

/**
 * Every way one reference (an IMO number, MMSI, name or alias) names a tanker, each with the time it
 * held; picks the tanker the reference named during an event's time window. Pure: no database here.
 * <p>
 * Validity is by UTC day, both ends included (validTo is the last day held); null is open-ended. An identity
 * matches an event when its validity overlaps the event's window: the reference is itself evidence that the
 * observation fell while the identity was held, so a window straddling a boundary resolves when only one
 * tanker could have held the reference at some moment of it, and is ambiguous (422 naming every tanker) when
 * several could.
 */
public final class IdentityMatches {

    /** How the reference matched. */
    public enum Via {
        IMO, NAME, ALIAS, MMSI,
        /** The reference is the tanker's id: timeless, used only when nothing else matches at the time. */
        ID
    }

    /**
     * One identity the reference matched.
     *
     * @param validFrom first day held, or null when not known to have started
     * @param validTo   last day held (included), or null when still held or not known to have ended
     */
    public record Match(long tankerId, String tankerName, Via via, LocalDate validFrom, LocalDate validTo) {

        public Match {
            Objects.requireNonNull(tankerName, "tankerName");
            Objects.requireNonNull(via, "via");
            if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
                throw new IllegalArgumentException("validTo " + validTo + " is before validFrom " + validFrom);
            }
        }

        /** Whether this identity was held at some moment of the window (all time when the window is null). */
        boolean heldDuring(TimeWindow window) {
            if (window == null || via == Via.ID) {
                return true;
            }
            Instant start = validFrom == null ? null : validFrom.atStartOfDay(ZoneOffset.UTC).toInstant();
            Instant end = validTo == null ? null : validTo.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
            boolean startsBeforeEnd = end == null || window.from().isBefore(end);
            // [from, to) overlaps [start, end); an exact window (from == to) is the instant itself
            boolean endsAfterStart = start == null || start.isBefore(window.to()) || !start.isAfter(window.from());
            return startsBeforeEnd && endsAfterStart;
        }

        String describe() {
            String held = validFrom == null && validTo == null ? "with no dates"
                    : "from " + (validFrom == null ? "an unknown date" : validFrom)
                    + " to " + (validTo == null ? "now" : validTo);
            return "tanker " + tankerId + " (" + tankerName + ") as " + via + " " + held;
        }
    }

    private final String reference;
    private final List<Match> matches;

    public IdentityMatches(String reference, List<Match> matches) {
        this.reference = Objects.requireNonNull(reference, "reference");
        // a fixed order, so that messages and results never depend on the order rows came back in
        this.matches = matches.stream()
                .sorted(Comparator.comparingLong(Match::tankerId).thenComparing(Match::via)
                        .thenComparing(Match::validFrom, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(Match::validTo, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    public List<Match> matches() {
        return matches;
    }

    /**
     * The id of the one tanker the reference named during {@code window} (null: at any time), or a 422
     * on {@code field} naming the reference and why: nothing matches, nothing matched at that time (with
     * the validity of what did), or several tankers matched (naming each).
     */
    public long tankerAt(String field, TimeWindow window) {
        return tankerAt(field, window, true);
    }

    /**
     * As {@link #tankerAt(String, TimeWindow)}; without {@code idFallback} a reference that is only some tanker's id
     * matches nothing (an MMSI read from AIS, "000000012", is no tanker id 12).
     */
    public long tankerAt(String field, TimeWindow window, boolean idFallback) {
        Map<Long, List<Match>> held = new LinkedHashMap<>();
        for (Match m : matches) {
            if (m.via() != Via.ID && m.heldDuring(window)) {
                held.computeIfAbsent(m.tankerId(), id -> new ArrayList<>()).add(m);
            }
        }
        if (held.size() == 1) {
            return held.keySet().iterator().next();
        }
        if (held.size() > 1) {
            StringJoiner who = new StringJoiner("; ");
            held.values().forEach(ms -> ms.forEach(m -> who.add(m.describe())));
            throw DomainException.unprocessable(field, "'" + reference + "' names " + held.size() + " tankers "
                    + during(window) + ": " + who + "; give the tanker's id or IMO number instead");
        }
        for (Match m : matches) {
            if (m.via() == Via.ID && idFallback) {
                return m.tankerId();
            }
        }
        if (matches.stream().allMatch(m -> m.via() == Via.ID)) {
            throw DomainException.unprocessable(field, "no tanker is known as '" + reference + "': record it with "
                    + "POST /api/tankers, or give its id, IMO number, MMSI, name or alias");
        }
        StringJoiner when = new StringJoiner("; ");
        matches.forEach(m -> when.add(m.describe()));
        throw DomainException.unprocessable(field, "no tanker was known as '" + reference + "' " + during(window)
                + ": it was held by " + when + "; give the identity the tanker held at the time, or its id or IMO number");
    }

    private static String during(TimeWindow window) {
        if (window == null) {
            return "at any time";
        }
        return window.from().equals(window.to()) ? "at " + window.from()
                : "between " + window.from() + " and " + window.to();
    }
}
