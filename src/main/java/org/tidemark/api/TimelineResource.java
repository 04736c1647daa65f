package org.tidemark.api;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

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
    private final QueryArguments arguments;

    TimelineResource(TimelineQueries timeline, QueryArguments arguments) {
        this.timeline = timeline;
        this.arguments = arguments;
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
            @BeanParam FilterParams filter,
            @QueryParam("retracted")
            @Parameter(description = "true: only retracted events (voyages are never retracted, so none); false: "
                    + "leave retracted events out. Absent: both, retracted ones flagged.", example = "false")
            String retracted,
            @QueryParam("kind")
            @Parameter(description = "EVENT, VOYAGE or both (repeat or comma-separate). Absent: both.", example = "[\"VOYAGE\"]")
            List<String> kinds,
            @QueryParam("cursor")
            @Parameter(description = "The nextCursor of the previous page; absent for the first page. Opaque.")
            String cursor,
            @QueryParam("limit")
            @Parameter(description = "Entries per page, 1 to 1000; default 100.", example = "100")
            String limit) {
        return timeline.timeline(arguments.filter(filter.toRequest(range, retracted)), QueryArguments.kinds(kinds),
                cursor, QueryArguments.limit(limit));
    }
}
