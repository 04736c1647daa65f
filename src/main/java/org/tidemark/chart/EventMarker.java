package org.tidemark.chart;

import java.time.Instant;
import java.util.Objects;

/** A sighting (imagery, photograph, port record) as a point on a tanker's row of the timeline. */
public record EventMarker(String tanker, Instant at, String label) {

    public EventMarker {
        Objects.requireNonNull(tanker, "tanker");
        Objects.requireNonNull(at, "at");
        label = label == null ? "" : label;
    }
}
