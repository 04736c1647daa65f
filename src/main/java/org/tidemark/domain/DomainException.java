package org.tidemark.domain;

/**
 * A request that cannot be carried out as asked, with the field at fault and a message a person
 * can act on. The API turns it into RFC 9457 problem+json with the status of its {@link Kind}.
 */
public class DomainException extends RuntimeException {

    /** What went wrong, which decides the HTTP status. */
    public enum Kind {
        /** Malformed or incomplete input (400). */
        INVALID,
        /** The thing asked for does not exist (404). */
        NOT_FOUND,
        /** The request clashes with the current state, e.g. a retry still in flight (409). */
        CONFLICT,
        /** Well-formed, but names something unknown or breaks a rule across events (422). */
        UNPROCESSABLE,
        /** Larger than this installation accepts: body size, rows per import (413). */
        TOO_LARGE,
        /** It existed and is gone for good, with the reason (410). */
        GONE,
        /** A body without a Content-Type, or of a type the endpoint does not read (415). */
        UNSUPPORTED_MEDIA_TYPE
    }

    private final Kind kind;
    private final String field;

    public DomainException(Kind kind, String field, String message) {
        super(message);
        this.kind = kind;
        this.field = field;
    }

    public static DomainException invalid(String field, String message) {
        return new DomainException(Kind.INVALID, field, message);
    }

    public static DomainException notFound(String message) {
        return new DomainException(Kind.NOT_FOUND, null, message);
    }

    public static DomainException conflict(String field, String message) {
        return new DomainException(Kind.CONFLICT, field, message);
    }

    public static DomainException unprocessable(String field, String message) {
        return new DomainException(Kind.UNPROCESSABLE, field, message);
    }

    public static DomainException gone(String message) {
        return new DomainException(Kind.GONE, null, message);
    }

    public static DomainException tooLarge(String field, String message) {
        return new DomainException(Kind.TOO_LARGE, field, message);
    }

    public Kind kind() {
        return kind;
    }

    /** The input field at fault, or null when the request as a whole is. */
    public String field() {
        return field;
    }
}
