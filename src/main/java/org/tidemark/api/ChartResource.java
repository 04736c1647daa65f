package org.tidemark.api;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.TreeMap;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.tidemark.chart.RenderedPng;
import org.tidemark.domain.DomainException;
import org.tidemark.figures.ChartKind;
import org.tidemark.figures.Charts;
import org.tidemark.query.FilterResolver;
import org.tidemark.query.TimeBound;
import org.tidemark.security.Roles;

/** Charts as PNG or SVG, and a PNG with its clickable image map. */
@RolesAllowed(Roles.VIEWER)
@Path("/api/charts")
@Tag(name = "Charts", description = "Cumulative volume, voyage timeline and monthly trips, drawn by JFreeChart")
public class ChartResource {

    /** The range a chart shows when none is asked for: the 2024 Vostochny runs. */
    static final TimeBound DEFAULT_FROM = TimeBound.of(LocalDate.of(2024, 3, 1));
    static final TimeBound DEFAULT_TO = TimeBound.of(LocalDate.of(2024, 11, 30));
    private static final String NAMES = "cumulative-volume|voyage-timeline|monthly-trips";
    private static final CacheControl REVALIDATE = CacheControl.valueOf("private, no-cache");

    private final Charts charts;
    private final FilterResolver filters;

    ChartResource(Charts charts, FilterResolver filters) {
        this.charts = charts;
        this.filters = filters;
    }

    @GET
    @Path("/{name}.png")
    @Produces("image/png")
    @Operation(summary = "A chart as PNG", description = "name: " + NAMES + ". The timeline filters apply; the "
            + "range defaults to March–November 2024. ETag from the data version: If-None-Match gives 304.")
    @APIResponse(responseCode = "200", description = "The PNG")
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag sent")
    @APIResponse(responseCode = "400", description = "A size outside 200–4000 or a bad filter (problem+json)")
    @APIResponse(responseCode = "404", description = "No chart of that name (problem+json)")
    public Response png(@PathParam("name") String name, @BeanParam RangeParams range, @Valid @BeanParam FilterParams filter,
                        @BeanParam SizeParams size, @Context UriInfo uri, @Context Request request) {
        Charts.Request chart = chart(name, range, filter, size, uri);
        return cached(uri, request, () -> charts.png(chart), "image/png");
    }

    @GET
    @Path("/{name}.svg")
    @Produces("image/svg+xml")
    @Operation(summary = "A chart as SVG", description = "As the PNG; voyage bars and claim markers are links, and so "
            + "is each step of the cumulative chart (to /api/voyages for its filter and days).")
    @APIResponse(responseCode = "200", description = "The SVG")
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag sent")
    public Response svg(@PathParam("name") String name, @BeanParam RangeParams range, @Valid @BeanParam FilterParams filter,
                        @BeanParam SizeParams size, @Context UriInfo uri, @Context Request request) {
        Charts.Request chart = chart(name, range, filter, size, uri);
        return cached(uri, request, () -> charts.svg(chart).getBytes(StandardCharsets.UTF_8), "image/svg+xml");
    }

    @GET
    @Path("/{name}.html")
    @Produces("text/html")
    @Operation(summary = "A chart as a PNG with its HTML image map",
            description = "A small page: the PNG inlined, and a <map> whose areas link voyage bars to "
                    + "/api/voyages/{id}, claim markers to /api/claims/{id}/reconciliation and the cumulative chart's "
                    + "steps to /api/voyages?…&from=…&to=… (the voyages loaded on those days).")
    @APIResponse(responseCode = "200", description = "The page")
    public Response imageMap(@PathParam("name") String name, @BeanParam RangeParams range,
                             @Valid @BeanParam FilterParams filter, @BeanParam SizeParams size,
                             @Context UriInfo uri, @Context Request request) {
        Charts.Request chart = chart(name, range, filter, size, uri);
        return cached(uri, request, () -> {
            RenderedPng rendered = charts.pngWithImageMap(chart);
            return ChartPages.imageMap(chart.kind().slug(), java.util.Base64.getEncoder().encodeToString(rendered.png()),
                    chart.width(), chart.height(), rendered.areas()).render().getBytes(StandardCharsets.UTF_8);
        }, "text/html;charset=utf-8");
    }

    /** Width and height in pixels, bounded. */
    public static class SizeParams {
        @QueryParam("width")
        @DefaultValue("1200")
        @Parameter(description = "Width in pixels, 200 to 4000", example = "1200")
        public Integer width;

        @QueryParam("height")
        @DefaultValue("600")
        @Parameter(description = "Height in pixels, 200 to 4000", example = "600")
        public Integer height;

        @QueryParam("cap")
        @DefaultValue("unscr-2397-refined")
        @Parameter(description = "The cap drawn on the cumulative chart (id or code); the total restarts each 1 January")
        public String cap;
    }

    private Charts.Request chart(String name, RangeParams range, FilterParams filter, SizeParams size, UriInfo uri) {
        ChartKind kind = ChartKind.bySlug(name).orElseThrow(() ->
                DomainException.notFound("there is no chart '" + name + "'; the charts are " + NAMES.replace("|", ", ")));
        RangeParams withDefaults = new RangeParams();
        withDefaults.from = range.from == null ? DEFAULT_FROM : range.from;
        withDefaults.to = range.to == null ? DEFAULT_TO : range.to;
        return new Charts.Request(kind, filters.filter(filter.criteria(withDefaults, null)), size.cap, size.width,
                size.height, Charts.API_VOYAGES, stepLinks(uri));
    }

    /** Parameters that shape the chart, not the voyages it counts: a step's link leaves them out. */
    private static final java.util.Set<String> CHART_ONLY = java.util.Set.of("from", "to", "width", "height", "cap");

    /**
     * Where a step of the cumulative chart links: {@code /api/voyages} with this chart's filter (the same parameters,
     * which it accepts too), the step's days as the range.
     */
    private static String stepLinks(UriInfo uri) {
        StringBuilder link = new StringBuilder("/api/voyages?");
        uri.getQueryParameters().forEach((name, values) -> {
            if (!CHART_ONLY.contains(name)) {
                values.forEach(v -> link.append(encode(name)).append('=').append(encode(v)).append('&'));
            }
        });
        return link.toString();
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Draws only when the browser's copy is out of date. */
    private Response cached(UriInfo uri, Request request, java.util.function.Supplier<byte[]> draw, String type) {
        EntityTag tag = new EntityTag(charts.etag(uri.getPath() + "?" + new TreeMap<>(uri.getQueryParameters())));
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        if (unchanged != null) {
            return unchanged.cacheControl(REVALIDATE).build();
        }
        return Response.ok(draw.get(), type).tag(tag).cacheControl(REVALIDATE).build();
    }
}
