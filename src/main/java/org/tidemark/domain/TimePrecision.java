package org.tidemark.domain;

/** How precisely the time of an event is known. */
public enum TimePrecision {
    EXACT,
    HOUR,
    DAY,
    WEEK,
    MONTH,
    /** Known only to lie between two instants, e.g. between AIS-off and a sighting. */
    WINDOW
}
