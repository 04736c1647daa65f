package org.tidemark.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** When an event happened: a UTC window [from, to) and the precision it is known to; exact means from == to. */
public record TimeWindow(Instant from, Instant to, TimePrecision precision) {

    public TimeWindow {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(precision, "precision");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a time window cannot end (" + to + ") before it starts (" + from + ")");
        }
    }

    public static TimeWindow exact(Instant at) {
        return new TimeWindow(at, at, TimePrecision.EXACT);
    }

    public static TimeWindow between(Instant from, Instant to) {
        return new TimeWindow(from, to, TimePrecision.WINDOW);
    }

    /** The whole day, week (starting that day) or month (containing that day) in UTC. */
    public static TimeWindow around(LocalDate day, TimePrecision precision) {
        Instant start = day.atStartOfDay(ZoneOffset.UTC).toInstant();
        return switch (precision) {
            case DAY -> new TimeWindow(start, start.plus(1, ChronoUnit.DAYS), precision);
            case WEEK -> new TimeWindow(start, start.plus(7, ChronoUnit.DAYS), precision);
            case MONTH -> {
                LocalDate first = day.withDayOfMonth(1);
                yield new TimeWindow(first.atStartOfDay(ZoneOffset.UTC).toInstant(),
                        first.plusMonths(1).atStartOfDay(ZoneOffset.UTC).toInstant(), precision);
            }
            default -> throw new IllegalArgumentException("a date alone gives DAY, WEEK or MONTH precision, not " + precision);
        };
    }

    /** The hour containing {@code at}, or the instant itself for EXACT. */
    public static TimeWindow around(Instant at, TimePrecision precision) {
        return switch (precision) {
            case EXACT -> exact(at);
            case HOUR -> {
                Instant start = at.truncatedTo(ChronoUnit.HOURS);
                yield new TimeWindow(start, start.plus(1, ChronoUnit.HOURS), precision);
            }
            default -> around(LocalDate.ofInstant(at, ZoneOffset.UTC), precision);
        };
    }
}
