package org.tidemark.api;

import java.net.URI;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
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
import org.tidemark.registry.NewTanker;
import org.tidemark.registry.NewTanker.Identity;
import org.tidemark.registry.NewTanker.NewDesignation;
import org.tidemark.registry.Registry;
import org.tidemark.registry.RegistryHistory;
import org.tidemark.registry.TankerView;
import org.tidemark.security.Roles;

/** The tanker registry. */
@RolesAllowed(Roles.VIEWER)
@Path("/api/tankers")
@Produces(MediaType.APPLICATION_JSON)
public class TankerResource {

    private final Registry registry;

    private final RegistryHistory history;

    TankerResource(Registry registry, RegistryHistory history) {
        this.history = history;
        this.registry = registry;
    }

    @GET
    public List<TankerView> list() {
        return registry.tankers();
    }

    @GET
    @Path("/{id}")
    public TankerView get(@PathParam("id") long id) {
        return registry.tanker(id).orElseThrow(() -> DomainException.notFound("there is no tanker " + id));
    }

    @POST
    @RolesAllowed(Roles.ANALYST)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(@NotNull @Valid NewTanker tanker, @Context UriInfo uri) {
        TankerView created = registry.register(tanker);
        URI location = uri.getBaseUriBuilder().path("api/tankers/{id}").build(created.id());
        return Response.created(location).entity(created).build();
    }

    /** Amends the tanker: a merge patch (RFC 7396) of its fields; changed particulars re-derive its voyages. */
    @PATCH
    @Path("/{id}")
    @RolesAllowed(Roles.ANALYST)
    @Consumes({MergePatchReader.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @RequestBody(description = "A merge patch (RFC 7396) of a tanker: any of these fields but its identities "
            + "and designations, which have endpoints of their own; a member sets a field, null clears it, an absent member "
            + "leaves it", content = {
            @Content(mediaType = MergePatchReader.MEDIA_TYPE, schema = @Schema(implementation = NewTanker.class)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NewTanker.class))})
    public TankerView amend(@PathParam("id") long id, @NotNull JsonNode patch) {
        return registry.amendTanker(id, patch);
    }

    @POST
    @Path("/{id}/identities")
    @RolesAllowed(Roles.ANALYST)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addIdentity(@PathParam("id") long id, @NotNull @Valid Identity identity, @Context UriInfo uri) {
        return created(registry.addIdentity(id, identity), uri);
    }

    @POST
    @Path("/{id}/designations")
    @RolesAllowed(Roles.ANALYST)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addDesignation(@PathParam("id") long id, @NotNull @Valid NewDesignation designation,
                                   @Context UriInfo uri) {
        return created(registry.addDesignation(id, designation), uri);
    }

    /** Amends a designation: a merge patch (RFC 7396) of its fields, e.g. {"delistedOn": "2024-06-01"}. */
    @PATCH
    @Path("/{id}/designations/{designationId}")
    @RolesAllowed(Roles.ANALYST)
    @Consumes({MergePatchReader.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @RequestBody(description = "A merge patch (RFC 7396) of a designation: any of these fields; a member sets a field, null "
            + "clears it, an absent member leaves it", content = {
            @Content(mediaType = MergePatchReader.MEDIA_TYPE, schema = @Schema(implementation = NewDesignation.class)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NewDesignation.class))})
    public TankerView amendDesignation(@PathParam("id") long id, @PathParam("designationId") long designationId,
                                       @NotNull JsonNode patch) {
        return registry.amendDesignation(id, designationId, patch);
    }

    private static Response created(TankerView tanker, UriInfo uri) {
        return Response.created(uri.getBaseUriBuilder().path("api/tankers/{id}").build(tanker.id())).entity(tanker).build();
    }

    /** Every change to the tanker: who, when, before and after, and the reason given. */
    @GET
    @Path("/{id}/history")
    public List<RegistryHistory.Entry> history(@PathParam("id") long id) {
        return history.of(RegistryChange.Kind.TANKER, id);
    }
}
