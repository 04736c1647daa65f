package org.tidemark.domain;

/** What a published claim counts. */
public enum ClaimSubject {
    TRIPS,
    VOLUME,
    VESSELS
}
