package org.tidemark.ais;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A CSV layout of position reports: which column holds each field and how its time is written. */
public final class ReportLayout {

    /** Parses a timestamp into epoch seconds; throws {@link DateTimeException} or {@link NumberFormatException}. */
    @FunctionalInterface
    interface TimeParser {
        long epochSecond(String text);
    }

    final String name;
    final int mmsi;
    final int time;
    final int lat;
    final int lon;
    final int sog;
    final int draught;
    final int imo;
    final int vesselName;
    /** DMA's "Type of mobile", or -1. */
    final int mobileType;
    final int width;
    final TimeParser parser;

    private ReportLayout(String name, Map<String, Integer> header, String mmsi, String time, String lat, String lon,
                         String sog, String draught, String imo, String vesselName, String mobileType, TimeParser parser) {
        this.name = name;
        this.mmsi = required(header, mmsi);
        this.time = required(header, time);
        this.lat = required(header, lat);
        this.lon = required(header, lon);
        this.sog = optional(header, sog);
        this.draught = optional(header, draught);
        this.imo = optional(header, imo);
        this.vesselName = optional(header, vesselName);
        this.mobileType = optional(header, mobileType);
        this.parser = parser;
        int w = 0;
        for (int i : new int[] {this.mmsi, this.time, this.lat, this.lon, this.sog, this.draught, this.imo,
                this.vesselName, this.mobileType}) {
            w = Math.max(w, i + 1);
        }
        this.width = w;
    }

    /** "dma", "noaa" or "generic". */
    public String name() {
        return name;
    }

    /**
     * The layout a header announces: DMA (first column "# Timestamp"), NOAA MarineCadastre (MMSI, BaseDateTime,
     * LAT, LON), else the generic layout through {@code mapping}.
     *
     * @throws IllegalArgumentException when the header is neither and no mapping is given, or a mapped column is missing
     */
    public static ReportLayout detect(List<String> header, ColumnMapping mapping) {
        return detect(header, mapping, null);
    }

    /**
     * As {@link #detect(List, ColumnMapping)}, but with {@code forced} ("dma", "noaa" or "generic") the file is read in
     * that layout whatever its header announces (its columns must still be there).
     */
    public static ReportLayout detect(List<String> header, ColumnMapping mapping, String forced) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i).strip();
            if (i == 0 && !h.isEmpty() && h.charAt(0) == '\uFEFF') {
                h = h.substring(1);
            }
            if (i == 0 && h.startsWith("#")) {
                h = h.substring(1).strip();
            }
            columns.putIfAbsent(h.toLowerCase(Locale.ROOT), i);
        }
        String first = header.isEmpty() ? "" : header.get(0).replace("\uFEFF", "").strip();
        if (forced != null && !List.of("dma", "noaa", "generic").contains(forced)) {
            throw new IllegalArgumentException("the layout is dma, noaa or generic, not " + forced);
        }
        boolean auto = forced == null;
        if ("dma".equals(forced) || auto && first.startsWith("#") && columns.containsKey("timestamp")
                && columns.containsKey("type of mobile")) {
            return new ReportLayout("dma", columns, "MMSI", "Timestamp", "Latitude", "Longitude", "SOG", "Draught", "IMO",
                    "Name", "Type of mobile", ReportLayout::dmaTime);
        }
        if ("noaa".equals(forced)
                || auto && columns.containsKey("basedatetime") && columns.containsKey("mmsi") && columns.containsKey("lat")) {
            return new ReportLayout("noaa", columns, "MMSI", "BaseDateTime", "LAT", "LON", "SOG", "Draft", "IMO",
                    "VesselName", null, ReportLayout::isoLocalTime);
        }
        if (mapping == null) {
            throw new UnreadableReportFile(1, "the header is neither the DMA nor the NOAA MarineCadastre layout, and "
                    + "no column mapping was given: " + abbreviated(header));
        }
        return new ReportLayout("generic", columns, mapping.mmsi(), mapping.time(), mapping.lat(), mapping.lon(),
                mapping.sog(), mapping.draught(), mapping.imo(), mapping.name(), null, parser(mapping.timeFormat()));
    }

    /** The header as said in a message: a binary or runaway header would otherwise be echoed whole. */
    private static String abbreviated(List<String> header) {
        String text = header.toString();
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }

    private static int required(Map<String, Integer> header, String column) {
        Integer i = header.get(column.toLowerCase(Locale.ROOT));
        if (i == null) {
            throw new UnreadableReportFile(1, "no column \"" + column + "\" in the header "
                    + abbreviated(List.copyOf(header.keySet())));
        }
        return i;
    }

    private static int optional(Map<String, Integer> header, String column) {
        return column == null ? -1 : header.getOrDefault(column.toLowerCase(Locale.ROOT), -1);
    }

    /** DMA: {@code dd/MM/yyyy HH:mm:ss}, UTC. Hand-parsed: DateTimeFormatter costs a microsecond a row. */
    static long dmaTime(String s) {
        if (s.length() != 19 || s.charAt(2) != '/' || s.charAt(5) != '/' || s.charAt(10) != ' ') {
            throw new DateTimeException("not dd/MM/yyyy HH:mm:ss: " + s);
        }
        return epochSecond(digits(s, 6, 10), digits(s, 3, 5), digits(s, 0, 2), s, 11);
    }

    /** NOAA: {@code yyyy-MM-ddTHH:mm:ss} (or a space for the T), UTC. */
    static long isoLocalTime(String s) {
        if (s.length() != 19 || s.charAt(4) != '-' || s.charAt(7) != '-'
                || (s.charAt(10) != 'T' && s.charAt(10) != ' ')) {
            throw new DateTimeException("not yyyy-MM-ddTHH:mm:ss: " + s);
        }
        return epochSecond(digits(s, 0, 4), digits(s, 5, 7), digits(s, 8, 10), s, 11);
    }

    private static long epochSecond(int year, int month, int day, String s, int at) {
        if (s.charAt(at + 2) != ':' || s.charAt(at + 5) != ':') {
            throw new DateTimeException("not HH:mm:ss: " + s);
        }
        int h = digits(s, at, at + 2);
        int m = digits(s, at + 3, at + 5);
        int sec = digits(s, at + 6, at + 8);
        if (h > 23 || m > 59 || sec > 59) {
            throw new DateTimeException("time of day out of range: " + s);
        }
        return LocalDate.of(year, month, day).toEpochDay() * 86_400L + h * 3600L + m * 60L + sec;
    }

    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                throw new DateTimeException("not a digit at " + i + ": " + s);
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    static TimeParser parser(String format) {
        if (format.equalsIgnoreCase("epoch")) {
            return s -> Long.parseLong(s.strip());
        }
        if (format.equalsIgnoreCase("iso")) {
            return s -> {
                String t = s.strip();
                TemporalAccessor a = DateTimeFormatter.ISO_DATE_TIME.parseBest(t, OffsetDateTime::from, LocalDateTime::from);
                return a instanceof OffsetDateTime o ? o.toEpochSecond() : ((LocalDateTime) a).toEpochSecond(ZoneOffset.UTC);
            };
        }
        DateTimeFormatter f = DateTimeFormatter.ofPattern(format, Locale.ROOT);
        return s -> {
            TemporalAccessor a = f.parseBest(s.strip(), OffsetDateTime::from, LocalDateTime::from);
            return a instanceof OffsetDateTime o ? o.toEpochSecond() : ((LocalDateTime) a).toEpochSecond(ZoneOffset.UTC);
        };
    }
}
