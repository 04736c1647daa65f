package org.tidemark.domain;

/** The parts of a tanker's identity that change over time or go by several spellings. */
public enum IdentityKind {
    /** A name the tanker sailed under. */
    NAME,
    /** Another spelling of a name, e.g. "Baekyangsan 1" for "Paek Yang San 1". */
    ALIAS,
    FLAG,
    MMSI
}
