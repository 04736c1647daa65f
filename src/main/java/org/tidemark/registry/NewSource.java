package org.tidemark.registry;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.tidemark.domain.AcceptedDates;

/**
 * A source as a user registers it; {@code key} is the short name events cite it by. A source as the API reads it out
 * registers as it is: its {@code id} and {@code createdAt} are the server's and are ignored.
 */
@JsonIgnoreProperties({"id", "createdAt"})
@Schema(description = "A source to register. A source as GET /api/sources/{id} reads it out is accepted as it is: "
        + "id and createdAt are ignored.")
public record NewSource(
        @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,79}", message = "must be lower-case letters, digits and dashes") String key,
        @NotBlank @Size(max = 200) String publisher,
        @NotBlank @Size(max = 500) String title,
        @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String url,
        @AcceptedDates.Within LocalDate publishedOn,
        @AcceptedDates.Within LocalDate retrievedOn,
        boolean illustrative,
        @Size(max = 4000) String notes) {
}
