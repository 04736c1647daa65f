package org.tidemark.voyage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
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

import org.tidemark.query.EntryRows;
import org.tidemark.query.EstimateBreakdown;
import org.tidemark.query.SourceRef;
import org.tidemark.query.Sql;
import org.tidemark.query.TimelineEntry;
import org.tidemark.query.TimelineFilter;
import org.tidemark.query.VoyageView;
import org.tidemark.timeline.TimelinePage;
import org.tidemark.timeline.TimelineQueries;

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
        return new VoyagePage(page.entries().stream().map(TimelineEntry::voyage).toList(), page.nextCursor(), limit);
    }

    /**
     * What became of a voyage id that re-derivation replaced: the live voyage that now holds its
     * evidence (following the lineage through later replacements), or the reason it is gone.
     * Empty when the id was never a voyage.
     */
    public Optional<Replacement> replacement(UUID id) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement lineage = c.prepareStatement(
                     "select l.successor_id, l.reason, exists (select 1 from voyage v where v.id = l.successor_id)"
                             + " from voyage_lineage l where l.voyage_id = ?")) {
            UUID current = id;
            String reason = null;
            for (int hop = 0; hop < MAX_LINEAGE_HOPS; hop++) {
                lineage.setObject(1, current);
                try (ResultSet rs = lineage.executeQuery()) {
                    if (!rs.next()) {
                        return hop == 0 ? Optional.empty() : Optional.of(new Replacement(null, reason));
                    }
                    UUID successor = rs.getObject(1, UUID.class);
                    reason = rs.getString(2);
                    if (successor == null || rs.getBoolean(3)) {
                        return Optional.of(new Replacement(successor, reason));
                    }
                    current = successor;
                }
            }
            return Optional.of(new Replacement(null, reason));
        } catch (SQLException e) {
            throw new IllegalStateException("reading the lineage of voyage " + id + " failed", e);
        }
    }

    /** A replaced voyage: its live successor, or none; and why. */
    public record Replacement(UUID successor, String reason) {
    }

    /** Lineage longer than this is not followed (each hop is one re-derivation that replaced the id). */
    private static final int MAX_LINEAGE_HOPS = 50;

    /**
     * Each voyage's last evidence: the latest end of any supporting event's time window. Voyages without a
     * discharge are drawn to it, since nothing after it says they went on.
     */
    public Map<UUID, Instant> lastEvidence(Collection<UUID> voyageIds) {
        Map<UUID, Instant> last = new HashMap<>();
        if (voyageIds.isEmpty()) {
            return last;
        }
        Sql sql = new Sql().add("select ve.voyage_id, max(e.occurred_to) as last from voyage_evidence ve"
                + " join voyage_event e on e.id = ve.event_id where ve.voyage_id = any (cast(? as uuid[]))"
                + " group by ve.voyage_id", new Sql.TextArray(voyageIds.stream().map(UUID::toString).toList()));
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = sql.prepare(c);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                last.put(rs.getObject(1, UUID.class), EntryRows.instant(rs, "last"));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the voyages' last evidence failed", e);
        }
        return last;
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
