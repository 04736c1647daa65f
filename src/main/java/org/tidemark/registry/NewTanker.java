package org.tidemark.registry;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.tidemark.domain.AcceptedDates;
import org.tidemark.domain.IdentityKind;

/** A tanker as a user registers it; the IMO number's check digit is verified by the registry. */
public record NewTanker(
        @NotBlank @Size(max = 120) String name,
        @Pattern(regexp = "\\d{7}", message = "must be seven digits") String imo,
        @Pattern(regexp = "\\d{9}", message = "must be nine digits") String mmsi,
        @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as KP") String flag,
        @Positive Double deadweightT,
        @Positive Double cargoCapacityT,
        @Positive Double tpcTonnesPerCm,
        @Positive Double ballastDraftM,
        boolean illustrative,
        @Size(max = 4000) String particularsNote,
        @Size(max = 80) String source,
        List<@Valid Identity> identities,
        List<@Valid NewDesignation> designations) {

    /** An earlier name, another spelling, a flag or an MMSI, with the time it held. */
    public record Identity(@NotNull IdentityKind kind, @NotBlank @Size(max = 120) String value,
                           @AcceptedDates.Within LocalDate validFrom, @AcceptedDates.Within LocalDate validTo, @Size(max = 80) String source) {
    }

    /** A sanctions listing. */
    public record NewDesignation(@NotBlank @Size(max = 80) String regime, @AcceptedDates.Within LocalDate listedOn,
                                 @Size(max = 500) String reference, @Size(max = 80) String source) {
    }
}
