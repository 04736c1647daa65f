package org.tidemark.timeline;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** The read path for derived voyages: the timeline's voyage entries, and one voyage with everything behind it. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class VoyageQueries {

    private final TimelineQueries timeline;
    private final DataSource dataSource;
    private final EntryRows rows;

    VoyageQueries(TimelineQueries timeline, DataSource dataSource, ObjectMapper json) {
        this.timeline = timeline;
        this.dataSource = dataSource;
        this.rows = new EntryRows(json);
    }

    /** One page of voyages matching the filter, in loading order (loading_from, id). */
    public VoyagePage list(TimelineFilter filter, String cursor, int limit) {
        TimelinePage page = timeline.timeline(filter, Set.of(TimelineEntry.Kind.VOYAGE), cursor, limit);
        return new VoyagePage(page.entries().stream().map(TimelineEntry::voyage).toList(), page.nextCursor());
    }

    /** The voyage with its supporting events (full entries), their sources and the estimate breakdown. */
    public Optional<VoyageView> find(UUID id) {
        try (Connection c = dataSource.getConnection()) {
            Sql page = new Sql().add("with page as (select 1 as kind, v.loading_from as at,"
                    + " cast(null as bigint) as event_id, v.id as voyage_id from voyage v where v.id = ?) ", id);
            List<TimelineEntry> found = rows.read(c, page, "p.at");
            if (found.isEmpty()) {
                return Optional.empty();
            }
            VoyageView voyage = found.get(0).voyage();
            List<TimelineEntry> events = timeline.supportingEvents(c, id);
            Map<Long, SourceRef> sources = new LinkedHashMap<>();
            events.forEach(e -> sources.putIfAbsent(e.source().id(), e.source()));
            return Optional.of(voyage.withDetails(events, List.copyOf(sources.values()),
                    EstimateBreakdown.of(voyage.estimate())));
        } catch (SQLException e) {
            throw new IllegalStateException("reading voyage " + id + " failed", e);
        }
    }
}
