package org.tidemark.api;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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

import org.tidemark.cap.CapQueries;
import org.tidemark.cap.CapStatus;
import org.tidemark.cap.CapView;
import org.tidemark.domain.DomainException;
import org.tidemark.query.FilterResolver;
import org.tidemark.security.Roles;

/** Legal caps and where a year's tracked deliveries stand against them. */
@RolesAllowed(Roles.VIEWER)
@Path("/api/caps")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Caps", description = "Legal limits per period, e.g. UNSCR 2397's 500,000 bbl of refined products a year")
public class CapResource {

    private final CapQueries caps;
    private final FilterResolver filters;

    CapResource(CapQueries caps, FilterResolver filters) {
        this.caps = caps;
        this.filters = filters;
    }

    @GET
    @Operation(summary = "All caps")
    @APIResponse(responseCode = "200", description = "The caps, by code",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = CapView.class)))
    public List<CapView> list() {
        return caps.caps();
    }

    @GET
    @Path("/{cap}")
    @Operation(summary = "One cap")
    @APIResponse(responseCode = "200", description = "The cap",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CapView.class)))
    @APIResponse(responseCode = "404", description = "No such cap",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CapView get(@PathParam("cap") @Parameter(description = "The cap's id or code", example = "unscr-2397-refined")
                       String cap) {
        return caps.find(cap).orElseThrow(() -> DomainException.notFound("there is no cap '" + cap + "'"));
    }

    @GET
    @Path("/{cap}/status")
    @Operation(summary = "A calendar year against the cap, band by band",
            description = "For the year (voyages count in the year they loaded): the total per band, the day the "
                    + "running total reached the limit per band (or that it did not), and per band the load factor "
                    + "at which the year's tracked trips would reach the cap: (limit − fixed volume) ÷ Σ(capacity × "
                    + "the band's barrels per tonne), where reported-volume and draft-based voyages count as fixed "
                    + "and voyages without an estimate count nothing; and the year's trips by designation at the "
                    + "time (designatedShare: designated, unknown and not designated trips, and the share).")
    @APIResponse(responseCode = "200", description = "The year's status",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CapStatus.class)))
    @APIResponse(responseCode = "400", description = "A bad year or filter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such cap",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CapStatus status(
            @PathParam("cap") @Parameter(description = "The cap's id or code", example = "unscr-2397-refined") String cap,
            @QueryParam("year")
            @Parameter(description = "The calendar year, 1900 to 2200; default the current UTC year.", example = "2024")
            Integer year,
            @Valid @BeanParam FilterParams filter) {
        int calendarYear = year == null ? LocalDate.now(ZoneOffset.UTC).getYear() : year;
        if (calendarYear < 1900 || calendarYear > 2200) {
            throw DomainException.invalid("year", "year must lie between 1900 and 2200, got " + calendarYear);
        }
        return caps.status(cap, calendarYear, filters.filter(filter.criteria(null, null)));
    }
}
