package org.tidemark.publication;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.tidemark.brief.Brief;
import org.tidemark.brief.Briefs;
import org.tidemark.domain.EventType;
import org.tidemark.domain.PublishedBrief;
import org.tidemark.domain.RegistryChange;
import org.tidemark.domain.VoyageStatus;
import org.tidemark.query.Sql;
import org.tidemark.query.TimelineFilter;
import org.tidemark.query.VoyageView;
import org.tidemark.registry.RegistryHistory;
import org.tidemark.voyage.VoyageQueries;

/**
 * What changed since a brief was published, for the same filter: the brief's stored figures beside the
 * same figures composed now, from one snapshot. Events added and retracted (with reason and author),
 * voyages added, removed, replaced (old id → new) or re-estimated, totals per band, cap crossings, claims'
 * verdicts, and the registry amendments made since to the tankers, ports, sources and claims involved.
 */
@ApplicationScoped
public class BriefChanges {

    private final Publications publications;
    private final Briefs briefs;
    private final VoyageQueries voyages;
    private final RegistryHistory history;
    private final DataSource dataSource;

    BriefChanges(Publications publications, Briefs briefs, VoyageQueries voyages, RegistryHistory history,
                 DataSource dataSource) {
        this.publications = publications;
        this.briefs = briefs;
        this.voyages = voyages;
        this.history = history;
        this.dataSource = dataSource;
    }

    /** Every difference between brief {@code id} as published and its filter now. */
    @Schema(name = "BriefChanges", description = "What changed since a brief was published, for the same filter")
    public record Changes(UUID brief, String title, Instant publishedAt, long publishedDataVersion,
                          long currentDataVersion, Instant comparedAt,
                          @Schema(description = "Whether anything listed here differs") boolean changed,
                          Totals totals,
                          List<EventChange> eventsAdded,
                          List<EventChange> eventsRetracted,
                          @Schema(description = "Events of the brief that are neither retracted nor matched by its "
                                  + "filter now (e.g. a designation filter that a registry change moved)")
                          List<EventChange> eventsNoLongerMatching,
                          List<VoyageChange> voyages,
                          List<CapYearChange> capYears,
                          List<VerdictChange> claims,
                          List<Amendment> amendments) {
    }

    /** A figure as published, now, and the difference. */
    public record Figure(double published, double now, double change) {
        static Figure of(double published, double now) {
            return new Figure(published, now, now - published);
        }

        boolean moved() {
            return change != 0;
        }
    }

    /** A count as published, now, and the difference. */
    public record Count(long published, long now, long change) {
        static Count of(long published, long now) {
            return new Count(published, now, now - published);
        }

        boolean moved() {
            return change != 0;
        }
    }

    /** The brief's totals: trips, documented trips, and the estimated barrels band by band. */
    public record Totals(Count trips, Count documentedTrips, Figure lowBbl, Figure centralBbl, Figure highBbl) {
        boolean moved() {
            return trips.moved() || documentedTrips.moved() || lowBbl.moved() || centralBbl.moved() || highBbl.moved();
        }
    }

    /**
     * An event that entered or left the brief's filter: when and by whom it was recorded (or retracted) and,
     * for a retraction, why.
     */
    public record EventChange(long eventId, EventType type, String tanker, Instant occurredFrom, String source,
                              String by, Instant at, String reason) {
    }

    /** How a voyage changed. */
    public enum VoyageChangeKind {
        /** In the filter now, not in the brief, and not the successor of one of its voyages. */
        ADDED,
        /** In the brief; re-derivation replaced its id, and {@code now} is the voyage holding most of its evidence. */
        REPLACED,
        /** In the brief; gone with no successor ({@code reason} says why), or no longer in the filter. */
        REMOVED,
        /** The same id, with another estimate or status. */
        AMENDED
    }

    /**
     * One voyage's change; {@code published}/{@code now} are the voyage as the brief listed it and as it is now
     * (null where there is none).
     */
    public record VoyageChange(VoyageChangeKind change, UUID publishedId, UUID currentId, String tanker,
                               PublishedFigures.VoyageAt published, PublishedFigures.VoyageAt now, String reason) {
    }

    /** A cap year whose central total or crossing day moved. */
    public record CapYearChange(String cap, int year, Count trips, Figure centralBbl, LocalDate publishedCrossedOn,
                                LocalDate currentCrossedOn) {
    }

    /** A claim whose verdict changed, or that entered or left the brief's period. */
    public record VerdictChange(long claimId, String claim, String published, String now) {
    }

    /**
     * A registry change made after publication to a record the brief involves (its tankers, ports, sources and
     * claims, then or now), named by the record's name (or title) after the change. {@code movedNumbers}: a voyage
     * of that tanker or at that port changed since.
     */
    public record Amendment(String record, RegistryHistory.Entry change, boolean movedNumbers) {
        static Amendment of(RegistryHistory.Entry e, boolean movedNumbers) {
            Map<String, Object> named = e.after() != null ? e.after() : e.before();
            Object name = named == null ? null : named.getOrDefault("name", named.get("title"));
            return new Amendment(name == null ? e.kind().name().toLowerCase() + " " + e.recordId() : name.toString(), e,
                    movedNumbers);
        }
    }

    @Transactional
    public Changes since(String id) {
        publications.snapshot();
        PublishedBrief p = publications.find(id);
        PublishedFigures then = publications.figures(p);
        TimelineFilter scope = publications.filter(p);
        Brief now = briefs.figures(scope);
        PublishedFigures current = PublishedFigures.of(now, publications.liveEvents(scope));

        Totals totals = new Totals(Count.of(then.trips(), current.trips()),
                Count.of(then.documentedTrips(), current.documentedTrips()), Figure.of(then.low(), current.low()),
                Figure.of(then.central(), current.central()), Figure.of(then.high(), current.high()));

        Set<Long> before = new HashSet<>(then.eventIds());
        Set<Long> after = new HashSet<>(current.eventIds());
        List<Long> added = current.eventIds().stream().filter(e -> !before.contains(e)).toList();
        List<Long> left = then.eventIds().stream().filter(e -> !after.contains(e)).toList();
        List<EventChange> eventsAdded = events(added).values().stream().toList();
        List<EventChange> eventsRetracted = new ArrayList<>();
        List<EventChange> eventsElsewhere = new ArrayList<>();
        for (EventChange e : events(left).values()) {
            (e.reason() != null ? eventsRetracted : eventsElsewhere).add(e);
        }

        List<VoyageChange> voyageChanges = voyageChanges(then.voyages(), current.voyages());
        List<CapYearChange> capYears = capYears(then.capYears(), current.capYears());
        List<VerdictChange> verdicts = verdicts(then.claims(), current.claims());
        List<Amendment> amendments = amendments(p.publishedAt, then, current, voyageChanges);

        boolean changed = totals.moved() || !eventsAdded.isEmpty() || !left.isEmpty() || !voyageChanges.isEmpty()
                || !capYears.isEmpty() || !verdicts.isEmpty() || !amendments.isEmpty();
        return new Changes(p.id, p.title, p.publishedAt, p.dataVersion, now.dataVersion(), now.generatedAt(), changed,
                totals, eventsAdded, eventsRetracted, eventsElsewhere, voyageChanges, capYears, verdicts, amendments);
    }

    private List<VoyageChange> voyageChanges(List<PublishedFigures.VoyageAt> then, List<PublishedFigures.VoyageAt> now) {
        Map<UUID, PublishedFigures.VoyageAt> current = new LinkedHashMap<>();
        now.forEach(v -> current.put(v.id(), v));
        Set<UUID> published = new HashSet<>();
        then.forEach(v -> published.add(v.id()));
        Set<UUID> successors = new HashSet<>();
        List<VoyageChange> changes = new ArrayList<>();
        for (PublishedFigures.VoyageAt was : then) {
            PublishedFigures.VoyageAt is = current.get(was.id());
            if (is != null) {
                if (!Objects.equals(was.barrels(), is.barrels()) || was.status() != is.status()) {
                    changes.add(new VoyageChange(VoyageChangeKind.AMENDED, was.id(), is.id(), is.tanker(), was, is, null));
                }
                continue;
            }
            VoyageQueries.Replacement replaced = voyages.replacement(was.id()).orElse(null);
            PublishedFigures.VoyageAt successor = replaced == null || replaced.successor() == null ? null
                    : current.get(replaced.successor());
            if (successor != null && !published.contains(successor.id())) {
                successors.add(successor.id());
                changes.add(new VoyageChange(VoyageChangeKind.REPLACED, was.id(), successor.id(), was.tanker(), was,
                        successor, replaced.reason()));
            } else {
                String reason = replaced == null ? "the voyage still exists but no longer matches the brief's filter"
                        : replaced.successor() == null ? replaced.reason()
                        : "replaced by voyage " + replaced.successor() + (successor == null
                        ? ", which does not match the brief's filter" : ", which the brief already listed")
                        + ": " + replaced.reason();
                changes.add(new VoyageChange(VoyageChangeKind.REMOVED, was.id(), replaced == null ? null
                        : replaced.successor(), was.tanker(), was, successor, reason));
            }
        }
        for (PublishedFigures.VoyageAt is : now) {
            if (!published.contains(is.id()) && !successors.contains(is.id())) {
                changes.add(new VoyageChange(VoyageChangeKind.ADDED, null, is.id(), is.tanker(), null, is, null));
            }
        }
        return changes;
    }

    private static List<CapYearChange> capYears(List<PublishedFigures.CapYear> then, List<PublishedFigures.CapYear> now) {
        Map<String, PublishedFigures.CapYear> current = new LinkedHashMap<>();
        now.forEach(y -> current.put(y.capId() + "/" + y.year(), y));
        List<CapYearChange> changes = new ArrayList<>();
        for (PublishedFigures.CapYear was : then) {
            PublishedFigures.CapYear is = current.remove(was.capId() + "/" + was.year());
            long trips = is == null ? 0 : is.trips();
            double central = is == null ? 0 : is.central();
            LocalDate crossed = is == null ? null : is.crossedOn();
            if (trips != was.trips() || central != was.central() || !Objects.equals(crossed, was.crossedOn())) {
                changes.add(new CapYearChange(was.cap(), was.year(), Count.of(was.trips(), trips),
                        Figure.of(was.central(), central), was.crossedOn(), crossed));
            }
        }
        for (PublishedFigures.CapYear is : current.values()) {
            changes.add(new CapYearChange(is.cap(), is.year(), Count.of(0, is.trips()), Figure.of(0, is.central()),
                    null, is.crossedOn()));
        }
        return changes;
    }

    private static List<VerdictChange> verdicts(List<PublishedFigures.ClaimAt> then, List<PublishedFigures.ClaimAt> now) {
        Map<Long, PublishedFigures.ClaimAt> current = new LinkedHashMap<>();
        now.forEach(c -> current.put(c.id(), c));
        List<VerdictChange> changes = new ArrayList<>();
        for (PublishedFigures.ClaimAt was : then) {
            PublishedFigures.ClaimAt is = current.remove(was.id());
            if (is == null || !is.outcome().equals(was.outcome())) {
                changes.add(new VerdictChange(was.id(), was.claim(), was.outcome(), is == null ? null : is.outcome()));
            }
        }
        current.values().forEach(is -> changes.add(new VerdictChange(is.id(), is.claim(), null, is.outcome())));
        return changes;
    }

    private List<Amendment> amendments(Instant publishedAt, PublishedFigures then, PublishedFigures now,
                                       List<VoyageChange> voyageChanges) {
        Map<RegistryChange.Kind, Set<Long>> involved = new EnumMap<>(RegistryChange.Kind.class);
        for (RegistryChange.Kind kind : List.of(RegistryChange.Kind.TANKER, RegistryChange.Kind.PORT,
                RegistryChange.Kind.SOURCE, RegistryChange.Kind.CLAIM)) {
            involved.put(kind, new TreeSet<>());
        }
        for (PublishedFigures f : List.of(then, now)) {
            for (PublishedFigures.VoyageAt v : f.voyages()) {
                involved.get(RegistryChange.Kind.TANKER).add(v.tankerId());
                ports(v).forEach(involved.get(RegistryChange.Kind.PORT)::add);
            }
            involved.get(RegistryChange.Kind.SOURCE).addAll(f.sourceIds());
            f.claims().forEach(c -> involved.get(RegistryChange.Kind.CLAIM).add(c.id()));
        }
        Set<Long> movedTankers = new HashSet<>();
        Set<Long> movedPorts = new HashSet<>();
        for (VoyageChange c : voyageChanges) {
            for (PublishedFigures.VoyageAt v : new PublishedFigures.VoyageAt[] {c.published(), c.now()}) {
                if (v != null) {
                    movedTankers.add(v.tankerId());
                    movedPorts.addAll(ports(v));
                }
            }
        }
        return history.since(publishedAt, involved).stream()
                .map(e -> Amendment.of(e, switch (e.kind()) {
                    case TANKER -> movedTankers.contains(e.recordId());
                    case PORT -> movedPorts.contains(e.recordId());
                    default -> false;
                })).toList();
    }

    private static List<Long> ports(PublishedFigures.VoyageAt v) {
        List<Long> ports = new ArrayList<>(2);
        if (v.loadPortId() != null) {
            ports.add(v.loadPortId());
        }
        if (v.dischargePortId() != null) {
            ports.add(v.dischargePortId());
        }
        return ports;
    }

    /** The events by id, in id order, with their retraction (reason, author, time) where one exists. */
    private Map<Long, EventChange> events(List<Long> ids) {
        Map<Long, EventChange> found = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        Sql sql = new Sql().add("""
                select e.id, e.type, t.name as tanker, e.occurred_from, s.publisher, s.title, e.recorded_by,
                       e.recorded_at, rx.notes as reason, rx.recorded_by as retracted_by, rx.recorded_at as retracted_at
                from voyage_event e
                join tanker t on t.id = e.tanker_id
                join source s on s.id = e.source_id
                left join voyage_event rx on rx.retracts_event_id = e.id
                where e.id = any (cast(? as bigint[]))
                order by e.id""", new Sql.TextArray(ids.stream().map(String::valueOf).toList()));
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = sql.prepare(c);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                boolean retracted = rs.getTimestamp("retracted_at") != null;
                String reason = rs.getString("reason");
                found.put(rs.getLong("id"), new EventChange(rs.getLong("id"), EventType.valueOf(rs.getString("type")),
                        rs.getString("tanker"), rs.getTimestamp("occurred_from").toInstant(),
                        rs.getString("publisher") + ": " + rs.getString("title"),
                        rs.getString(retracted ? "retracted_by" : "recorded_by"),
                        rs.getTimestamp(retracted ? "retracted_at" : "recorded_at").toInstant(),
                        retracted ? (reason == null ? "(no reason given)" : reason) : null));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the events a brief's comparison lists failed", e);
        }
        return found;
    }
}
