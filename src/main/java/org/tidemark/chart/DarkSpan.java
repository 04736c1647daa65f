package org.tidemark.chart;

import java.time.Instant;
import java.util.Objects;

/**
 * A stretch of time a tanker's AIS transponder was dark, drawn as a span on its row of the timeline: from an AIS_OFF
 * to the next AIS_ON. An end the evidence does not give (dark before the chart's range, or no AIS_ON recorded yet) is
 * the chart's edge, and the label says so.
 */
public record DarkSpan(String tanker, Instant from, Instant to, String label) {

    public DarkSpan {
        Objects.requireNonNull(tanker, "tanker");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a dark span ends after it starts: " + from + " to " + to);
        }
        label = label == null ? "" : label;
    }
}
