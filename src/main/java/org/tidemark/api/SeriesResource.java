package org.tidemark.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.tidemark.security.Roles;
import org.tidemark.series.SeriesQueries;
import org.tidemark.series.TripQuery;
import org.tidemark.series.TripSeries;
import org.tidemark.series.VolumeQuery;
import org.tidemark.series.VolumeSeries;

/** Volume and trip series, counted by the database. */
@RolesAllowed(Roles.VIEWER)
@Path("/api/series")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Series", description = "Cargo volume and laden trips per interval")
public class SeriesResource {

    private static final String INTERVAL = "day, week or month (default month), in UTC. Weeks start on Monday and are "
            + "split at 1 January. At most 5000 points, else 400.";

    private final SeriesQueries series;
    private final QueryArguments arguments;

    SeriesResource(SeriesQueries series, QueryArguments arguments) {
        this.series = series;
        this.arguments = arguments;
    }

    @GET
    @Path("/volume")
    @Operation(summary = "Cargo volume per interval, low / central / high",
            description = "Voyages count in the interval they loaded in. Every interval in range is present, zeros "
                    + "included. cumulative=true gives running totals; with a cap they restart every 1 January "
                    + "(counting from 1 January even if from is later), without one they run over the whole range. "
                    + "The response says whether illustrative data is in range and how many voyages had no estimate. "
                    + "Without from/to the range is the span of the matching voyages.")
    @APIResponse(responseCode = "200", description = "The series",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VolumeSeries.class)))
    @APIResponse(responseCode = "400", description = "A bad argument: an unknown interval, unit or cap, too many "
            + "points, a unit other than the cap's, and the filter's errors",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public VolumeSeries volume(
            @BeanParam RangeParams range,
            @BeanParam FilterParams filter,
            @QueryParam("interval") @Parameter(description = INTERVAL, example = "month") String interval,
            @QueryParam("cumulative")
            @Parameter(description = "true: running totals; false (default): each interval's amount.", example = "true")
            String cumulative,
            @QueryParam("unit")
            @Parameter(description = "BARREL or TONNE. Default: the cap's unit when a cap is given, else BARREL.",
                    example = "BARREL")
            String unit,
            @QueryParam("cap")
            @Parameter(description = "A cap's id or code: adds its status per calendar year in range, and makes "
                    + "cumulative totals restart every 1 January. Unknown: 400.", example = "unscr-2397-refined")
            String cap) {
        return series.volume(new VolumeQuery(arguments.filter(filter.toRequest(range, null)),
                QueryArguments.interval(interval), QueryArguments.flag("cumulative", cumulative, false),
                QueryArguments.unit(unit), cap));
    }

    @GET
    @Path("/trips")
    @Operation(summary = "Laden trips per interval, optionally per discharge port",
            description = "A trip is a derived voyage, counted in the interval it loaded in. With split=dischargePort "
                    + "each point lists every discharge port group (zeros included), an unknown discharge port being "
                    + "its own group (portId null).")
    @APIResponse(responseCode = "200", description = "The series",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TripSeries.class)))
    @APIResponse(responseCode = "400", description = "A bad argument: an unknown interval or split, too many points, "
            + "and the filter's errors",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public TripSeries trips(
            @BeanParam RangeParams range,
            @BeanParam FilterParams filter,
            @QueryParam("interval") @Parameter(description = INTERVAL, example = "month") String interval,
            @QueryParam("split")
            @Parameter(description = "dischargePort: count per discharge port as well. Absent: totals only.",
                    example = "dischargePort")
            String split) {
        return series.trips(new TripQuery(arguments.filter(filter.toRequest(range, null)),
                QueryArguments.interval(interval), QueryArguments.splitByDischargePort(split)));
    }
}
