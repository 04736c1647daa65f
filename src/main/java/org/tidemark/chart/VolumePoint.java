package org.tidemark.chart;

import java.time.LocalDate;
import java.util.Objects;

/** Cumulative barrels up to and including {@code date}: the low, central and high ends of the estimate band. */
public record VolumePoint(LocalDate date, double low, double central, double high) {

    public VolumePoint {
        Objects.requireNonNull(date, "date");
        if (!(low <= central && central <= high)) {
            throw new IllegalArgumentException(
                    "need low <= central <= high, got " + low + ", " + central + ", " + high);
        }
    }
}
