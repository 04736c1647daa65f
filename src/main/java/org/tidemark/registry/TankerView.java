package org.tidemark.registry;

import java.time.LocalDate;
import java.util.List;

import org.tidemark.domain.IdentityKind;
import org.tidemark.domain.Tanker;

/** A tanker as the API shows it, with its identity history and designations. */
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
        Double cargoCapacityLowT,
        Double cargoCapacityHighT,
        Double deadweightLowT,
        Double deadweightHighT) {

    /** One entry of the identity history. */
    public record Identity(IdentityKind kind, String value, LocalDate validFrom, LocalDate validTo, Long sourceId) {
    }

    /** One sanctions listing. */
    public record Designation(String regime, LocalDate listedOn, String reference, Long sourceId) {
    }

    public static TankerView of(Tanker t) {
        return new TankerView(t.id, t.name, t.imo, t.mmsi, t.flag, t.deadweightT, t.cargoCapacityT, t.tpcTonnesPerCm,
                t.ballastDraftM, t.illustrative, t.particularsNote, t.sourceId,
                t.identities.stream().map(i -> new Identity(i.kind, i.value, i.validFrom, i.validTo, i.sourceId)).toList(),
                t.designations.stream().map(d -> new Designation(d.regime, d.listedOn, d.reference, d.sourceId)).toList(),
                t.cargoCapacityLowT, t.cargoCapacityHighT, t.deadweightLowT, t.deadweightHighT);
    }
}
