package org.tidemark.query;

import java.util.Set;

import org.tidemark.domain.EventType;
import org.tidemark.domain.EvidenceType;

/**
 * The read-model filter with typed values, as a request or a command states it, before its tanker and
 * port references are resolved ({@link FilterResolver}). Null or empty means no restriction.
 *
 * @param tanker the tanker's id, IMO number, MMSI, name or alias
 * @param port   the port's id, UN/LOCODE or name
 */
public record FilterCriteria(
        TimeBound from,
        TimeBound to,
        String tanker,
        String port,
        Set<EventType> types,
        Set<EvidenceType> evidenceTypes,
        Integer minConfidence,
        Boolean illustrative,
        Boolean retracted,
        DesignatedAtTheTime designated) {

    /** No restriction. */
    public static final FilterCriteria NONE = new FilterCriteria(null, null, null, null, Set.of(), Set.of(), null, null,
            null, null);

    public FilterCriteria withRange(TimeBound newFrom, TimeBound newTo) {
        return new FilterCriteria(newFrom, newTo, tanker, port, types, evidenceTypes, minConfidence, illustrative,
                retracted, designated);
    }

    public FilterCriteria withIllustrative(Boolean newIllustrative) {
        return new FilterCriteria(from, to, tanker, port, types, evidenceTypes, minConfidence, newIllustrative,
                retracted, designated);
    }
}
