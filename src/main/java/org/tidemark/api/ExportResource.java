package org.tidemark.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.tidemark.bundle.RegistryBundle;
import org.tidemark.bundle.RegistryBundles;
import org.tidemark.export.ExportKind;
import org.tidemark.export.Exports;
import org.tidemark.query.FilterResolver;
import org.tidemark.query.TimelineFilter;
import org.tidemark.security.Roles;

/** Files for other tools: events and voyages as CSV, a map as GeoJSON and KML, a TimelineJS timeline. */
@RolesAllowed(Roles.VIEWER)
@Path("/api/export")
@Tag(name = "Exports", description = "The timeline's events and voyages as files, for any timeline filter (docs/EXPORTS.md)")
public class ExportResource {

    private static final String RETRACTED = "true: only retracted events; false: leave them out (an export meant "
            + "for re-import should say false). Absent: both, retracted ones flagged.";
    private static final String BAD_ARGUMENT = "A bad filter argument (as for the timeline), naming the parameter";

    private final Exports exports;
    private final FilterResolver filters;

    private final RegistryBundles bundles;

    ExportResource(Exports exports, FilterResolver filters, RegistryBundles bundles) {
        this.exports = exports;
        this.filters = filters;
        this.bundles = bundles;
    }

    @GET
    @Path("/events.csv")
    @Operation(summary = "Events as CSV (RFC 4180, UTF-8), one row each; the file imports again",
            description = "The import's columns first, then id, tankerImo, the source's details, recordedBy/At and the "
                    + "retraction. Text cells a spreadsheet would read as a formula are prefixed with ' (OWASP ASVS "
                    + "1.2.10); the import removes it. RETRACTION events are not rows: their reason is on the row of "
                    + "the event they retract.")
    @APIResponse(responseCode = "200", description = "The CSV, as an attachment",
            headers = @Header(name = "Content-Disposition", description = "attachment; filename=\"tidemark-events-<from>_<to>.csv\"",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = BAD_ARGUMENT,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response events(@BeanParam RangeParams range, @BeanParam FilterParams filter,
                           @QueryParam("retracted") @Parameter(description = RETRACTED) Boolean retracted) {
        return export(ExportKind.EVENTS_CSV, filter(range, filter, retracted));
    }

    @GET
    @Path("/voyages.csv")
    @Operation(summary = "Voyages as CSV (RFC 4180, UTF-8), one row each",
            description = "Ports, loading and discharge times, status, the estimate band (low/central/high barrels and "
                    + "tonnes) and its method, confidence, designatedAtTheTime, illustrative flags and sources.")
    @APIResponse(responseCode = "200", description = "The CSV, as an attachment",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = BAD_ARGUMENT,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response voyages(@BeanParam RangeParams range, @BeanParam FilterParams filter) {
        return export(ExportKind.VOYAGES_CSV, filter(range, filter, null));
    }

    @GET
    @Path("/map.geojson")
    @Operation(summary = "A map as GeoJSON (RFC 7946): ports, events and voyage tracks",
            description = "Ports as Points; events as Points at their recorded position, else at their port "
                    + "(positionSource PORT), events with neither left out; voyages as LineStrings from the loading "
                    + "port through positioned transfers and sightings to the discharge port. [longitude, latitude].")
    @APIResponse(responseCode = "200", description = "The FeatureCollection, as an attachment",
            content = @Content(mediaType = "application/geo+json", schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "400", description = BAD_ARGUMENT,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response geoJson(@BeanParam RangeParams range, @BeanParam FilterParams filter,
                            @QueryParam("retracted") @Parameter(description = RETRACTED) Boolean retracted) {
        return export(ExportKind.MAP_GEOJSON, filter(range, filter, retracted));
    }

    @GET
    @Path("/map.kml")
    @Operation(summary = "A map as KML 2.2 for Google Earth: a folder per tanker, with time spans",
            description = "Ports; per tanker, voyages (LineString, TimeSpan, a style per status) and events (Point, "
                    + "TimeStamp or TimeSpan); descriptions with the sources as links.")
    @APIResponse(responseCode = "200", description = "The KML document, as an attachment",
            content = @Content(mediaType = "application/vnd.google-earth.kml+xml", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = BAD_ARGUMENT,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response kml(@BeanParam RangeParams range, @BeanParam FilterParams filter,
                        @QueryParam("retracted") @Parameter(description = RETRACTED) Boolean retracted) {
        return export(ExportKind.MAP_KML, filter(range, filter, retracted));
    }

    @GET
    @Path("/timelinejs.json")
    @Operation(summary = "Voyages as a TimelineJS 3 timeline, grouped by tanker",
            description = "One slide per voyage (UTC dates, display_date for windows, text with ports, band, method "
                    + "and sources, credit), group = tanker, an era per calendar year and cap.")
    @APIResponse(responseCode = "200", description = "The TimelineJS JSON, as an attachment",
            content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "400", description = BAD_ARGUMENT,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response timelineJs(@BeanParam RangeParams range, @BeanParam FilterParams filter) {
        return export(ExportKind.TIMELINEJS, filter(range, filter, null));
    }

    @GET
    @Path("/registry")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The registry as one JSON bundle: sources, ports, tankers, claims",
            description = "Every source, port, tanker (with its identities and designations) and claim, each as its GET "
                    + "reads it out, in the order POST /api/import/registry registers them. With an events CSV "
                    + "(events.csv?retracted=false) it moves a whole installation: ids are not kept, references travel "
                    + "as source keys, port names and tanker names. Caps are not in it: they come with the schema.")
    @APIResponse(responseCode = "200", description = "The bundle, as an attachment",
            headers = @Header(name = "Content-Disposition", description = "attachment; filename=\"tidemark-registry-<day>.json\"",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegistryBundle.class)))
    @APIResponse(responseCode = "401", description = "No user",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response registry() {
        RegistryBundle bundle = bundles.export();
        return Response.ok(bundle, MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"tidemark-registry-"
                        + bundle.exportedAt().toString().substring(0, 10) + ".json\"")
                .build();
    }

    /**
     * The one place the exports turn query parameters into the read model's filter, as the timeline does;
     * checked here, before the response starts, so that a bad argument is still a 400.
     */
    private TimelineFilter filter(RangeParams range, FilterParams params, Boolean retracted) {
        return filters.filter(params.criteria(range, retracted));
    }

    private Response export(ExportKind kind, TimelineFilter filter) {
        return attachment(exports, kind, filter).build();
    }

    /** The export streamed as an attachment named for what and when; also what Accept: text/csv gets elsewhere. */
    static Response.ResponseBuilder attachment(Exports exports, ExportKind kind, TimelineFilter filter) {
        StreamingOutput body = out -> exports.write(kind, filter, out, rows -> { });
        return Response.ok(body, kind.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + exports.fileName(kind, filter) + "\"");
    }
}
