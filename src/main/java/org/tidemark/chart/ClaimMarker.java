package org.tidemark.chart;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A figure someone published for the cumulative volume up to {@code periodEnd}.
 *
 * @param label longer description shown as the tooltip (the chart label is publisher and figure)
 * @param href  link for the marker (relative or http(s)); {@code null} for none
 */
public record ClaimMarker(String id, String publisher, LocalDate periodEnd, double valueBarrels, String label,
        String href) {

    public ClaimMarker {
        Objects.requireNonNull(periodEnd, "periodEnd");
        publisher = publisher == null ? "" : publisher;
        label = label == null ? "" : label;
    }
}
