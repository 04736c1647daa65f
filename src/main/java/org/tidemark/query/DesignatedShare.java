package org.tidemark.query;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * How many trips were made by tankers designated at the time ({@link DesignatedAtTheTime}), and their share.
 *
 * @param designatedTrips          trips whose tanker was designated on the day it loaded
 * @param unknownTrips             trips for which the designation dates cannot decide
 * @param notDesignatedTrips       trips whose tanker was not designated then
 * @param share                    designatedTrips ÷ all trips, a fraction from 0 to 1 (the share known to be
 *                                 designated); null when there are no trips
 * @param shareIfUnknownDesignated (designatedTrips + unknownTrips) ÷ all trips: the share if every undecided
 *                                 trip was designated; the true share lies between the two
 */
public record DesignatedShare(long designatedTrips, long unknownTrips, long notDesignatedTrips, Double share,
                              Double shareIfUnknownDesignated) {

    public static final DesignatedShare NONE = of(0, 0, 0);

    static DesignatedShare of(long designated, long unknown, long notDesignated) {
        long trips = designated + unknown + notDesignated;
        return new DesignatedShare(designated, unknown, notDesignated, trips == 0 ? null : (double) designated / trips,
                trips == 0 ? null : (double) (designated + unknown) / trips);
    }

    /** SQL: the three counts over voyages {@code v}, as designated_trips, unknown_trips and not_designated_trips. */
    public static String counts() {
        String value = DesignatedAtTheTime.ofVoyage();
        return "count(*) filter (where " + value + " = 'TRUE') as designated_trips, "
                + "count(*) filter (where " + value + " = 'UNKNOWN') as unknown_trips, "
                + "count(*) filter (where " + value + " = 'FALSE') as not_designated_trips";
    }

    /** The counts {@link #counts()} selected (or their sums under the same names). */
    public static DesignatedShare read(ResultSet rs) throws SQLException {
        return of(rs.getLong("designated_trips"), rs.getLong("unknown_trips"), rs.getLong("not_designated_trips"));
    }
}
