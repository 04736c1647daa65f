package org.tidemark.web;

import java.net.URI;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.tidemark.domain.DomainException;

/** Errors as pages: the API answers problem+json, a browser gets a sentence and a way on. */
final class PageErrors {

    private PageErrors() {
    }

    /** Not signed in (and reads are not public): the sign-in page. */
    static Response signIn() {
        return Response.seeOther(URI.create("/signin")).build();
    }

    static Response forbidden(Viewer viewer) {
        return page(403, viewer, "Not allowed", "Your role does not allow this; recording needs an analyst. Ask an "
                + "administrator.");
    }

    static Response of(Viewer viewer, DomainException e) {
        int status = switch (e.kind()) {
            case NOT_FOUND -> 404;
            case GONE -> 410;
            case CONFLICT -> 409;
            case UNPROCESSABLE -> 422;
            case TOO_LARGE -> 413;
            case UNSUPPORTED_MEDIA_TYPE -> 415;
            case INVALID -> 400;
        };
        String title = switch (e.kind()) {
            case NOT_FOUND -> "Not found";
            case GONE -> "Gone";
            default -> "Refused";
        };
        // the parameter it concerns, as the API's problem names it in "field"
        return page(status, viewer, title, (e.field() == null ? "" : e.field() + ": ") + e.getMessage());
    }

    private static Response page(int status, Viewer viewer, String title, String text) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("utf-8"))
                .entity(Pages.message(viewer, title, text)).build();
    }
}
