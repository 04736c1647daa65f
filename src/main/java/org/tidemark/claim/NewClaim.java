package org.tidemark.claim;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.tidemark.domain.AcceptedDates;
import org.tidemark.domain.ClaimComparator;
import org.tidemark.domain.ClaimSubject;
import org.tidemark.domain.ReferenceText;
import org.tidemark.domain.VolumeUnit;

/**
 * A published figure as an analyst records it.
 *
 * @param publisher  who published it; defaults to the source's publisher
 * @param source     the source's key or id (optional, but a claim without one cannot be checked by others)
 * @param value      the figure: trips, vessels, a volume in {@code unit}, or for DESIGNATED_SHARE a fraction
 *                   from 0 to 1 of the trips (0.5 for "half")
 * @param unit       BARREL or TONNE, for VOLUME claims only
 * @param periodFrom first day the claim covers
 * @param periodTo   last day the claim covers (included)
 * @param port       the loading port whose calls the claim counts (id, UN/LOCODE or name); optional
 * @param statement  the claim in the publisher's words
 * <p>
 * A claim as the API reads it out records as it is: its {@code id} is ignored, and {@code source} and {@code port}
 * may be the objects read out (their key and name decide).
 */
@JsonIgnoreProperties({"id"})
@Schema(description = "A claim to record. A claim as GET /api/claims/{id} reads it out is accepted as it is: id is "
        + "ignored, and source and port may be the objects read out (their key and name decide).")
public record NewClaim(
        @Size(max = 200) String publisher,
        @JsonDeserialize(using = ReferenceText.class) @Size(max = 80) String source,
        @NotNull ClaimSubject subject,
        @NotNull ClaimComparator comparator,
        @NotNull @PositiveOrZero Double value,
        VolumeUnit unit,
        @NotNull @AcceptedDates.Within LocalDate periodFrom,
        @NotNull @AcceptedDates.Within LocalDate periodTo,
        @JsonDeserialize(using = ReferenceText.class) @Size(max = 120) String port,
        @Size(max = 4000) String statement) {
}
