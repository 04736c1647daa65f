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
import org.tidemark.domain.Port;
import org.tidemark.domain.RegistryChange;
import org.tidemark.registry.NewPort;
import org.tidemark.registry.Registry;
import org.tidemark.registry.RegistryHistory;
import org.tidemark.security.Roles;

/** The port registry. */
@RolesAllowed(Roles.VIEWER)
@Path("/api/ports")
@Produces(MediaType.APPLICATION_JSON)
public class PortResource {

    private final Registry registry;

    private final RegistryHistory history;

    PortResource(Registry registry, RegistryHistory history) {
        this.history = history;
        this.registry = registry;
    }

    @GET
    public List<Port> list() {
        return Port.listAll(Sort.by("name"));
    }

    @GET
    @Path("/{id}")
    public Port get(@PathParam("id") long id) {
        return Port.<Port>findByIdOptional(id).orElseThrow(() -> DomainException.notFound("there is no port " + id));
    }

    @POST
    @RolesAllowed(Roles.ANALYST)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(@NotNull @Valid NewPort port, @Context UriInfo uri) {
        Port created = registry.register(port);
        URI location = uri.getBaseUriBuilder().path("api/ports/{id}").build(created.id);
        return Response.created(location).entity(created).build();
    }

    /** Amends the port: a merge patch (RFC 7396) of its fields; a new role re-derives the tankers with events there. */
    @PATCH
    @Path("/{id}")
    @RolesAllowed(Roles.ANALYST)
    @Consumes({MergePatchReader.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @RequestBody(description = "A merge patch (RFC 7396) of a port: any of these fields; a member sets a field, null "
            + "clears it, an absent member leaves it", content = {
            @Content(mediaType = MergePatchReader.MEDIA_TYPE, schema = @Schema(implementation = NewPort.class)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NewPort.class))})
    public Port amend(@PathParam("id") long id, @NotNull JsonNode patch) {
        return registry.amendPort(id, patch);
    }

    /** Every change to the port: who, when, before and after, and the reason given. */
    @GET
    @Path("/{id}/history")
    public List<RegistryHistory.Entry> history(@PathParam("id") long id) {
        return history.of(RegistryChange.Kind.PORT, id);
    }
}
