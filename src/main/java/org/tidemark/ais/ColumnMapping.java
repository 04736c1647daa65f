package org.tidemark.ais;

import java.util.Objects;

/**
 * Which header column holds what, for a file in neither the DMA nor the NOAA layout. Names match the header
 * case-insensitively; the optional ones may be null.
 *
 * @param timeFormat a {@link java.time.format.DateTimeFormatter} pattern (UTC unless it carries an offset),
 *                   {@code "iso"} for ISO-8601 with or without an offset, or {@code "epoch"} for seconds since 1970
 */
public record ColumnMapping(String mmsi, String time, String timeFormat, String lat, String lon, String sog,
                            String draught, String imo, String name) {

    public ColumnMapping {
        Objects.requireNonNull(mmsi, "mmsi column");
        Objects.requireNonNull(time, "time column");
        Objects.requireNonNull(timeFormat, "time format");
        Objects.requireNonNull(lat, "lat column");
        Objects.requireNonNull(lon, "lon column");
    }
}
