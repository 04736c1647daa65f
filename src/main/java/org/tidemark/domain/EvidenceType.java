package org.tidemark.domain;

/** The kind of evidence an event rests on. */
public enum EvidenceType {
    AIS,
    SATELLITE_IMAGE,
    PATROL_PHOTO,
    PRESS_REPORT,
    OFFICIAL_STATEMENT,
    ANALYST_INFERENCE
}
