package org.tidemark.domain;

/** How much of a derived delivery the evidence shows. */
public enum VoyageStatus {
    /** Loading and discharge both evidenced. */
    COMPLETE,
    /** Loaded, and the tanker loaded again with no discharge evidenced between: discharge port unknown. */
    INFERRED,
    /** Loaded, nothing after it yet. */
    IN_PROGRESS,
    /**
     * Discharged (or seen arriving at a discharge port) with no loading evidenced before it: a
     * delivery whose origin is unknown. It counts as a trip and carries an estimate.
     */
    ORIGIN_UNKNOWN
}
