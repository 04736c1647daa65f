package org.tidemark.domain;

/** What a published claim counts. */
public enum ClaimSubject {
    TRIPS,
    VOLUME,
    VESSELS,
    /**
     * The share of trips made by vessels designated at the time (voyages' designatedAtTheTime), as a
     * fraction from 0 to 1: "more than half" is MORE_THAN 0.5.
     */
    DESIGNATED_SHARE
}
