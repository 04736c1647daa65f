package org.tidemark.api;

import java.io.InputStream;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
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
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.tidemark.aisimport.AisDetectionReport;
import org.tidemark.aisimport.AisImportReport;
import org.tidemark.aisimport.AisImports;
import org.tidemark.aisimport.AisSettings;
import org.tidemark.aistrack.AisTrackQueries;
import org.tidemark.domain.DomainException;
import org.tidemark.query.TimeBound;
import org.tidemark.security.Roles;

/** AIS position reports: import a file (detected events recorded), re-detect, tracks and the vessels seen. */
@RolesAllowed(Roles.VIEWER)
@Path("/api/ais")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "AIS", description = "Position reports in, detected events out (docs/AIS.md)")
public class AisResource {

    static final String GEO_JSON = "application/geo+json";

    private final AisImports imports;
    private final AisTrackQueries tracks;

    AisResource(AisImports imports, AisTrackQueries tracks) {
        this.imports = imports;
        this.tracks = tracks;
    }

    @POST
    @Path("/import")
    @RolesAllowed(Roles.ANALYST)
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Import a file of AIS position reports",
            description = "The body is the file itself (CSV: DMA, NOAA MarineCadastre, or a generic layout with a column "
                    + "mapping; gzip recognised by its magic bytes), streamed. In one transaction: the reports are "
                    + "stored (one per vessel and second; a report stored before stays), events are detected (port "
                    + "calls, dark gaps, laden departures, encounters) and those of registered tankers recorded with "
                    + "evidence type AIS and a source made for the import. Bad reports are counted per reason, never "
                    + "fatal. A file that is not one of reports (header, binary, truncated gzip, a runaway line) is a "
                    + "400 and one over the size limit a 413: nothing stored. The same file again (SHA-256) answers "
                    + "alreadyImported: true and stores nothing.")
    @RequestBody(description = "The AIS file, plain or gzipped", content = @Content(mediaType = "text/csv",
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "200", description = "What was stored and recorded (or, with dryRun=true, would be)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AisImportReport.class)))
    @APIResponse(responseCode = "400", description = "Not a file of position reports, a bad mapping or setting (named); nothing stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Larger than tidemark.ais.max-file-bytes; nothing stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A detected event the recording rules refuse (named); nothing stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AisImportReport importFile(InputStream body,
                                      @QueryParam("dryRun") @Parameter(description = "true: do everything, report, "
                                              + "store nothing; false or absent: store. Any other value is a 400.",
                                              schema = @Schema(type = SchemaType.BOOLEAN))
                                      List<QueryParamConverters.WriteFlag> dryRun,
                                      @QueryParam("layout") @Parameter(description = "dma, noaa or generic: read the "
                                              + "file in this layout whatever its header announces; absent: by the header")
                                      String layout,
                                      @QueryParam("fileName") @Parameter(description = "The file's name, for the source "
                                              + "and the report (at most 300 characters)")
                                      String fileName,
                                      @BeanParam AisMappingParams mapping, @BeanParam AisSettingsParams settings,
                                      @Context UriInfo uri, @Context SecurityContext security) {
        boolean onlyCheck = EventResource.dryRun(dryRun, uri.getQueryParameters().containsKey("dryRun"));
        String forced = layout == null || layout.isBlank() ? null : layout.strip().toLowerCase(Locale.ROOT);
        if (forced != null && !List.of("dma", "noaa", "generic").contains(forced)) {
            throw DomainException.invalid("layout", "layout is dma, noaa or generic (given '" + layout + "')");
        }
        AisImports.Request request = new AisImports.Request(fileName, forced, mapping.mapping(),
                AisSettings.of(settings.given()), onlyCheck);
        return imports.importFile(body, request, Principals.name(security));
    }

    @POST
    @Path("/files/{id}/detect")
    @RolesAllowed(Roles.ANALYST)
    @Operation(summary = "Re-run detection on a stored AIS file with other settings",
            description = "Detects events in the file's stored reports with the settings given (the defaults for any "
                    + "not given). Events earlier runs recorded from this file that this run does not reproduce are "
                    + "retracted, the reason naming the run and its settings (history kept); new ones are recorded "
                    + "under a source for this run.")
    @APIResponse(responseCode = "200", description = "What was kept, recorded and retracted",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AisDetectionReport.class)))
    @APIResponse(responseCode = "400", description = "A setting that does not parse or is out of range (named)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such AIS file",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AisDetectionReport detect(@PathParam("id") @Parameter(description = "The AIS file's id (fileId of the import)")
                                     long id, @BeanParam AisSettingsParams settings,
                                     @Context SecurityContext security) {
        return imports.redetect(id, AisSettings.of(settings.given()), Principals.name(security));
    }

    @GET
    @Path("/vessels")
    @Operation(summary = "The vessels seen in stored AIS reports",
            description = "By MMSI: the last name and IMO number broadcast, first and last report, reports stored, and "
                    + "the tanker matched (by MMSI, IMO number or name at the time), if any. unmatched=true lists only "
                    + "vessels no tanker was matched to, so that an analyst can register or link them.")
    @APIResponse(responseCode = "200", description = "The vessels, by MMSI (at most 10,000)")
    @APIResponse(responseCode = "400", description = "unmatched is not true or false",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<AisTrackQueries.VesselView> vessels(@QueryParam("unmatched") @Parameter(description = "true: only "
            + "vessels no tanker was matched to") Boolean unmatched) {
        return tracks.vessels(Boolean.TRUE.equals(unmatched));
    }

    @GET
    @Path("/tracks")
    @Produces(GEO_JSON)
    @Operation(summary = "A tanker's AIS track as GeoJSON",
            description = "RFC 7946 FeatureCollection of LineStrings ([longitude, latitude]) per MMSI the tanker held "
                    + "or was matched by, split at silences longer than the dark-gap threshold (12 h); each silence is "
                    + "a two-point feature with \"gap\": true (draw it dashed). Thinned to 2,000 points a line unless "
                    + "exact=true, which is refused (400) above 500,000 reports.")
    @APIResponse(responseCode = "200", description = "The track", content = @Content(mediaType = GEO_JSON,
            schema = @Schema(implementation = AisTrackQueries.FeatureCollection.class)))
    @APIResponse(responseCode = "400", description = "No tanker given, a bad bound, or an exact track over the limit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The tanker reference names no tanker, or several",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AisTrackQueries.FeatureCollection track(
            @QueryParam("tanker") @Parameter(description = "The tanker: id, IMO number, name, alias or MMSI (required)")
            String tanker,
            @QueryParam("from") @Parameter(description = "Start, inclusive: a date or a UTC instant",
                    schema = @Schema(type = SchemaType.STRING)) TimeBound from,
            @QueryParam("to") @Parameter(description = "End: a UTC instant (exclusive) or a date (that day included)",
                    schema = @Schema(type = SchemaType.STRING)) TimeBound to,
            @QueryParam("exact") @Parameter(description = "true: every stored report, not thinned (at most 500,000)")
            Boolean exact) {
        if (tanker == null || tanker.isBlank()) {
            throw DomainException.invalid("tanker", "say whose track: tanker=<id, IMO number, name or MMSI>");
        }
        return tracks.tracks(tanker, from == null ? null : from.start(), to == null ? null : to.end(),
                Boolean.TRUE.equals(exact));
    }
}
