package org.tidemark.query;

import java.time.Instant;
import java.util.Set;

import org.tidemark.domain.EventType;
import org.tidemark.domain.EvidenceType;

/**
 * The read model's one filter, so that the timeline, voyages, series, caps and reconciliation count the
 * same things; null or empty means no restriction. Voyages are dated by loading_from and match the
 * event-level filters (types, evidence types, minimum confidence) when one supporting event matches them all.
 *
 * @param from         inclusive lower bound of the entry's time (event occurred_from, voyage loading_from)
 * @param to           exclusive upper bound
 * @param portId       events at this port; voyages that load or discharge there
 * @param loadPortId   voyages that load at this port; events at this port (used by claims, which count
 *                     calls at a loading port)
 * @param illustrative events with this illustrative flag; voyages whose existence rests on illustrative
 *                     data (their opening event) or not: false keeps the documented trips, whose estimates
 *                     may still include assumptions (includes_illustrative says so)
 * @param retracted    true: only events some RETRACTION names; false: none of those
 * @param designated   voyages whose {@link DesignatedAtTheTime} is this; events whose tanker's is this on the
 *                     event's (UTC) day
 */
public record TimelineFilter(
        Instant from,
        Instant to,
        Long tankerId,
        Long portId,
        Long loadPortId,
        Set<EventType> types,
        Set<EvidenceType> evidenceTypes,
        Integer minConfidence,
        Boolean illustrative,
        Boolean retracted,
        DesignatedAtTheTime designated) {

    /** No restriction at all. */
    public static final TimelineFilter ALL = new TimelineFilter(null, null, null, null, null, Set.of(), Set.of(), null,
            null, null);

    /** The filter without a designation restriction. */
    public TimelineFilter(Instant from, Instant to, Long tankerId, Long portId, Long loadPortId, Set<EventType> types,
                          Set<EvidenceType> evidenceTypes, Integer minConfidence, Boolean illustrative,
                          Boolean retracted) {
        this(from, to, tankerId, portId, loadPortId, types, evidenceTypes, minConfidence, illustrative, retracted, null);
    }

    public TimelineFilter {
        types = types == null ? Set.of() : Set.copyOf(types);
        evidenceTypes = evidenceTypes == null ? Set.of() : Set.copyOf(evidenceTypes);
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("from (" + from + ") must be before to (" + to + ")");
        }
        if (minConfidence != null && (minConfidence < 1 || minConfidence > 4)) {
            throw new IllegalArgumentException("confidence runs from 1 to 4, got " + minConfidence);
        }
    }

    public TimelineFilter withRange(Instant newFrom, Instant newTo) {
        return new TimelineFilter(newFrom, newTo, tankerId, portId, loadPortId, types, evidenceTypes, minConfidence,
                illustrative, retracted, designated);
    }

    public TimelineFilter withLoadPort(Long newLoadPortId) {
        return new TimelineFilter(from, to, tankerId, portId, newLoadPortId, types, evidenceTypes, minConfidence,
                illustrative, retracted, designated);
    }

    public TimelineFilter withTanker(Long newTankerId) {
        return new TimelineFilter(from, to, newTankerId, portId, loadPortId, types, evidenceTypes, minConfidence,
                illustrative, retracted, designated);
    }

    public TimelineFilter withIllustrative(Boolean newIllustrative) {
        return new TimelineFilter(from, to, tankerId, portId, loadPortId, types, evidenceTypes, minConfidence,
                newIllustrative, retracted, designated);
    }

    public TimelineFilter withDesignated(DesignatedAtTheTime newDesignated) {
        return new TimelineFilter(from, to, tankerId, portId, loadPortId, types, evidenceTypes, minConfidence,
                illustrative, retracted, newDesignated);
    }

    boolean hasEventLevelFilter() {
        return !types.isEmpty() || !evidenceTypes.isEmpty() || minConfidence != null;
    }

    /** The conditions on voyage {@code v}, each starting with " and ". */
    public Sql voyageConditions() {
        Sql sql = new Sql();
        if (from != null) {
            sql.add(" and v.loading_from >= ?", from);
        }
        if (to != null) {
            sql.add(" and v.loading_from < ?", to);
        }
        voyageConditionsExceptRange(sql);
        return sql;
    }

    /** The conditions on voyage {@code v} apart from the time range (for ranges the caller widens). */
    public Sql voyageConditionsExceptRange() {
        Sql sql = new Sql();
        voyageConditionsExceptRange(sql);
        return sql;
    }

    private void voyageConditionsExceptRange(Sql sql) {
        if (tankerId != null) {
            sql.add(" and v.tanker_id = ?", tankerId);
        }
        if (portId != null) {
            sql.add(" and (v.load_port_id = ? or v.discharge_port_id = ?)", portId, portId);
        }
        if (loadPortId != null) {
            sql.add(" and v.load_port_id = ?", loadPortId);
        }
        if (illustrative != null) {
            sql.add(" and v.illustrative = ?", illustrative);
        }
        if (Boolean.TRUE.equals(retracted)) {
            sql.add(" and false");
        }
        if (designated != null) {
            sql.add(" and " + DesignatedAtTheTime.ofVoyage() + " = ?", designated.name());
        }
        // A voyage has a confidence of its own (the weaker of its two ends): minConfidence applies to it.
        if (minConfidence != null) {
            sql.add(" and v.confidence >= ?", minConfidence.shortValue());
        }
        if (!types.isEmpty() || !evidenceTypes.isEmpty()) {
            sql.add(" and exists (select 1 from voyage_evidence ve join voyage_event ee on ee.id = ve.event_id"
                    + " where ve.voyage_id = v.id");
            sql.add(eventLevelConditions("ee", false));
            sql.add(")");
        }
    }

    /** The conditions on event {@code e}, each starting with " and ". */
    public Sql eventConditions() {
        Sql sql = new Sql();
        if (from != null) {
            sql.add(" and e.occurred_from >= ?", from);
        }
        if (to != null) {
            sql.add(" and e.occurred_from < ?", to);
        }
        if (tankerId != null) {
            // a transfer is on both tankers' timelines: the one it is recorded on and its counterpart
            sql.add(" and (e.tanker_id = ? or e.counterpart_tanker_id = ?)", tankerId, tankerId);
        }
        if (portId != null) {
            sql.add(" and e.port_id = ?", portId);
        }
        if (loadPortId != null) {
            sql.add(" and e.port_id = ?", loadPortId);
        }
        if (illustrative != null) {
            sql.add(" and e.illustrative = ?", illustrative);
        }
        if (retracted != null) {
            sql.add(retracted ? " and exists" : " and not exists");
            sql.add(" (select 1 from voyage_event rx where rx.retracts_event_id = e.id)");
        }
        if (designated != null) {
            sql.add(" and " + DesignatedAtTheTime.sql("e.tanker_id", "(e.occurred_from at time zone 'UTC')::date")
                    + " = ?", designated.name());
        }
        sql.add(eventLevelConditions("e", true));
        return sql;
    }

    private Sql eventLevelConditions(String alias, boolean withConfidence) {
        Sql sql = new Sql();
        if (!types.isEmpty()) {
            sql.add(" and " + alias + ".type = any (?)", new Sql.TextArray(types.stream().map(Enum::name).sorted().toList()));
        }
        if (!evidenceTypes.isEmpty()) {
            sql.add(" and " + alias + ".evidence_type = any (?)",
                    new Sql.TextArray(evidenceTypes.stream().map(Enum::name).sorted().toList()));
        }
        if (withConfidence && minConfidence != null) {
            sql.add(" and " + alias + ".confidence >= ?", minConfidence.shortValue());
        }
        return sql;
    }
}
