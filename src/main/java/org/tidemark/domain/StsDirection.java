package org.tidemark.domain;

/** Which way cargo went in a ship-to-ship transfer, seen from the tanker the event is recorded on. */
public enum StsDirection {
    /** This tanker gave cargo to the counterpart. */
    GAVE,
    /** This tanker received cargo from the counterpart. */
    RECEIVED;

    /** The same transfer seen from the counterpart. */
    public StsDirection reversed() {
        return this == GAVE ? RECEIVED : GAVE;
    }
}
