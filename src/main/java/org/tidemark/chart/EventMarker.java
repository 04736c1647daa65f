package org.tidemark.chart;

import java.time.Instant;
import java.util.Objects;

/** A point observation on a tanker's row of the timeline. */
public record EventMarker(String tanker, Instant at, Kind kind, String label) {

    /** What was observed. */
    public enum Kind {
        /** The tanker was seen (imagery, photograph, port record). */
        SIGHTING,
        /** The tanker's AIS transponder went dark. */
        AIS_GAP
    }

    public EventMarker {
        Objects.requireNonNull(tanker, "tanker");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(kind, "kind");
        label = label == null ? "" : label;
    }
}
