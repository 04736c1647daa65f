package org.tidemark.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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
import org.jboss.resteasy.reactive.RestResponse;

import org.tidemark.claim.ClaimView;
import org.tidemark.claim.Claims;
import org.tidemark.claim.NewClaim;
import org.tidemark.claim.Reconciliation;
import org.tidemark.domain.DomainException;
import org.tidemark.domain.RegistryChange;
import org.tidemark.query.FilterResolver;
import org.tidemark.registry.RegistryHistory;
import org.tidemark.security.Roles;

/** Published claims and their reconciliation with what is tracked. */
@RolesAllowed(Roles.VIEWER)
@Path("/api/claims")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Claims", description = "Published figures (trips, volume, vessels) and how they compare with the tracked ones")
public class ClaimResource {

    private final Claims claims;
    private final FilterResolver filters;

    private final RegistryHistory history;

    ClaimResource(Claims claims, FilterResolver filters, RegistryHistory history) {
        this.history = history;
        this.claims = claims;
        this.filters = filters;
    }

    @POST
    @RolesAllowed(Roles.ANALYST)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a claim",
            description = "subject TRIPS, VOLUME, VESSELS or DESIGNATED_SHARE (the share of trips made by vessels "
                    + "designated at the time, value a fraction from 0 to 1: \"more than half\" is MORE_THAN 0.5); "
                    + "comparator ABOUT, MORE_THAN, LESS_THAN or EXACTLY; unit "
                    + "BARREL or TONNE for VOLUME only; the period's days are both included; port is the loading port "
                    + "whose calls the claim counts.")
    @APIResponse(responseCode = "201", description = "Recorded; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClaimView.class)))
    @APIResponse(responseCode = "400", description = "Missing or inconsistent fields",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "An unknown source or port, or a discharge port",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<ClaimView> record(@NotNull @Valid NewClaim claim, @Context UriInfo uri) {
        ClaimView created = claims.record(claim);
        URI location = uri.getBaseUriBuilder().path("api/claims/{id}").build(created.id());
        return RestResponse.ResponseBuilder.<ClaimView>created(location).entity(created).build();
    }

    @GET
    @Operation(summary = "Claims, by period", description = "Claims whose period overlaps [from, to], by periodFrom.")
    @APIResponse(responseCode = "200", description = "The claims",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ClaimView.class)))
    @APIResponse(responseCode = "400", description = "A bad date, or from after to",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<ClaimView> list(
            @QueryParam("from") @Parameter(description = "Only claims whose period ends on or after this date",
                    example = "2024-01-01") LocalDate from,
            @QueryParam("to") @Parameter(description = "Only claims whose period starts on or before this date",
                    example = "2024-12-31") LocalDate to) {
        return claims.claims(from, to);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One claim")
    @APIResponse(responseCode = "200", description = "The claim",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClaimView.class)))
    @APIResponse(responseCode = "404", description = "No such claim",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ClaimView get(@PathParam("id") @Parameter(description = "The claim's id") long id) {
        return claims.claim(id).orElseThrow(() -> DomainException.notFound("there is no claim " + id));
    }

    @GET
    @Path("/{id}/reconciliation")
    @Operation(summary = "The claim beside the tracked figures",
            description = "Tracked voyages that loaded in the claim's period (both days included), at its loading port "
                    + "if it names one, under the filter given: trips, distinct tankers, the volume band and the trips "
                    + "by designation at the time (designated, unknown, not designated, and the share), the "
                    + "difference from the claim, whether they are consistent (a count meets the comparator; a band, "
                    + "or a designated share's range from known to if-every-unknown-was-designated, "
                    + "overlaps it; ABOUT allows ±10 %) and one plain sentence. illustrative=false compares documented "
                    + "data only.")
    @APIResponse(responseCode = "200", description = "The reconciliation",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Reconciliation.class)))
    @APIResponse(responseCode = "400", description = "A bad filter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such claim",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Reconciliation reconcile(@PathParam("id") @Parameter(description = "The claim's id") long id,
                                    @Valid @BeanParam FilterParams filter) {
        return claims.reconcile(id, filters.filter(filter.criteria(null, null)));
    }

    /** Every change to the claim: who, when, before and after, and the reason given. */
    @GET
    @Path("/{id}/history")
    public List<RegistryHistory.Entry> history(@PathParam("id") long id) {
        return history.of(RegistryChange.Kind.CLAIM, id);
    }
}
