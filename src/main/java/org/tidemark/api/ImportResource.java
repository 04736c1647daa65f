package org.tidemark.api;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.tidemark.bundle.RegistryBundleImport;
import org.tidemark.bundle.RegistryBundles;
import org.tidemark.security.Roles;

/** Imports that are not events: the registry bundle {@code GET /api/export/registry} writes. */
@RolesAllowed(Roles.ANALYST)
@Path("/api/import")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Exports", description = "The timeline's events and voyages as files, for any timeline filter (docs/EXPORTS.md)")
public class ImportResource {

    private final RegistryBundles bundles;

    ImportResource(RegistryBundles bundles) {
        this.bundles = bundles;
    }

    @POST
    @Path("/registry")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a registry bundle, all or nothing",
            description = "Sources, ports, tankers (with identities and designations) and claims, as "
                    + "GET /api/export/registry writes them, each registered as its own POST would (the same checks). "
                    + "Ids in the bundle are not kept: every record gets a new one, and references are resolved by "
                    + "source key, port name and tanker name. Meant for an empty registry: a key or name already "
                    + "registered is a 409 naming the item. The first bad item refuses the whole bundle, naming it and "
                    + "its field (tankers[2].imo); nothing is stored.")
    @APIResponse(responseCode = "200", description = "What was registered (or, with dryRun=true, would be)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RegistryBundles.Report.class)))
    @APIResponse(responseCode = "400", description = "Not a bundle, or an item with a missing or malformed field (named)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "An item whose key or name is registered already (named)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "An item the rules refuse, e.g. a reference to an unknown source (named)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RegistryBundles.Report registry(@NotNull RegistryBundleImport bundle,
                                           @QueryParam("dryRun") @Parameter(description = "true: check and report, store "
                                                   + "nothing; false or absent: store. Any other value (also a bare "
                                                   + "?dryRun) is a 400.", schema = @Schema(type = SchemaType.BOOLEAN))
                                           List<QueryParamConverters.WriteFlag> dryRun, @Context UriInfo uri) {
        return bundles.importBundle(bundle, EventResource.dryRun(dryRun, uri.getQueryParameters().containsKey("dryRun")));
    }
}
