package org.tidemark.api;

import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import org.tidemark.domain.DomainException;
import org.tidemark.ingest.EventImporter;
import org.tidemark.ingest.EventRecorder;
import org.tidemark.ingest.ImportFormat;
import org.tidemark.ingest.ImportReport;
import org.tidemark.ingest.NewVoyageEvent;
import org.tidemark.security.Roles;
import org.tidemark.timeline.EventHistory;
import org.tidemark.timeline.RecordedEvent;

/** Recording voyage events: one at a time, in bulk, and retracting them. */
@RolesAllowed(Roles.VIEWER)
@Path("/api/events")
@Produces(MediaType.APPLICATION_JSON)
public class EventResource {

    static final String CSV = "text/csv";
    static final String NDJSON = "application/x-ndjson";

    private final EventRecorder recorder;
    private final EventImporter importer;
    private final EventHistory history;

    EventResource(EventRecorder recorder, EventImporter importer, EventHistory history) {
        this.recorder = recorder;
        this.importer = importer;
        this.history = history;
    }

    /** Why an event is retracted. */
    public record RetractionRequest(@NotBlank @Size(max = 4000) String reason) {
    }

    @POST
    @RolesAllowed(Roles.ANALYST)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record one event",
            description = "The body is a NewVoyageEvent, or an event exactly as the API reads it out: the JSON of "
                    + "GET /api/events/{id}, or a timeline entry (kind EVENT with its event), is accepted unchanged and "
                    + "records the same fact (docs/API.md, \"Read and write\"). References (tanker, port, source, "
                    + "counterpart) may be text or the objects read out ({id, name}, {id, key, ...}): the name or key "
                    + "decides, and a tanker's id is used only when that tanker bears the name beside it. "
                    + "occurredFrom/occurredTo may carry the precision they were read with (DAY, WEEK, MONTH, HOUR, "
                    + "EXACT) when they are exactly that window. Members the server sets (id, recordedBy, recordedAt, at, "
                    + "portId, sourceId) are ignored; a retracted event (retraction, retracted: true), a retraction "
                    + "(retractsEventId) and a VOYAGE entry are refused with a 400 naming the member.")
    public Response record(@NotNull @Valid NewVoyageEvent event,
                           @HeaderParam("Idempotency-Key") @Size(max = 200) String idempotencyKey,
                           @Context UriInfo uri, @Context SecurityContext security) {
        EventRecorder.Outcome outcome = recorder.record(event, Principals.name(security), idempotencyKey);
        URI location = uri.getBaseUriBuilder().path("api/events/{id}").build(outcome.event().id());
        return (outcome.created() ? Response.created(location) : Response.ok().location(location))
                .entity(outcome.event()).build();
    }

    /** Many events in one file, all or nothing; the body is streamed, never held whole. */
    @POST
    @RolesAllowed(Roles.ANALYST)
    @Path("/import")
    @Consumes({CSV, MediaType.APPLICATION_JSON, NDJSON})
    public ImportReport importEvents(InputStream body,
                                     @QueryParam("dryRun") @Parameter(description = "true: check and report, store nothing; "
                                             + "false or absent: store. Any other value (also a bare ?dryRun) is a 400.",
                                             schema = @Schema(type = SchemaType.BOOLEAN))
                                     List<QueryParamConverters.WriteFlag> dryRun,
                                     @Context HttpHeaders headers, @Context UriInfo uri, @Context SecurityContext security) {
        boolean onlyCheck = dryRun(dryRun, uri.getQueryParameters().containsKey("dryRun"));
        MediaType type = headers.getMediaType();
        if (type == null) {
            throw new DomainException(DomainException.Kind.UNSUPPORTED_MEDIA_TYPE, "Content-Type",
                    "say what the body is: Content-Type text/csv, application/json or application/x-ndjson");
        }
        ImportFormat format = type.isCompatible(MediaType.valueOf(CSV)) ? ImportFormat.CSV
                : type.isCompatible(MediaType.valueOf(NDJSON)) ? ImportFormat.NDJSON
                : ImportFormat.JSON;
        return importer.importEvents(body, format, onlyCheck, Principals.name(security));
    }

    /**
     * The flag guards a write, so it fails closed: one clear true or false (each value checked as it converts).
     * The REST layer converts no empty value, so a bare {@code ?dryRun} or {@code dryRun=} is told by its name.
     */
    static boolean dryRun(List<QueryParamConverters.WriteFlag> given, boolean named) {
        List<QueryParamConverters.WriteFlag> values = given == null ? List.of()
                : given.stream().filter(Objects::nonNull).toList();
        if (values.isEmpty()) {
            if (named) {
                throw DomainException.invalid("dryRun", "dryRun must be true or false (given: an empty value); "
                        + "nothing was stored");
            }
            return false;
        }
        if (values.size() > 1) {
            throw DomainException.invalid("dryRun", "dryRun must be true or false, once (given: "
                    + values.stream().map(v -> "'" + v + "'").collect(Collectors.joining(", "))
                    + "); nothing was stored");
        }
        return values.get(0).value();
    }

    @GET
    @Path("/{id}")
    public RecordedEvent get(@PathParam("id") long id) {
        return history.find(id).orElseThrow(() -> DomainException.notFound("there is no event " + id));
    }

    @POST
    @RolesAllowed(Roles.ANALYST)
    @Path("/{id}/retraction")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response retract(@PathParam("id") long id, @NotNull @Valid RetractionRequest request,
                            @Context UriInfo uri, @Context SecurityContext security) {
        RecordedEvent retraction = recorder.retract(id, request.reason(), Principals.name(security)).event();
        URI location = uri.getBaseUriBuilder().path("api/events/{id}").build(retraction.id());
        return Response.created(location).entity(retraction).build();
    }
}
