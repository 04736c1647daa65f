package org.tidemark.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;

/**
 * Ids for events written by COPY, drawn from {@code voyage_event_seq} the way Hibernate draws them.
 * <p>
 * Hibernate's pooled-lo optimizer (stated in application.properties) takes each value v of the sequence as the
 * ids v to v + 49; doing the same, both writers share the sequence and never hand out one id twice.
 */
final class EventIds {

    /** The sequence's increment (V1) and VoyageEvent's allocationSize: they must agree. */
    static final int ALLOCATION = 50;
    /** Sequence values fetched at most in one query (50,000 ids). */
    private static final int MAX_BLOCKS = 1000;

    private final ArrayDeque<Long> blocks = new ArrayDeque<>();
    private int nextFetch = 20;
    private long next;
    private long end;

    boolean exhausted() {
        return next >= end && blocks.isEmpty();
    }

    long next() {
        if (next >= end) {
            next = blocks.pop();
            end = next + ALLOCATION;
        }
        return next++;
    }

    /** Fetches more blocks; a small import wastes few ids, a large one makes few round trips. */
    void refill(Connection c) {
        try (PreparedStatement ps = c.prepareStatement("select nextval('voyage_event_seq') from generate_series(1, ?)")) {
            ps.setInt(1, nextFetch);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    blocks.add(rs.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not draw ids from voyage_event_seq", e);
        }
        nextFetch = Math.min(nextFetch * 2, MAX_BLOCKS);
    }
}
