package org.tidemark.chart;

import java.time.YearMonth;
import java.util.Objects;

/** How many trips discharged at {@code dischargePort} in {@code month}; a null or blank port means unknown. */
public record MonthlyTripCount(YearMonth month, String dischargePort, long trips) {

    public MonthlyTripCount {
        Objects.requireNonNull(month, "month");
        if (trips < 0) {
            throw new IllegalArgumentException("trips must not be negative");
        }
    }
}
