package org.tidemark.timeline;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.tidemark.query.Cursor;
import org.tidemark.query.EntryRows;
import org.tidemark.query.Sql;
import org.tidemark.query.TimelineEntry;
import org.tidemark.query.TimelineFilter;

/** The timeline: events and voyages in one list, keyset-paged over the total order (time, kind, id). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TimelineQueries {

    private final DataSource dataSource;
    private final EntryRows rows;

    TimelineQueries(DataSource dataSource, ObjectMapper json) {
        this.dataSource = dataSource;
        this.rows = new EntryRows(json);
    }

    /**
     * One page of the timeline.
     *
     * @param kinds  which kinds of entry to include (empty: both)
     * @param cursor the previous page's nextCursor, or null for the first page
     * @param limit  at least 1 (the HTTP edge bounds it by {@code tidemark.page.max-limit})
     */
    public TimelinePage timeline(TimelineFilter filter, Set<TimelineEntry.Kind> kinds, String cursor, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
        Cursor after = Cursor.decode(cursor);
        boolean events = kinds.isEmpty() || kinds.contains(TimelineEntry.Kind.EVENT);
        // voyages are never retracted, so asking for retracted entries leaves only events
        boolean voyages = (kinds.isEmpty() || kinds.contains(TimelineEntry.Kind.VOYAGE))
                && !Boolean.TRUE.equals(filter.retracted());
        if (!events && !voyages) {
            return new TimelinePage(List.of(), null, limit);
        }
        // One statement: a keyset scan per kind, each walking its own time index and stopping after limit + 1
        // rows, merged and cut to the page, and only then joined to the details. The cursor is a position in
        // the order, not an offset, so entries recorded between pages neither repeat nor push out an entry.
        int fetch = limit + 1;
        Sql page = new Sql().add("with page as (select kind, at, event_id, voyage_id from (");
        if (events) {
            page.add("(select 0 as kind, e.occurred_from as at, e.id as event_id, cast(null as uuid) as voyage_id"
                    + " from voyage_event e where true");
            page.add(filter.eventConditions());
            if (after != null) {
                if (after.kind() == TimelineEntry.Kind.EVENT) {
                    page.add(" and (e.occurred_from, e.id) > (?, ?)", after.at(), after.eventId());
                } else {
                    page.add(" and e.occurred_from > ?", after.at());
                }
            }
            page.add(" order by e.occurred_from, e.id limit ?)", fetch);
        }
        if (events && voyages) {
            page.add(" union all ");
        }
        if (voyages) {
            page.add("(select 1 as kind, v.loading_from as at, cast(null as bigint) as event_id, v.id as voyage_id"
                    + " from voyage v where true");
            page.add(filter.voyageConditions());
            if (after != null) {
                if (after.kind() == TimelineEntry.Kind.EVENT) {
                    page.add(" and v.loading_from >= ?", after.at());
                } else {
                    page.add(" and (v.loading_from, v.id) > (?, ?)", after.at(), after.voyageId());
                }
            }
            page.add(" order by v.loading_from, v.id limit ?)", fetch);
        }
        page.add(") u order by at, kind, event_id, voyage_id limit ?) ", fetch);

        List<TimelineEntry> entries;
        try (Connection c = dataSource.getConnection()) {
            entries = rows.read(c, page, "p.at, p.kind, p.event_id, p.voyage_id");
        } catch (SQLException e) {
            throw new IllegalStateException("reading the timeline failed", e);
        }
        if (entries.size() <= limit) {
            return new TimelinePage(entries, null, limit);
        }
        List<TimelineEntry> shown = entries.subList(0, limit);
        return new TimelinePage(List.copyOf(shown), Cursor.after(shown.get(limit - 1)).encode(), limit);
    }

    /** The supporting events of a voyage as full entries, in derivation's event order. */
    public List<TimelineEntry> supportingEvents(Connection c, java.util.UUID voyageId) throws SQLException {
        Sql page = new Sql().add("with page as (select 0 as kind, e.occurred_from as at, e.id as event_id,"
                + " cast(null as uuid) as voyage_id, ve.position from voyage_evidence ve"
                + " join voyage_event e on e.id = ve.event_id where ve.voyage_id = ?) ", voyageId);
        return rows.read(c, page, "p.position");
    }
}
