package org.tidemark.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/**
 * What a figure's voyages rest on, beyond the bands: how many had their loading evidenced, how many
 * were inferred or loaded at sea, and how many carry conflicting evidence. Every summary (volume and
 * trip series, cap status, reconciliation) says it, so that a reader sees what kind of trips a total counts.
 *
 * @param voyages        voyages counted
 * @param originUnknown  discharged with no loading evidenced before (status ORIGIN_UNKNOWN): counted as trips
 * @param loadedAtSea    loaded by a ship-to-ship transfer from another tanker; when that tanker's own delivery
 *                       is also tracked, the same cargo may be counted twice
 * @param inferred       loaded, then loaded again with no discharge evidenced between (status INFERRED)
 * @param withConflicts  voyages with evidence that contradicts them (see each voyage's conflicts)
 */
public record Composition(long voyages, long originUnknown, long loadedAtSea, long inferred, long withConflicts) {

    public static final Composition NONE = new Composition(0, 0, 0, 0, 0);

    /** The composition of the voyages matching {@code filter} that loaded in [from, to). */
    public static Composition of(Connection c, TimelineFilter filter, Instant from, Instant to) throws SQLException {
        Sql sql = new Sql().add("""
                select count(*), count(*) filter (where v.status = 'ORIGIN_UNKNOWN'),
                       count(*) filter (where v.loaded_from_tanker_id is not null),
                       count(*) filter (where v.status = 'INFERRED'),
                       count(*) filter (where v.conflicts <> '[]'::jsonb)
                from voyage v
                where v.loading_from >= ? and v.loading_from < ?""", from, to);
        sql.add(filter.voyageConditionsExceptRange());
        try (PreparedStatement ps = sql.prepare(c); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return new Composition(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5));
        }
    }
}
