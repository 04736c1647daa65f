package org.tidemark.domain;

/** How an event's position (latitude/longitude, WGS 84) is known. */
public enum PositionSource {
    /** From the tanker's own AIS position reports (the transponder's GNSS fix). */
    AIS,
    /** Geolocated on a satellite image (the hull's position on a georeferenced image). */
    SATELLITE_IMAGE,
    /** Stated by the source: coordinates given in a press report, notice or official statement. */
    REPORTED,
    /** Placed by an analyst from indirect evidence (e.g. between two sightings); the least precise. */
    ANALYST_ESTIMATE,
    /** The port's registered coordinates: the event is known to be at the port, not where in it. */
    PORT
}
