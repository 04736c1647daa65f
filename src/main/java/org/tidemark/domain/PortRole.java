package org.tidemark.domain;

/** What a port is to the deliveries tracked: where cargo is loaded, or where it is discharged. */
public enum PortRole {
    LOADING,
    DISCHARGE,
    OTHER
}
