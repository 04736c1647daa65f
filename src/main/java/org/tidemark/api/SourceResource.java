package org.tidemark.api;

import java.net.URI;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

import org.tidemark.domain.DomainException;
import org.tidemark.domain.RegistryChange;
import org.tidemark.domain.Source;
import org.tidemark.registry.NewSource;
import org.tidemark.registry.Registry;
import org.tidemark.registry.RegistryHistory;
import org.tidemark.security.Roles;

/** The sources events and claims cite. */
@RolesAllowed(Roles.VIEWER)
@Path("/api/sources")
@Produces(MediaType.APPLICATION_JSON)
public class SourceResource {

    private final Registry registry;

    private final RegistryHistory history;

    SourceResource(Registry registry, RegistryHistory history) {
        this.history = history;
        this.registry = registry;
    }

    @GET
    public List<Source> list() {
        return Source.listAll(Sort.by("key"));
    }

    @GET
    @Path("/{id}")
    public Source get(@PathParam("id") long id) {
        return Source.<Source>findByIdOptional(id).orElseThrow(() -> DomainException.notFound("there is no source " + id));
    }

    @POST
    @RolesAllowed(Roles.ANALYST)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(@NotNull @Valid NewSource source, @Context UriInfo uri) {
        Source created = registry.register(source);
        URI location = uri.getBaseUriBuilder().path("api/sources/{id}").build(created.id);
        return Response.created(location).entity(created).build();
    }

    /** Amends the source: a merge patch (RFC 7396) of its fields. */
    @PATCH
    @Path("/{id}")
    @RolesAllowed(Roles.ANALYST)
    @Consumes({MergePatchReader.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @RequestBody(description = "A merge patch (RFC 7396) of a source: any of these fields; a member sets a field, null "
            + "clears it, an absent member leaves it", content = {
            @Content(mediaType = MergePatchReader.MEDIA_TYPE, schema = @Schema(implementation = NewSource.class)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NewSource.class))})
    public Source amend(@PathParam("id") long id, @NotNull JsonNode patch) {
        return registry.amendSource(id, patch);
    }

    /** Every change to the source: who, when, before and after, and the reason given. */
    @GET
    @Path("/{id}/history")
    public List<RegistryHistory.Entry> history(@PathParam("id") long id) {
        return history.of(RegistryChange.Kind.SOURCE, id);
    }
}
