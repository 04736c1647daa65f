package org.tidemark.ais;

/**
 * Why a report was dropped or changed while reading or assembling tracks; counted, never fatal.
 * docs/AIS.md explains each.
 */
public enum ReportIssue {
    /** Fewer fields than the layout's columns need. Dropped. */
    MALFORMED_ROW(true),
    /** DMA "Type of mobile" says a base station, an aid to navigation or an aircraft. Dropped. */
    NOT_A_VESSEL(true),
    /** The MMSI is not exactly nine digits. Dropped. */
    BAD_MMSI(true),
    /** The timestamp does not parse in the layout's format. Dropped. */
    BAD_TIME(true),
    /** Latitude 91 or longitude 181: the AIS code for "position not available". Dropped. */
    POSITION_NOT_AVAILABLE(true),
    /** Latitude beyond ±90 (other than 91). Dropped. */
    LAT_OUT_OF_RANGE(true),
    /** Longitude beyond ±180 (other than 181). Dropped. */
    LON_OUT_OF_RANGE(true),
    /** Latitude or longitude empty or not a number. Dropped. */
    BAD_POSITION(true),
    /** A second report of the same vessel at the same second. Dropped (one is kept, chosen by content). */
    DUPLICATE_TIME(true),
    /** SOG 102.3 or empty: the AIS code for "speed not available". Kept, speed unknown. */
    SPEED_NOT_AVAILABLE(false),
    /** SOG or draught present but not a number, negative, or (SOG) above 102.3. Kept, that field unknown. */
    UNPARSEABLE_FIELD(false),
    /** An IMO number present but without a valid check digit. Kept, IMO unknown. */
    BAD_IMO(false),
    /** Earlier than a report of the same vessel that came before it in the input. Kept, placed by its time. */
    OUT_OF_ORDER(false);

    private final boolean dropped;

    ReportIssue(boolean dropped) {
        this.dropped = dropped;
    }

    /** True when a report with this issue is not used; false when it is kept with the field left unknown. */
    public boolean dropped() {
        return dropped;
    }
}
