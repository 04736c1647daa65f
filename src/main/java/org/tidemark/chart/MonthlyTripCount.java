package org.tidemark.chart;

import java.time.YearMonth;
import java.util.Objects;

/** How many trips loaded in {@code month} (UTC) and discharged at {@code dischargePort}; a null or blank port means unknown. */
public record MonthlyTripCount(YearMonth month, String dischargePort, long trips) {

    public MonthlyTripCount {
        Objects.requireNonNull(month, "month");
        if (trips < 0) {
            throw new IllegalArgumentException("trips must not be negative");
        }
    }
}
