package org.tidemark.domain;

import java.time.LocalDate;

/** How precisely a date is known; a date known to the month or year is stored as that period's first day. */
public enum DatePrecision {
    DAY,
    MONTH,
    YEAR;

    /** Whether {@code date} is where a period of this precision starts (any day; a month's 1st; 1 January). */
    public boolean startsPeriod(LocalDate date) {
        return switch (this) {
            case DAY -> true;
            case MONTH -> date.getDayOfMonth() == 1;
            case YEAR -> date.getDayOfYear() == 1;
        };
    }
}
