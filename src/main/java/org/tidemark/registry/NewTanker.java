package org.tidemark.registry;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.tidemark.domain.AcceptedDates;
import org.tidemark.domain.DatePrecision;
import org.tidemark.domain.IdentityKind;
import org.tidemark.domain.ReferenceText;

/**
 * A tanker as a user registers it; the IMO number's check digit is verified by the registry. A capacity
 * known only as a range is given as {@code cargoCapacityLowT} and {@code cargoCapacityHighT} (or a deadweight
 * range as {@code deadweightLowT} and {@code deadweightHighT}); a single figure beside its range must lie in it.
 * <p>
 * A tanker as the API reads it out registers as it is: {@code id}, {@code sourceId}, {@code conflictCount} and
 * {@code conflicts} (and a designation's {@code id}) are the server's and ignored; {@code source} may be the key or
 * the object read out.
 */
@JsonIgnoreProperties({"id", "sourceId", "conflictCount", "conflicts"})
@Schema(description = "A tanker to register, with its identities and designations. A tanker as GET /api/tankers/{id} "
        + "reads it out is accepted as it is: id, sourceId, conflictCount, conflicts and a designation's id are "
        + "ignored, and each source may be the {id, key} object read out (the key decides).")
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
        @JsonDeserialize(using = ReferenceText.class) @Size(max = 80) String source,
        List<@Valid Identity> identities,
        List<@Valid NewDesignation> designations,
        @Positive Double cargoCapacityLowT,
        @Positive Double cargoCapacityHighT,
        @Positive Double deadweightLowT,
        @Positive Double deadweightHighT) {

    /** An earlier name, another spelling, a flag or an MMSI, with the time it held. */
    @JsonIgnoreProperties({"sourceId"})
    public record Identity(@NotNull IdentityKind kind, @NotBlank @Size(max = 120) String value,
                           @AcceptedDates.Within LocalDate validFrom, @AcceptedDates.Within LocalDate validTo,
                           @JsonDeserialize(using = ReferenceText.class) @Size(max = 80) String source) {
    }

    /**
     * A sanctions listing.
     *
     * @param listedOn            the listing date; known only to the month or year, that period's first day
     *                            (2018-03-01 for March 2018) with the precision; absent when not known
     * @param listedOnPrecision   DAY (the default for a date), MONTH or YEAR
     * @param delistedOn          the delisting date, likewise; absent while listed
     * @param delistedOnPrecision DAY (the default for a date), MONTH or YEAR
     */
    @JsonIgnoreProperties({"id", "sourceId"})
    public record NewDesignation(@NotBlank @Size(max = 80) String regime,
                                 @AcceptedDates.Within LocalDate listedOn, DatePrecision listedOnPrecision,
                                 @AcceptedDates.Within LocalDate delistedOn, DatePrecision delistedOnPrecision,
                                 @Size(max = 500) String reference,
                                 @JsonDeserialize(using = ReferenceText.class) @Size(max = 80) String source) {
    }
}
