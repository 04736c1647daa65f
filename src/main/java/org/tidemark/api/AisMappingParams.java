package org.tidemark.api;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import org.tidemark.ais.ColumnMapping;
import org.tidemark.domain.DomainException;

/** The columns of an AIS file in neither the DMA nor the NOAA layout (docs/AIS.md, "Layouts"). */
public class AisMappingParams {

    @QueryParam("mmsi")
    @Parameter(description = "Generic layout: the header of the MMSI column (required with a mapping)")
    public String mmsi;
    @QueryParam("time")
    @Parameter(description = "Generic layout: the header of the timestamp column (required with a mapping)")
    public String time;
    @QueryParam("timeFormat")
    @Parameter(description = "Generic layout: iso (ISO-8601, UTC unless it has an offset; the default), epoch (seconds), "
            + "or a java.time pattern such as yyyy-MM-dd HH:mm:ss (UTC)")
    public String timeFormat;
    @QueryParam("lat")
    @Parameter(description = "Generic layout: the header of the latitude column (required with a mapping)")
    public String lat;
    @QueryParam("lon")
    @Parameter(description = "Generic layout: the header of the longitude column (required with a mapping)")
    public String lon;
    @QueryParam("sog")
    @Parameter(description = "Generic layout: the header of the speed-over-ground column (knots), optional")
    public String sog;
    @QueryParam("draught")
    @Parameter(description = "Generic layout: the header of the draught column (metres), optional")
    public String draught;
    @QueryParam("imo")
    @Parameter(description = "Generic layout: the header of the IMO number column, optional")
    public String imo;
    @QueryParam("name")
    @Parameter(description = "Generic layout: the header of the vessel name column, optional")
    public String name;

    /** The mapping, or null when none is given; a partial one is a 400 naming what is missing. */
    ColumnMapping mapping() {
        boolean any = mmsi != null || time != null || lat != null || lon != null || sog != null || draught != null
                || imo != null || name != null || timeFormat != null;
        if (!any) {
            return null;
        }
        for (String[] required : new String[][] {{"mmsi", mmsi}, {"time", time}, {"lat", lat}, {"lon", lon}}) {
            if (required[1] == null || required[1].isBlank()) {
                throw DomainException.invalid(required[0], "a column mapping needs mmsi, time, lat and lon (the "
                        + "headers of those columns); " + required[0] + " is missing");
            }
        }
        String format = timeFormat == null || timeFormat.isBlank() ? "iso" : timeFormat.strip();
        if (!format.equalsIgnoreCase("iso") && !format.equalsIgnoreCase("epoch")) {
            try {
                DateTimeFormatter.ofPattern(format, Locale.ROOT);
            } catch (IllegalArgumentException e) {
                throw DomainException.invalid("timeFormat", "timeFormat is iso, epoch or a java.time pattern "
                        + "(yyyy-MM-dd HH:mm:ss): " + e.getMessage());
            }
        }
        return new ColumnMapping(mmsi, time, format, lat, lon, sog, draught, imo, name);
    }
}
