package org.tidemark.ais;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Renders reports as the CSV an analyst would download: DMA, NOAA MarineCadastre, or a mapped generic layout. */
final class LayoutFiles {

    static final ColumnMapping GENERIC_MAPPING = new ColumnMapping("ship_mmsi", "ts_utc", "iso", "latitude",
            "longitude", "speed_kn", "draft_m", null, "ship_name");

    private static final DateTimeFormatter DMA_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter NOAA_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private LayoutFiles() {
    }

    /** Files are ordered by time, as both agencies publish them. */
    private static List<PositionReport> byTime(List<PositionReport> reports) {
        return reports.stream().sorted(Comparator.comparing(PositionReport::time).thenComparing(PositionReport::mmsi)).toList();
    }

    static String dma(List<PositionReport> reports) {
        StringBuilder b = new StringBuilder("# Timestamp,Type of mobile,MMSI,Latitude,Longitude,Navigational status,ROT,"
                + "SOG,COG,Heading,IMO,Callsign,Name,Ship type,Cargo type,Width,Length,Type of position fixing device,"
                + "Draught,Destination,ETA,Data source type,A,B,C,D\r\n");
        for (PositionReport r : byTime(reports)) {
            b.append(DMA_TIME.format(r.time())).append(",Class A,").append(r.mmsi()).append(',')
                    .append(num(r.lat())).append(',').append(num(r.lon())).append(",Unknown value,,")
                    .append(r.sogKn() == null ? "" : num(r.sogKn())).append(",,,Unknown,Unknown,")
                    .append(r.name() == null ? "" : r.name()).append(",Tanker,,15,100,GPS,")
                    .append(r.draughtM() == null ? "" : num(r.draughtM())).append(",SYNTHETIC,,AIS,,,,\r\n");
        }
        return b.toString();
    }

    static String noaa(List<PositionReport> reports) {
        StringBuilder b = new StringBuilder("MMSI,BaseDateTime,LAT,LON,SOG,COG,Heading,VesselName,IMO,CallSign,"
                + "VesselType,Status,Length,Width,Draft,Cargo,TransceiverClass\n");
        for (PositionReport r : byTime(reports)) {
            b.append(r.mmsi()).append(',').append(NOAA_TIME.format(r.time())).append(',').append(num(r.lat()))
                    .append(',').append(num(r.lon())).append(',').append(r.sogKn() == null ? "102.3" : num(r.sogKn()))
                    .append(",0.0,511.0,").append(r.name() == null ? "" : r.name()).append(",,,80,0,100,15,")
                    .append(r.draughtM() == null ? "" : num(r.draughtM())).append(",80,A\n");
        }
        return b.toString();
    }

    static String generic(List<PositionReport> reports) {
        StringBuilder b = new StringBuilder("ship_mmsi,ts_utc,latitude,longitude,speed_kn,draft_m,ship_name\n");
        for (PositionReport r : byTime(reports)) {
            b.append(r.mmsi()).append(',').append(r.time()).append(',').append(num(r.lat())).append(',')
                    .append(num(r.lon())).append(',').append(r.sogKn() == null ? "" : num(r.sogKn())).append(',')
                    .append(r.draughtM() == null ? "" : num(r.draughtM())).append(',')
                    .append(r.name() == null ? "" : '"' + r.name().replace("\"", "\"\"") + '"').append('\n');
        }
        return b.toString();
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.6f", v);
    }
}
