package org.tidemark.ais;

import java.time.Instant;
import java.util.Objects;

/**
 * One AIS position report as read from a file: who, when, where, and what the transponder said about speed
 * and draught.
 *
 * @param mmsi     nine digits, as broadcast (MMSIs are reused: identity at the time is the registry's job)
 * @param imo      seven digits with a valid check digit, or null when absent or invalid
 * @param name     the broadcast name, or null
 * @param time     UTC, to the second
 * @param sogKn    speed over ground in knots, or null when not available (AIS 102.3) or unparseable
 * @param draughtM draught in metres as entered by the crew, or null (AIS 0 = not available)
 * @param row      the line of the source file the report started on (the header is line 1): the evidence trail
 */
public record PositionReport(String mmsi, String imo, String name, Instant time, double lat, double lon, Double sogKn,
                             Double draughtM, long row) {

    public PositionReport {
        Objects.requireNonNull(mmsi, "mmsi");
        Objects.requireNonNull(time, "time");
        if (!(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180)) {
            throw new IllegalArgumentException("position out of range: " + lat + ", " + lon);
        }
    }
}
