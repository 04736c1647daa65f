package org.tidemark.api;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.tidemark.config.PageConfig;
import org.tidemark.query.FilterResolver;
import org.tidemark.query.TimelineEntry;
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

    TimelineResource(TimelineQueries timeline, FilterResolver filters, PageConfig page) {
        this.timeline = timeline;
        this.filters = filters;
        this.page = page;
    }

    @GET
    @Operation(summary = "The timeline: events and voyages, one page at a time",
            description = "Entries are ordered by (time, kind, id): an event's occurredFrom or a voyage's loadingFrom, "
                    + "events before voyages at the same instant, then the id. Pages are keyset-paged: pass nextCursor "
                    + "back as cursor. Entries recorded between pages never repeat or push out an entry. Retracted "
                    + "events stay in the list, flagged, and RETRACTION events appear with their reason.")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TimelinePage.class)))
    @APIResponse(responseCode = "400", description = "A bad argument: from not before to, an unknown tanker or port, "
            + "a limit out of bounds, a malformed cursor, an unknown type",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public TimelinePage timeline(
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
            @BeanParam PageParams paging) {
        return timeline.timeline(filters.filter(filter.criteria(range, retracted)),
                FilterParams.union(kinds, QueryParamConverters.Kinds::values, TimelineEntry.Kind.class),
                paging.cursor, paging.limit(page));
    }
}
