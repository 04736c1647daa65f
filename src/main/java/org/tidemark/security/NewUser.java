package org.tidemark.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A user as an administrator creates one. */
public record NewUser(
        @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9._-]{1,79}", message = "must be 2-80 lower-case letters, digits, dots, dashes or underscores") String username,
        @NotBlank @Size(min = 12, max = 200, message = "must be 12 to 200 characters") String password,
        @NotBlank @Pattern(regexp = "viewer|analyst|admin", message = "must be viewer, analyst or admin") String role) {
}
