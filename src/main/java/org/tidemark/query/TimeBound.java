package org.tidemark.query;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import org.tidemark.domain.AcceptedDates;
import org.tidemark.domain.DomainException;

/**
 * One end of a time range as a client writes it: a UTC instant, exact, or a date, which means a whole
 * UTC day (from its start as a lower bound, to its end as an upper bound, so that the day is included).
 */
public record TimeBound(LocalDate date, Instant instant) {

    public TimeBound {
        if ((date == null) == (instant == null)) {
            throw new IllegalArgumentException("a bound is a date or an instant");
        }
    }

    public static TimeBound of(LocalDate date) {
        return new TimeBound(date, null);
    }

    public static TimeBound of(Instant instant) {
        return new TimeBound(null, instant);
    }

    /** A date (2024-03-07) or a UTC instant (2024-03-07T05:00:00Z) within the accepted dates; else a 400 naming it. */
    public static TimeBound parse(String name, String value) {
        String text = value.strip();
        if (text.length() == 10) {
            try {
                return of(AcceptedDates.require(name, LocalDate.parse(text)));
            } catch (DateTimeParseException e) {
                throw DomainException.invalid(name, "'" + text + "' is not a date (2024-03-07)");
            }
        }
        try {
            return of(AcceptedDates.require(name, Instant.parse(text)));
        } catch (DateTimeParseException e) {
            throw DomainException.invalid(name,
                    "'" + text + "' is neither a date (2024-03-07) nor a UTC instant (2024-03-07T05:00:00Z)");
        }
    }

    /** As an inclusive lower bound: the instant, or the start of the day. */
    public Instant start() {
        return instant != null ? instant : date.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** As an exclusive upper bound: the instant, or the end of the day (the day included). */
    public Instant end() {
        return instant != null ? instant : date.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    @Override
    public String toString() {
        return instant != null ? instant.toString() : date.toString();
    }
}
