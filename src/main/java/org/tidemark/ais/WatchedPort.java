package org.tidemark.ais;

import java.util.Objects;

/** A registered port with the geofence its calls are detected in. */
public record WatchedPort(long portId, String name, Geofence fence) {

    public WatchedPort {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(fence, "fence");
    }
}
