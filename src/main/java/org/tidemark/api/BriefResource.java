package org.tidemark.api;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import org.tidemark.brief.Brief;
import org.tidemark.brief.BriefRenderer;
import org.tidemark.brief.Briefs;
import org.tidemark.domain.DomainException;
import org.tidemark.domain.PublishedBrief;
import org.tidemark.publication.BriefChanges;
import org.tidemark.publication.Publications;
import org.tidemark.query.FilterResolver;
import org.tidemark.security.Roles;

/** Publication briefs: the numbers, charts, claims, voyages, sources, method and caveats of a filter. */
@RolesAllowed(Roles.VIEWER)
@Path("/api/briefs")
@Tag(name = "Briefs", description = "Sourced publication briefs (HTML and PDF) for any filter")
public class BriefResource {

    static final String PDF = "application/pdf";

    private final Briefs briefs;
    private final BriefRenderer renderer;
    private final FilterResolver filters;
    private final Publications publications;
    private final BriefChanges changes;

    BriefResource(Briefs briefs, BriefRenderer renderer, FilterResolver filters, Publications publications,
                  BriefChanges changes) {
        this.briefs = briefs;
        this.renderer = renderer;
        this.filters = filters;
        this.publications = publications;
        this.changes = changes;
    }

    @GET
    @Path("/preview")
    @Produces({"text/html", PDF})
    @Operation(summary = "A brief for a filter, as the data stands now",
            description = "Title and period; the headline numbers as sentences (trips, documented and illustrative, the "
                    + "volume band, each cap year with its crossing and the load factor to reach it, the designated "
                    + "share); the three charts (vector); the claims beside the tracked figures with each verdict's "
                    + "rule; every voyage; every source cited; the method with its factors and their citations and the "
                    + "capacities used (assumed ones marked); caveats generated from the data. HTML by default, PDF "
                    + "with format=pdf (A4, or US Letter with paper=letter).")
    @APIResponse(responseCode = "200", description = "The brief",
            content = {@Content(mediaType = "text/html"), @Content(mediaType = PDF)})
    @APIResponse(responseCode = "400", description = "A bad filter, format or paper",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response preview(@BeanParam RangeParams range, @BeanParam FilterParams filter,
                            @QueryParam("format") @Parameter(description = "html (default) or pdf", example = "pdf")
                            String format,
                            @QueryParam("paper") @Parameter(description = "a4 (default) or letter, for the PDF",
                                    example = "a4") String paper,
                            @Context UriInfo uri) {
        boolean pdf = pdf(format);
        BriefRenderer.Paper page = BriefRenderer.Paper.of(paper);
        Brief brief = briefs.compose(filters.filter(filter.criteria(range, null)), describe(uri));
        if (pdf) {
            return Response.ok(renderer.pdf(brief, page), PDF)
                    .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + fileName(brief) + ".pdf\"")
                    .build();
        }
        return Response.ok(renderer.html(brief, page), "text/html; charset=utf-8").build();
    }

    @POST
    @RolesAllowed(Roles.ANALYST)
    @Operation(summary = "Publish the brief for a filter: compose, render and freeze it",
            description = "Composes the brief for the filter (the same query parameters as the preview) from one "
                    + "snapshot of the data, renders it as HTML and PDF once, and stores both with their SHA-256, the "
                    + "filter as resolved (ids, a closed period), the data version and the figures. A published brief "
                    + "is served from those bytes and never composed again; GET …/changes compares it with the data "
                    + "now. The body is empty: the filter is in the query.")
    @APIResponse(responseCode = "201", description = "Published; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Publications.Summary.class)))
    @APIResponse(responseCode = "400", description = "A bad filter or paper",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<Publications.Summary> publish(@BeanParam RangeParams range, @BeanParam FilterParams filter,
                                                      @QueryParam("paper") @Parameter(description = "a4 (default) or "
                                                              + "letter, for the PDF", example = "a4") String paper,
                                                      @Context UriInfo uri, @Context SecurityContext security) {
        BriefRenderer.Paper page = BriefRenderer.Paper.of(paper);
        Publications.Summary published = publications.publish(filters.filter(filter.criteria(range, null)),
                describe(uri), page, Principals.name(security));
        URI location = uri.getBaseUriBuilder().path("api/briefs/{id}").build(published.id());
        return RestResponse.ResponseBuilder.<Publications.Summary>created(location).entity(published).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Published briefs, the latest first")
    @APIResponse(responseCode = "200", description = "Every published brief, without its renderings",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = Publications.Summary.class)))
    public List<Publications.Summary> published() {
        return publications.list();
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A published brief: when, by whom, for which filter, its checksums and links")
    @APIResponse(responseCode = "200", description = "The published brief, without its renderings",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Publications.Summary.class)))
    @APIResponse(responseCode = "404", description = "No such published brief",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Publications.Summary publishedBrief(@PathParam("id") String id) {
        return publications.summary(id);
    }

    @GET
    @Path("/{id}/html")
    @Produces("text/html")
    @Operation(summary = "A published brief's HTML, byte for byte as published",
            description = "The ETag is the SHA-256 the brief was published with.")
    @APIResponse(responseCode = "200", description = "The stored HTML", content = @Content(mediaType = "text/html"))
    @APIResponse(responseCode = "404", description = "No such published brief",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response publishedHtml(@PathParam("id") String id) {
        PublishedBrief p = publications.find(id);
        return Response.ok(p.html.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8")
                .tag(p.htmlSha256).build();
    }

    @GET
    @Path("/{id}/pdf")
    @Produces(PDF)
    @Operation(summary = "A published brief's PDF, byte for byte as published",
            description = "The ETag is the SHA-256 the brief was published with.")
    @APIResponse(responseCode = "200", description = "The stored PDF", content = @Content(mediaType = PDF))
    @APIResponse(responseCode = "404", description = "No such published brief",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response publishedPdf(@PathParam("id") String id) {
        PublishedBrief p = publications.find(id);
        return Response.ok(p.pdf, PDF).tag(p.pdfSha256)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"tidemark-brief-" + p.id + ".pdf\"")
                .build();
    }

    @GET
    @Path("/{id}/changes")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "What changed since a brief was published, for the same filter",
            description = "The brief's stored figures beside the same figures composed now from one snapshot: events "
                    + "added and retracted (with reason and author), voyages added, removed, replaced (old id → new, "
                    + "through the voyage lineage) or re-estimated, the totals band by band, cap crossings, claims' "
                    + "verdicts, and the registry amendments made since to the tankers, ports, sources and claims the "
                    + "brief involves (movedNumbers: a voyage of that tanker or port changed).")
    @APIResponse(responseCode = "200", description = "The differences",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = BriefChanges.Changes.class)))
    @APIResponse(responseCode = "404", description = "No such published brief",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public BriefChanges.Changes changes(@PathParam("id") String id) {
        return changes.since(id);
    }

    private static boolean pdf(String format) {
        if (format == null || format.isBlank()) {
            return false;
        }
        return switch (format.strip().toLowerCase(Locale.ROOT)) {
            case "html" -> false;
            case "pdf" -> true;
            default -> throw DomainException.invalid("format", "format is html or pdf, not '" + format + "'");
        };
    }

    /** The filter as the request gave it, for the brief's first page. */
    static String describe(UriInfo uri) {
        return Publications.describe(uri.getQueryParameters());
    }

    static String fileName(Brief b) {
        return "tidemark-brief-" + b.from() + "_" + b.to() + (b.documentedOnly() ? "-documented" : "");
    }
}
