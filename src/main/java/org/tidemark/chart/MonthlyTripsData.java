package org.tidemark.chart;

import java.util.List;

/** Everything the monthly-trips chart shows. */
public record MonthlyTripsData(String title, List<MonthlyTripCount> counts, boolean includesIllustrative,
        String sourceLine) {

    public MonthlyTripsData {
        title = title == null ? "" : title;
        counts = List.copyOf(counts);
        sourceLine = sourceLine == null ? "" : sourceLine;
    }
}
