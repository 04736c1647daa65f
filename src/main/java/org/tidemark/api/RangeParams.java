package org.tidemark.api;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import org.tidemark.query.TimeBound;

/** The time range query parameters: each a date (a whole UTC day) or a UTC instant. */
public class RangeParams {

    @QueryParam("from")
    @Parameter(description = "Start, inclusive: a UTC instant (2024-03-07T05:00:00Z) or a date (2024-03-07, from the "
            + "start of that day). Events are dated by occurredFrom, voyages by loadingFrom.", example = "2024-01-01",
            schema = @Schema(type = SchemaType.STRING))
    public TimeBound from;

    @QueryParam("to")
    @Parameter(description = "End: a UTC instant (exclusive) or a date (2024-12-31: that whole day included). "
            + "Must be after from, else 400.", example = "2024-12-31", schema = @Schema(type = SchemaType.STRING))
    public TimeBound to;
}
