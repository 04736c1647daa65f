package org.tidemark.api;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.tidemark.brief.Brief;
import org.tidemark.brief.BriefRenderer;
import org.tidemark.brief.Briefs;
import org.tidemark.domain.DomainException;
import org.tidemark.query.FilterResolver;
import org.tidemark.security.Roles;

/** Publication briefs: the numbers, charts, claims, voyages, sources, method and caveats of a filter. */
@RolesAllowed(Roles.VIEWER)
@Path("/api/briefs")
@Tag(name = "Briefs", description = "Sourced publication briefs (HTML and PDF) for any filter")
public class BriefResource {

    static final String PDF = "application/pdf";
    private static final Set<String> NOT_FILTERS = Set.of("format", "paper");

    private final Briefs briefs;
    private final BriefRenderer renderer;
    private final FilterResolver filters;

    BriefResource(Briefs briefs, BriefRenderer renderer, FilterResolver filters) {
        this.briefs = briefs;
        this.renderer = renderer;
        this.filters = filters;
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

    /** The filter as the request gave it, for the brief's first page: "tanker=Yu Son, from=2024-03-07", or "none". */
    static String describe(UriInfo uri) {
        String given = uri.getQueryParameters().entrySet().stream()
                .filter(e -> !NOT_FILTERS.contains(e.getKey()))
                .map(e -> e.getKey() + "=" + String.join(",", e.getValue()))
                .sorted()
                .collect(Collectors.joining(", "));
        return given.isEmpty() ? "none (all recorded data)" : given;
    }

    static String fileName(Brief b) {
        return "tidemark-brief-" + b.from() + "_" + b.to() + (b.documentedOnly() ? "-documented" : "");
    }
}
