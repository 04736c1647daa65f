package org.tidemark.chart;

import java.time.Instant;
import java.util.Objects;

import org.tidemark.domain.VoyageStatus;

/**
 * One voyage on the timeline, from loading to discharge.
 *
 * @param to   discharge, or {@code null} while the voyage is open; the chart then draws it to the timeline's
 *             as-of instant (at least one day)
 * @param href link for the bar (relative or http(s)); {@code null} for none
 */
public record VoyageBar(String id, String tanker, Instant from, Instant to, VoyageStatus status, String href) {

    public VoyageBar {
        Objects.requireNonNull(tanker, "tanker");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(status, "status");
        if (to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("voyage " + id + " ends before it starts");
        }
    }
}
