package org.tidemark.domain;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** A JSON member that binds but is refused, with a message a person can act on (reported as it is, with its field). */
public final class RefusedMember extends MismatchedInputException {

    private RefusedMember(JsonParser p, String message, Class<?> type) {
        super(p, message, type);
    }

    /** A refusal of {@code field} of a {@code type} being bound. */
    public static RefusedMember of(JsonParser p, Class<?> type, String field, String message) {
        RefusedMember e = new RefusedMember(p, message, type);
        e.prependPath(type, field);
        return e;
    }
}
