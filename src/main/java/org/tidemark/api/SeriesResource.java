package org.tidemark.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.tidemark.domain.DomainException;
import org.tidemark.domain.VolumeUnit;
import org.tidemark.query.FilterResolver;
import org.tidemark.security.Roles;
import org.tidemark.series.Interval;
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
    private final FilterResolver filters;

    SeriesResource(SeriesQueries series, FilterResolver filters) {
        this.series = series;
        this.filters = filters;
    }

    /** How a trip series may be split. */
    public enum Split {
        DISCHARGE_PORT;

        @Override
        public String toString() {
            return "dischargePort";
        }
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
            @Valid @BeanParam FilterParams filter,
            @QueryParam("interval") @DefaultValue("month") @Parameter(description = INTERVAL, example = "MONTH")
            Interval interval,
            @QueryParam("cumulative") @DefaultValue("false")
            @Parameter(description = "true: running totals; false (default): each interval's amount.", example = "true")
            Boolean cumulative,
            @QueryParam("unit")
            @Parameter(description = "BARREL or TONNE. Default: the cap's unit when a cap is given, else BARREL.",
                    example = "BARREL")
            VolumeUnit unit,
            @QueryParam("cap")
            @Parameter(description = "A cap's id or code: adds its status per calendar year in range, and makes "
                    + "cumulative totals restart every 1 January. Unknown: 400.", example = "unscr-2397-refined")
            String cap) {
        if (unit == VolumeUnit.CUBIC_METRE) {
            throw DomainException.invalid("unit", "series are kept in BARREL or TONNE, not " + unit);
        }
        return series.volume(new VolumeQuery(filters.filter(filter.criteria(range, null)), interval, cumulative, unit,
                cap));
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
            @Valid @BeanParam FilterParams filter,
            @QueryParam("interval") @DefaultValue("month") @Parameter(description = INTERVAL, example = "MONTH")
            Interval interval,
            @QueryParam("split")
            @Parameter(description = "dischargePort: count per discharge port as well. Absent: totals only.",
                    example = "dischargePort", schema = @Schema(type = SchemaType.STRING, enumeration = "dischargePort"))
            Split split) {
        return series.trips(new TripQuery(filters.filter(filter.criteria(range, null)), interval,
                split == Split.DISCHARGE_PORT));
    }
}
