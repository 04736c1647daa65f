package org.tidemark.domain;

/** Whether a tanker was seen carrying cargo (riding low) or in ballast (riding high). */
public enum LadenState {
    LADEN,
    BALLAST,
    UNKNOWN
}
