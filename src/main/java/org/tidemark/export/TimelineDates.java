package org.tidemark.export;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How a time window reads in words (UTC): an instant, a whole day, or "between … and …". */
final class TimelineDates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ROOT);
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ROOT);

    private TimelineDates() {
    }

    /** True when the window is a single instant: no display text is needed beside the date. */
    static boolean exact(Instant from, Instant to) {
        return to == null || from.equals(to);
    }

    static String describe(Instant from, Instant to) {
        ZonedDateTime start = from.atZone(ZoneOffset.UTC);
        if (exact(from, to)) {
            return MINUTE.format(start) + " UTC";
        }
        ZonedDateTime end = to.atZone(ZoneOffset.UTC);
        boolean wholeDays = start.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
                && end.toLocalTime().equals(java.time.LocalTime.MIDNIGHT);
        if (wholeDays) {
            LocalDate last = end.toLocalDate().minusDays(1);
            if (last.equals(start.toLocalDate())) {
                return DAY.format(start) + " (UTC, day known)";
            }
            return "between " + DAY.format(start) + " and " + DAY.format(last) + " (UTC)";
        }
        if (Duration.between(from, to).equals(Duration.ofHours(1))) {
            return MINUTE.format(start) + " UTC (hour known)";
        }
        return "between " + MINUTE.format(start) + " and " + MINUTE.format(end) + " UTC";
    }
}
