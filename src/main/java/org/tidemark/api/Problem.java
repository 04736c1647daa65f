package org.tidemark.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An RFC 9457 problem detail, with the fields at fault when the input was bad. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /**
     * One input field and what is wrong with it.
     *
     * @param row the 1-based row of an import file the error is in; absent for single requests
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FieldError(Long row, String field, String message) {

        public FieldError(String field, String message) {
            this(null, field, message);
        }
    }
}
