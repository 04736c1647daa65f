package org.tidemark.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.tidemark.domain.DatePrecision;
import org.tidemark.domain.IdentityKind;
import org.tidemark.domain.Tanker;

/**
 * A tanker as the API shows it, with its identity history and designations.
 *
 * @param conflictCount how many pieces of evidence contradict one of its derived voyages
 * @param conflicts     those contradictions, voyage by voyage in loading order; only on the tanker alone
 *                      ({@code GET /api/tankers/{id}}), null (left out) in the list, which must not grow with them
 * @param source    the source of its particulars, with the key a write cites it by; {@code sourceId} repeats its id
 */
public record TankerView(
        long id,
        String name,
        String imo,
        String mmsi,
        String flag,
        Double deadweightT,
        Double cargoCapacityT,
        Double tpcTonnesPerCm,
        Double ballastDraftM,
        boolean illustrative,
        String particularsNote,
        Long sourceId,
        List<Identity> identities,
        List<Designation> designations,
        @Schema(description = "How many pieces of evidence contradict one of its derived voyages")
        int conflictCount,
        @Schema(description = "Those contradictions, voyage by voyage in loading order. Only on GET /api/tankers/{id}: "
                + "the list GET /api/tankers gives conflictCount alone, so that it does not grow with them.")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        List<VoyageConflict> conflicts,
        Double cargoCapacityLowT,
        Double cargoCapacityHighT,
        Double deadweightLowT,
        Double deadweightHighT,
        SourceKey source) {

    /** A cited source: its id here and the key a write names it by, in any database. */
    public record SourceKey(long id, String key) {
    }

    /** One entry of the identity history. */
    public record Identity(IdentityKind kind, String value, LocalDate validFrom, LocalDate validTo, Long sourceId,
                           SourceKey source) {
    }

    /**
     * One sanctions listing; {@code id} addresses it for amendment (PATCH /api/tankers/{id}/designations/{designationId}).
     *
     * @param listedOn          the listing date, or the first day of its month or year ({@code listedOnPrecision});
     *                          null when not known
     * @param delistedOn        the delisting date likewise; null while listed
     */
    public record Designation(long id, String regime, LocalDate listedOn, DatePrecision listedOnPrecision,
                              LocalDate delistedOn, DatePrecision delistedOnPrecision, String reference,
                              Long sourceId, SourceKey source) {
    }

    /** Evidence that contradicts one of the tanker's voyages (the voyage lists it too). */
    public record VoyageConflict(UUID voyageId, long eventId, String kind, String explanation) {
    }

    /**
     * The tanker as shown; {@code sourceKeys} gives the key of every source id it cites.
     *
     * @param conflicts its conflicts, or null for the list (then {@code conflictCount} alone tells them)
     */
    public static TankerView of(Tanker t, int conflictCount, List<VoyageConflict> conflicts,
            Map<Long, String> sourceKeys) {
        return new TankerView(t.id, t.name, t.imo, t.mmsi, t.flag, t.deadweightT, t.cargoCapacityT, t.tpcTonnesPerCm,
                t.ballastDraftM, t.illustrative, t.particularsNote, t.sourceId,
                t.identities.stream().map(i -> new Identity(i.kind, i.value, i.validFrom, i.validTo, i.sourceId,
                        key(i.sourceId, sourceKeys))).toList(),
                t.designations.stream().map(d -> new Designation(d.id, d.regime, d.listedOn, d.listedOnPrecision,
                        d.delistedOn, d.delistedOnPrecision, d.reference, d.sourceId, key(d.sourceId, sourceKeys))).toList(),
                conflictCount, conflicts == null ? null : List.copyOf(conflicts), t.cargoCapacityLowT,
                t.cargoCapacityHighT, t.deadweightLowT, t.deadweightHighT, key(t.sourceId, sourceKeys));
    }

    private static SourceKey key(Long sourceId, Map<Long, String> sourceKeys) {
        return sourceId == null ? null : new SourceKey(sourceId, sourceKeys.get(sourceId));
    }
}
