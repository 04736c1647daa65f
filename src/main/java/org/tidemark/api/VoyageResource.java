package org.tidemark.api;

import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import org.tidemark.config.PageConfig;
import org.tidemark.domain.DomainException;
import org.tidemark.export.ExportKind;
import org.tidemark.export.Exports;
import org.tidemark.query.FilterResolver;
import org.tidemark.query.TimelineFilter;
import org.tidemark.query.VoyageView;
import org.tidemark.security.Roles;
import org.tidemark.voyage.VoyagePage;
import org.tidemark.voyage.VoyageQueries;

/** Derived voyages with their cargo estimates. */
@RolesAllowed(Roles.VIEWER)
@Path("/api/voyages")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Voyages", description = "Derived voyages and their cargo estimates")
public class VoyageResource {

    private final VoyageQueries voyages;
    private final FilterResolver filters;
    private final PageConfig page;

    private final Exports exports;

    VoyageResource(VoyageQueries voyages, FilterResolver filters, PageConfig page, Exports exports) {
        this.voyages = voyages;
        this.filters = filters;
        this.page = page;
        this.exports = exports;
    }

    @GET
    @Operation(summary = "Voyages matching the filter, in loading order",
            description = "One page of voyages ordered by (loadingFrom, id), in the body as every page is: entries, "
                    + "nextCursor (absent on the last page; pass it back as cursor) and limit. With Accept: text/csv the "
                    + "answer is the voyages CSV of GET /api/export/voyages.csv for the same filter (every voyage, no "
                    + "pages: cursor and limit are refused).")
    @APIResponse(responseCode = "200", description = "One page of voyages; or, with Accept: text/csv, the voyages CSV as an attachment",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VoyagePage.class)),
                    @Content(mediaType = CsvNegotiation.CSV, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "400", description = "A bad argument (see the timeline's)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @Produces({MediaType.APPLICATION_JSON, CsvNegotiation.CSV})
    public Response list(@BeanParam RangeParams range, @Valid @BeanParam FilterParams filter,
                         @BeanParam PageParams paging, @Context HttpHeaders headers) {
        TimelineFilter selected = filters.filter(filter.criteria(range, null));
        if (CsvNegotiation.wanted(headers)) {
            CsvNegotiation.refusePaging(paging);
            return CsvNegotiation.attachment(exports, ExportKind.VOYAGES_CSV, selected);
        }
        return CsvNegotiation.json(voyages.list(selected, paging.cursor, paging.limit(page)));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One voyage with everything behind it",
            description = "The voyage, its supporting events as full timeline entries (with their sources), the "
                    + "distinct sources, and the estimate taken apart: method, rule, capacity or reported figure or "
                    + "drafts, and per band the load factor and the product factor with its table.")
    @APIResponse(responseCode = "200", description = "The voyage",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VoyageView.class)))
    @APIResponse(responseCode = "301", description = "The id was replaced when the voyage was derived again "
            + "(for example its opening event was retracted or corrected): Location names the voyage that now holds "
            + "its evidence")
    @APIResponse(responseCode = "404", description = "No such voyage, now or before",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "410", description = "The voyage existed and its evidence no longer makes one "
            + "(for example its events were retracted); the detail says why",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<VoyageView> get(@PathParam("id") @Parameter(description = "The voyage id (a UUID)") UUID id,
                                        @Context UriInfo uri) {
        Optional<VoyageView> voyage = voyages.find(id);
        if (voyage.isPresent()) {
            return RestResponse.ok(voyage.get());
        }
        VoyageQueries.Replacement replaced = voyages.replacement(id)
                .orElseThrow(() -> DomainException.notFound("there is no voyage " + id));
        if (replaced.successor() == null) {
            throw DomainException.gone("voyage " + id + " no longer exists: " + replaced.reason());
        }
        return RestResponse.ResponseBuilder.<VoyageView>create(RestResponse.Status.MOVED_PERMANENTLY)
                .location(uri.getBaseUriBuilder().path("api/voyages").path(replaced.successor().toString()).build())
                .build();
    }
}
