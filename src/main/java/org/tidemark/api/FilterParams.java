package org.tidemark.api;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import org.tidemark.domain.EventType;
import org.tidemark.domain.EvidenceType;
import org.tidemark.query.DesignatedAtTheTime;
import org.tidemark.query.FilterCriteria;

/** The read-model filter's query parameters, shared by the timeline, voyages, series, caps, charts and reconciliation. */
public class FilterParams {

    @QueryParam("tanker")
    @Parameter(description = "Only this tanker: its id, IMO number, name or alias. Unknown: 400.", example = "Yu Son")
    public String tanker;

    @QueryParam("port")
    @Parameter(description = "Only this port: its id, UN/LOCODE or name. Events at the port; voyages that load or "
            + "discharge there. Unknown: 400.", example = "Vostochny")
    public String port;

    @QueryParam("type")
    @Parameter(description = "Event types (repeat the parameter or separate with commas): AIS_ON, ARRIVAL, SIGHTING, "
            + "LOADING, SHIP_TO_SHIP, DISCHARGE, DEPARTURE, AIS_OFF, RETRACTION. Voyages match when at least one "
            + "supporting event matches all event-level filters (type, evidenceType, minConfidence).",
            schema = @Schema(type = SchemaType.ARRAY, implementation = EventType.class))
    public List<QueryParamConverters.EventTypes> types;

    @QueryParam("evidenceType")
    @Parameter(description = "Evidence types (repeat or comma-separate): AIS, SATELLITE_IMAGE, PATROL_PHOTO, "
            + "PRESS_REPORT, OFFICIAL_STATEMENT, ANALYST_INFERENCE. Applies to voyages through their supporting events.",
            schema = @Schema(type = SchemaType.ARRAY, implementation = EvidenceType.class))
    public List<QueryParamConverters.EvidenceTypes> evidenceTypes;

    @QueryParam("minConfidence")
    @Min(value = 1, message = "confidence runs from 1 to 4")
    @Max(value = 4, message = "confidence runs from 1 to 4")
    @Parameter(description = "Lowest confidence, 1 to 4. Applies to voyages through their supporting events.",
            example = "3")
    public Integer minConfidence;

    @QueryParam("illustrative")
    @Parameter(description = "true: only illustrative data; false: documented data only (events not flagged "
            + "illustrative; voyages whose opening event is documented; such a voyage may still have illustrative "
            + "support or assumed particulars, which its includesIllustrative says). Absent: both. yes/no too.",
            example = "false")
    public Boolean illustrative;

    @QueryParam("designated")
    @Parameter(description = "Designated at the time: true, false or unknown. Voyages by their designatedAtTheTime "
            + "(the tanker's sanctions designations on the day the voyage loaded: true when listed on or before it and "
            + "not delisted before it; false when it had none, or all were listed after or delisted before it; unknown "
            + "when a listing date is missing or known only to a month or year containing the day); events by the "
            + "same rule on the event's day.", example = "true",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"true", "false", "unknown"}))
    public DesignatedAtTheTime designated;

    /** The filter these parameters state, within the range given (null: no range) and with the retracted flag. */
    FilterCriteria criteria(RangeParams range, Boolean retracted) {
        return new FilterCriteria(range == null ? null : range.from, range == null ? null : range.to, tanker, port,
                union(types, QueryParamConverters.EventTypes::values, EventType.class),
                union(evidenceTypes, QueryParamConverters.EvidenceTypes::values, EvidenceType.class),
                minConfidence, illustrative, retracted, designated);
    }

    /** The values of a repeatable parameter: every occurrence, each one or several comma-separated values. */
    static <P, E extends Enum<E>> Set<E> union(List<P> occurrences, Function<P, Set<E>> values, Class<E> type) {
        Set<E> all = EnumSet.noneOf(type);
        if (occurrences != null) {
            occurrences.stream().filter(o -> o != null).forEach(o -> all.addAll(values.apply(o)));
        }
        return all;
    }
}
