package org.tidemark.chart;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Cumulative barrels up to and including {@code date}: the low, central and high ends of the estimate band, and how
 * many voyages loaded on {@code date} (the step the total takes there).
 */
public record VolumePoint(LocalDate date, double low, double central, double high, long voyages) {

    public VolumePoint {
        Objects.requireNonNull(date, "date");
        if (!(low <= central && central <= high)) {
            throw new IllegalArgumentException(
                    "need low <= central <= high, got " + low + ", " + central + ", " + high);
        }
        if (voyages < 0) {
            throw new IllegalArgumentException("voyages cannot be negative, got " + voyages);
        }
    }

    /** A point whose voyages are not known: its step links nowhere. */
    public VolumePoint(LocalDate date, double low, double central, double high) {
        this(date, low, central, high, 0);
    }
}
