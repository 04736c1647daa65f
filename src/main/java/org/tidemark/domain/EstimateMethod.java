package org.tidemark.domain;

/** How a cargo estimate was made, in order of preference. */
public enum EstimateMethod {
    REPORTED_VOLUME,
    DRAFT_CHANGE,
    CAPACITY_LOAD_FACTOR,
    NONE
}
