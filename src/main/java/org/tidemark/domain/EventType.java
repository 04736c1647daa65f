package org.tidemark.domain;

/**
 * What a voyage event records. The declaration order is the fixed tie-break order for events
 * with the same time window: a tanker arrives, is seen, loads or discharges, then leaves.
 */
public enum EventType {
    AIS_ON,
    ARRIVAL,
    SIGHTING,
    LOADING,
    SHIP_TO_SHIP,
    DISCHARGE,
    DEPARTURE,
    AIS_OFF,
    RETRACTION
}
