package org.tidemark.query;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.tidemark.domain.EstimateMethod;
import org.tidemark.domain.VolumeUnit;
import org.tidemark.domain.VoyageStatus;

/**
 * A derived voyage as the API shows it: where and when it loaded and discharged, how sure that
 * is, and its cargo estimate with the method and inputs behind it.
 *
 * @param loadPort   where it loaded; null when it loaded at sea ({@code loadedFrom}) or the loading was not
 *                   evidenced (status ORIGIN_UNKNOWN, whose loadingFrom/To hold its earliest evidence instead)
 * @param confidence 1–4: the weaker of its loading and discharge ends, each as strong as its best event
 * @param loadedFrom the tanker it took its cargo from at sea, when it loaded by a ship-to-ship transfer
 * @param conflicts  evidence that contradicts this voyage, kept and shown rather than resolved silently
 * @param designatedAtTheTime whether the tanker was designated when the voyage loaded ({@link DesignatedAtTheTime})
 * @param source    the source of the event that opened the voyage
 * @param eventIds  the supporting events, in event order; only in the single-voyage view
 * @param events    the supporting events as full timeline entries, in event order; only in the single-voyage view
 * @param sources   the distinct sources of the supporting events; only in the single-voyage view
 * @param breakdown how the estimate was made, band by band; only in the single-voyage view
 */
public record VoyageView(
        UUID id,
        Ref tanker,
        Ref loadPort,
        Ref dischargePort,
        Instant loadingFrom,
        Instant loadingTo,
        Instant dischargeFrom,
        Instant dischargeTo,
        VoyageStatus status,
        int confidence,
        Ref loadedFrom,
        List<Conflict> conflicts,
        boolean illustrative,
        boolean includesIllustrative,
        @Schema(type = SchemaType.STRING, enumeration = {"true", "false", "unknown"},
                description = "Whether the tanker was under a sanctions designation on the day the voyage loaded: "
                        + "true (listed on or before that day and not delisted before it), false (no designation, or "
                        + "all listed after or delisted before it), unknown (a designation without a date, or whose "
                        + "month or year contains the day)")
        DesignatedAtTheTime designatedAtTheTime,
        Estimate estimate,
        SourceRef source,
        List<Long> eventIds,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<TimelineEntry> events,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<SourceRef> sources,
        @JsonInclude(JsonInclude.Include.NON_NULL) EstimateBreakdown breakdown) {

    /** A named record this voyage points at. */
    public record Ref(long id, String name) {
    }

    /** Evidence that contradicts the voyage: the event, the kind of contradiction, and what it means. */
    public record Conflict(long eventId, String kind, String explanation) {
    }

    /** A band in one unit, rounded to what the unit means ({@link VolumeUnit#round}: barrels to 1, tonnes to 0.1). */
    public record Band(double low, double central, double high, VolumeUnit unit) {
        public Band {
            low = unit.round(low);
            central = unit.round(central);
            high = unit.round(high);
        }
    }

    /** The cargo estimate: bands in barrels and tonnes (absent when the method is NONE), and what they rest on. */
    public record Estimate(EstimateMethod method, Band barrels, Band tonnes, Map<String, Object> inputs) {
    }

    /** The same voyage with the single-voyage details added. */
    public VoyageView withDetails(List<TimelineEntry> supporting, List<SourceRef> supportingSources,
                           EstimateBreakdown estimateBreakdown) {
        List<Long> ids = supporting.stream().map(e -> e.event().id()).toList();
        return new VoyageView(id, tanker, loadPort, dischargePort, loadingFrom, loadingTo, dischargeFrom, dischargeTo,
                status, confidence, loadedFrom, conflicts, illustrative, includesIllustrative, designatedAtTheTime,
                estimate, source, ids, supporting, supportingSources,
                estimateBreakdown);
    }
}
