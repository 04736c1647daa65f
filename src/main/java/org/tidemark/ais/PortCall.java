package org.tidemark.ais;

import java.time.Instant;

/**
 * A vessel's visit to a watched port as its reports show it, with the four observations Global Fishing Watch
 * grades port visits by: an entry (crossing into the geofence between two reports no more than the port-gap
 * apart), an exit (the same, out), a stop, and a gap (a silence longer than the port-gap inside the geofence or
 * across its line).
 *
 * @param arrivedAfter  the report before the first one inside (the arrival lies between the two), or null when
 *                      the track starts inside
 * @param leftBefore    the first report outside after the call, or null when the track ends inside
 * @param arrivalDraughtM   the draught broadcast on the way in (the last before the call, else the first in it)
 * @param departureDraughtM the draught broadcast on leaving (the last in the call, else the first after it)
 */
public record PortCall(String mmsi, WatchedPort port, boolean entry, boolean exit, boolean stop, boolean gap,
                       Instant arrivedAfter, Instant firstInside, Instant lastInside, Instant leftBefore,
                       Double arrivalDraughtM, Double departureDraughtM, int firstIndex, int lastIndex) {

    /** Global Fishing Watch's port-visit confidence (0 when nothing at all was observed). */
    public int confidence() {
        return confidence(entry, exit, stop, gap);
    }

    /**
     * 1: entry or exit only; 2: stop or gap only; 3: entry or exit with stop or gap; 4: entry and exit with stop or
     * gap (Global Fishing Watch, port visits). 0: none of the four.
     */
    public static int confidence(boolean entry, boolean exit, boolean stop, boolean gap) {
        boolean stopOrGap = stop || gap;
        if (entry && exit && stopOrGap) {
            return 4;
        }
        if ((entry || exit) && stopOrGap) {
            return 3;
        }
        if (stopOrGap) {
            return 2;
        }
        return entry || exit ? 1 : 0;
    }
}
