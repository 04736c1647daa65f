package org.tidemark.registry;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.tidemark.domain.PortRole;

/** A port as a user registers it; a port as the API reads it out registers as it is (its {@code id} is ignored). */
@JsonIgnoreProperties({"id"})
@Schema(description = "A port to register. A port as GET /api/ports/{id} reads it out is accepted as it is: id is "
        + "ignored.")
public record NewPort(
        @NotBlank @Size(max = 120) String name,
        @Pattern(regexp = "[A-Z]{2}[A-Z2-9]{3}", message = "must be a UN/LOCODE such as KPNAM") String locode,
        @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as RU") String country,
        @NotNull @DecimalMin("-90") @DecimalMax("90") Double latitude,
        @NotNull @DecimalMin("-180") @DecimalMax("180") Double longitude,
        @NotNull PortRole role) {
}
