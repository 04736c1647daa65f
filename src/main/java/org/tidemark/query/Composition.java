package org.tidemark.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

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

    /**
     * One part of a composition: its column name and its condition on voyage {@code v}. A query that aggregates
     * voyages anyway counts the {@link #PARTS} beside its own figures, from the covering index
     * {@code voyage_aggregates} (V49).
     */
    public record Part(String name, String condition) {
    }

    /** The parts in the order of the record's components after {@code voyages}. */
    public static final List<Part> PARTS = List.of(new Part("origin_unknown", "v.status = 'ORIGIN_UNKNOWN'"),
            new Part("loaded_at_sea", "v.loaded_from_tanker_id is not null"),
            new Part("inferred", "v.status = 'INFERRED'"), new Part("with_conflicts", "v.has_conflicts"));

    /** The composition of the voyages matching {@code filter} that loaded in [from, to). */
    public static Composition of(Connection c, TimelineFilter filter, Instant from, Instant to) throws SQLException {
        Sql sql = new Sql().add("select count(*)");
        for (Part part : PARTS) {
            sql.add(", count(*) filter (where " + part.condition() + ")");
        }
        sql.add("\nfrom voyage v\nwhere v.loading_from >= ? and v.loading_from < ?", from, to);
        sql.add(filter.voyageConditionsExceptRange());
        try (PreparedStatement ps = sql.prepare(c); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return new Composition(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5));
        }
    }

    /** The composition from a row holding {@link #PARTS} with {@code prefix} before each name. */
    public static Composition of(long voyages, ResultSet rs, String prefix) throws SQLException {
        return new Composition(voyages, rs.getLong(prefix + PARTS.get(0).name()), rs.getLong(prefix + PARTS.get(1).name()),
                rs.getLong(prefix + PARTS.get(2).name()), rs.getLong(prefix + PARTS.get(3).name()));
    }
}
