package org.tidemark.series;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/** A series' bucket, in UTC; weeks start on Monday and are split at 1 January so yearly caps fall on bucket edges. */
public enum Interval {
    DAY("day", "1 day"),
    WEEK("week", "1 week"),
    MONTH("month", "1 month");

    /** The field name for date_trunc; a fixed literal, never user input. */
    final String truncField;
    /** The step for generate_series; a fixed literal, never user input. */
    final String step;

    Interval(String truncField, String step) {
        this.truncField = truncField;
        this.step = step;
    }

    /** The start of the bucket holding {@code t}: the same rule as the SQL's greatest(date_trunc(…), date_trunc('year', …)). */
    public LocalDateTime bucketOf(LocalDateTime t) {
        LocalDateTime day = t.truncatedTo(ChronoUnit.DAYS);
        LocalDateTime truncated = switch (this) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
        };
        LocalDateTime yearStart = day.withDayOfYear(1);
        return truncated.isBefore(yearStart) ? yearStart : truncated;
    }

    /** The start of the bucket after the one starting at {@code bucketStart}. */
    public LocalDateTime next(LocalDateTime bucketStart) {
        LocalDateTime next = switch (this) {
            case DAY -> bucketStart.plusDays(1);
            case WEEK -> bucketStart.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
            case MONTH -> bucketStart.withDayOfMonth(1).plusMonths(1);
        };
        LocalDateTime nextYear = bucketStart.withDayOfYear(1).plusYears(1);
        return next.isAfter(nextYear) ? nextYear : next;
    }

    /** How many buckets [from, to) spans; counted without walking them, to check a bound cheaply. */
    public long bucketsBetween(LocalDateTime from, LocalDateTime to) {
        LocalDateTime first = bucketOf(from);
        long years = to.getYear() - from.getYear();
        return switch (this) {
            case DAY -> ChronoUnit.DAYS.between(first, to) + 1;
            // at most one extra bucket per 1 January crossed
            case WEEK -> ChronoUnit.WEEKS.between(first, to) + 2 + years;
            case MONTH -> ChronoUnit.MONTHS.between(first.withDayOfMonth(1), to) + 1;
        };
    }
}
