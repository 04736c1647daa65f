package org.tidemark.api;


import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.tidemark.domain.DomainException;
import org.tidemark.export.ExportKind;
import org.tidemark.export.Exports;
import org.tidemark.query.TimelineFilter;

/**
 * {@code Accept: text/csv} on a JSON list (the timeline, the voyages): the matching CSV export, for the same filter.
 * JSON stays the answer to no Accept, {@code *}{@code /*} and {@code application/json}.
 */
final class CsvNegotiation {

    static final String CSV = "text/csv";

    private CsvNegotiation() {
    }

    /** Whether the client prefers CSV: the first acceptable type (by q) that names JSON or CSV decides. */
    static boolean wanted(HttpHeaders headers) {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isWildcardType() || type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
            if (type.isCompatible(MediaType.valueOf(CSV))) {
                return true;
            }
        }
        return false;
    }

    /** A CSV file holds every entry: paging parameters mean nothing there and are refused by name. */
    static void refusePaging(PageParams paging) {
        if (paging.cursor != null) {
            throw DomainException.invalid("cursor", "a CSV holds every entry the filter matches; it has no pages");
        }
        if (paging.limit != null) {
            throw DomainException.invalid("limit", "a CSV holds every entry the filter matches; it has no pages");
        }
    }

    /** The export as an attachment, streamed, as GET /api/export/… sends it. */
    static Response attachment(Exports exports, ExportKind kind, TimelineFilter filter) {
        return ExportResource.attachment(exports, kind, filter).header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
    }

    /** A JSON answer that says it depends on Accept. */
    static Response json(Object entity) {
        return Response.ok(entity, MediaType.APPLICATION_JSON_TYPE).header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
    }
}
