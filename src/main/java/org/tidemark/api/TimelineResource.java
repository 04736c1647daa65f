package org.tidemark.api;

import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.tidemark.config.PageConfig;
import org.tidemark.domain.DomainException;
import org.tidemark.export.ExportKind;
import org.tidemark.export.Exports;
import org.tidemark.query.FilterResolver;
import org.tidemark.query.TimelineEntry;
import org.tidemark.query.TimelineFilter;
import org.tidemark.security.Roles;
import org.tidemark.timeline.TimelinePage;
import org.tidemark.timeline.TimelineQueries;

/** Events and voyages in one chronological list. */
@RolesAllowed(Roles.VIEWER)
@Path("/api/timeline")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Timeline", description = "Events and derived voyages, in time order")
public class TimelineResource {

    private final TimelineQueries timeline;
    private final FilterResolver filters;
    private final PageConfig page;

    private final Exports exports;

    TimelineResource(TimelineQueries timeline, FilterResolver filters, PageConfig page, Exports exports) {
        this.timeline = timeline;
        this.filters = filters;
        this.page = page;
        this.exports = exports;
    }

    @GET
    @Operation(summary = "The timeline: events and voyages, one page at a time",
            description = "Entries are ordered by (time, kind, id): an event's occurredFrom or a voyage's loadingFrom, "
                    + "events before voyages at the same instant, then the id. Pages are keyset-paged: pass nextCursor "
                    + "back as cursor. Entries recorded between pages never repeat or push out an entry. Retracted "
                    + "events stay in the list, flagged, and RETRACTION events appear with their reason. With Accept: "
                    + "text/csv the answer is the events CSV of GET /api/export/events.csv for the same filter (every "
                    + "event, no pages: cursor and limit are refused; kind, if given, must be EVENT).")
    @APIResponse(responseCode = "200", description = "One page; or, with Accept: text/csv, the events CSV as an attachment",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TimelinePage.class)),
                    @Content(mediaType = CsvNegotiation.CSV, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "400", description = "A bad argument: from not before to, an unknown tanker or port, "
            + "a limit out of bounds, a malformed cursor, an unknown type",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @Produces({MediaType.APPLICATION_JSON, CsvNegotiation.CSV})
    public Response timeline(
            @BeanParam RangeParams range,
            @Valid @BeanParam FilterParams filter,
            @QueryParam("retracted")
            @Parameter(description = "true: only retracted events (voyages are never retracted, so none); false: "
                    + "leave retracted events out. Absent: both, retracted ones flagged.", example = "false")
            Boolean retracted,
            @QueryParam("kind")
            @Parameter(description = "EVENT, VOYAGE or both (repeat or comma-separate). Absent: both.", example = "[\"VOYAGE\"]",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = TimelineEntry.Kind.class))
            List<QueryParamConverters.Kinds> kinds,
            @BeanParam PageParams paging, @Context HttpHeaders headers) {
        Set<TimelineEntry.Kind> kind = FilterParams.union(kinds, QueryParamConverters.Kinds::values, TimelineEntry.Kind.class);
        TimelineFilter selected = filters.filter(filter.criteria(range, retracted));
        if (CsvNegotiation.wanted(headers)) {
            CsvNegotiation.refusePaging(paging);
            if (kind != null && !kind.isEmpty() && !kind.equals(Set.of(TimelineEntry.Kind.EVENT))) {
                throw DomainException.invalid("kind", "the timeline as CSV is its events (GET /api/export/events.csv); "
                        + "for voyages ask GET /api/voyages with Accept: text/csv");
            }
            return CsvNegotiation.attachment(exports, ExportKind.EVENTS_CSV, selected);
        }
        return CsvNegotiation.json(timeline.timeline(selected, kind, paging.cursor, paging.limit(page)));
    }
}
