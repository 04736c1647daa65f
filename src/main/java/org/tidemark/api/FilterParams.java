package org.tidemark.api;

import java.util.List;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The read-model filter's query parameters, shared by the timeline, voyages, series, caps and reconciliation. */
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
            + "supporting event matches all event-level filters (type, evidenceType, minConfidence).")
    public List<String> types;

    @QueryParam("evidenceType")
    @Parameter(description = "Evidence types (repeat or comma-separate): AIS, SATELLITE_IMAGE, PATROL_PHOTO, "
            + "PRESS_REPORT, OFFICIAL_STATEMENT, ANALYST_INFERENCE. Applies to voyages through their supporting events.")
    public List<String> evidenceTypes;

    @QueryParam("minConfidence")
    @Parameter(description = "Lowest confidence, 1 to 4. Applies to voyages through their supporting events.",
            example = "3")
    public String minConfidence;

    @QueryParam("illustrative")
    @Parameter(description = "true: only illustrative data; false: documented data only (events not flagged "
            + "illustrative; voyages whose opening event is documented; such a voyage may still have illustrative "
            + "support or assumed particulars, which its includesIllustrative says). Absent: both.", example = "false")
    public String illustrative;

    @QueryParam("designated")
    @Parameter(description = "Designated at the time: true, false or unknown. Voyages by their designatedAtTheTime "
            + "(the tanker's sanctions designations on the day the voyage loaded: true when listed on or before it and "
            + "not delisted before it; false when it had none, or all were listed after or delisted before it; unknown "
            + "when a listing date is missing or known only to a month or year containing the day); events by the "
            + "same rule on the event's day.", example = "true")
    public String designated;

    FilterRequest toRequest(RangeParams range, String retracted) {
        return new FilterRequest(range == null ? null : range.from, range == null ? null : range.to, tanker, port,
                types, evidenceTypes, minConfidence, illustrative, retracted, designated);
    }
}
