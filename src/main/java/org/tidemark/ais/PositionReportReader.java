package org.tidemark.ais;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

import org.tidemark.domain.ImoNumber;

/**
 * Reads position reports from CSV in the DMA, NOAA MarineCadastre or a mapped generic layout (told apart by the
 * header), one row at a time: memory stays constant whatever the file's size. Bad rows are counted by reason and
 * skipped; only a header that names no known layout stops the read.
 */
public final class PositionReportReader {

    /** What one read did. */
    public record Summary(String layout, long rows, long accepted, ReportTally tally) {
    }

    private static final double SOG_NOT_AVAILABLE = 102.3;

    private PositionReportReader() {
    }

    /** UTF-8 text of {@code in}, gunzipped when it starts with the gzip magic bytes. */
    public static Reader decode(InputStream in) throws IOException {
        BufferedInputStream b = new BufferedInputStream(in, 1 << 16);
        b.mark(2);
        int m1 = b.read();
        int m2 = b.read();
        b.reset();
        InputStream raw = (m1 == 0x1f && m2 == 0x8b) ? new GZIPInputStream(b, 1 << 16) : b;
        return new InputStreamReader(raw, StandardCharsets.UTF_8);
    }

    /**
     * Reads every report of {@code in}, handing each good one to {@code sink} in file order.
     *
     * @param mapping the columns of a generic file; ignored for DMA and NOAA files, may be null
     * @throws UnreadableReportFile when the header names no known layout (nothing has been read then), or the file
     *                               turns out not to be CSV text (a NUL character, a record of over 64 KiB)
     */
    public static Summary read(Reader in, ColumnMapping mapping, Consumer<PositionReport> sink) throws IOException {
        return read(in, mapping, null, sink);
    }

    /** As {@link #read(Reader, ColumnMapping, Consumer)}, in the {@code layout} given (dma, noaa, generic; null: by the header). */
    public static Summary read(Reader in, ColumnMapping mapping, String layout, Consumer<PositionReport> sink)
            throws IOException {
        CsvRecords csv = new CsvRecords(in);
        if (!csv.next()) {
            throw new UnreadableReportFile(1, "the file is empty: no header");
        }
        return read(csv, ReportLayout.detect(csv.fields(), mapping, layout), sink);
    }

    private static Summary read(CsvRecords csv, ReportLayout layout, Consumer<PositionReport> sink) throws IOException {
        ReportTally tally = new ReportTally();
        long rows = 0;
        long accepted = 0;
        while (csv.next()) {
            rows++;
            tally.row = csv.line();
            PositionReport r = parse(csv, layout, tally);
            if (r != null) {
                accepted++;
                sink.accept(r);
            }
        }
        return new Summary(layout.name(), rows, accepted, tally);
    }

    private static PositionReport parse(CsvRecords csv, ReportLayout l, ReportTally tally) {
        if (csv.size() < l.width) {
            tally.add(ReportIssue.MALFORMED_ROW);
            return null;
        }
        if (l.mobileType >= 0 && !isVessel(csv.get(l.mobileType))) {
            tally.add(ReportIssue.NOT_A_VESSEL);
            return null;
        }
        String mmsi = csv.get(l.mmsi).strip();
        if (!nineDigits(mmsi)) {
            tally.add(ReportIssue.BAD_MMSI);
            return null;
        }
        long epochSecond;
        try {
            epochSecond = l.parser.epochSecond(csv.get(l.time).strip());
        } catch (DateTimeException | NumberFormatException e) {
            tally.add(ReportIssue.BAD_TIME);
            return null;
        }
        double lat;
        double lon;
        try {
            lat = Double.parseDouble(csv.get(l.lat).strip());
            lon = Double.parseDouble(csv.get(l.lon).strip());
        } catch (NumberFormatException e) {
            tally.add(ReportIssue.BAD_POSITION);
            return null;
        }
        if (lat == 91 || lon == 181) {
            tally.add(ReportIssue.POSITION_NOT_AVAILABLE);
            return null;
        }
        if (!(lat >= -90 && lat <= 90)) {
            tally.add(ReportIssue.LAT_OUT_OF_RANGE);
            return null;
        }
        if (!(lon >= -180 && lon <= 180)) {
            tally.add(ReportIssue.LON_OUT_OF_RANGE);
            return null;
        }
        Double sog = sog(l.sog < 0 ? "" : csv.get(l.sog), tally);
        Double draught = draught(l.draught < 0 ? "" : csv.get(l.draught), tally);
        String imo = imo(l.imo < 0 ? "" : csv.get(l.imo), tally);
        String name = l.vesselName < 0 ? null : blankToNull(csv.get(l.vesselName));
        return new PositionReport(mmsi, imo, name, Instant.ofEpochSecond(epochSecond), lat, lon, sog, draught, csv.line());
    }

    /** DMA's Type of mobile: Class A, Class B and the like are vessels; base stations, AtoN and aircraft are not. */
    private static boolean isVessel(String type) {
        String t = type.strip().toLowerCase(Locale.ROOT);
        return !(t.startsWith("base station") || t.startsWith("aton") || t.startsWith("sar airborne"));
    }

    static boolean nineDigits(String s) {
        if (s.length() != 9) {
            return false;
        }
        for (int i = 0; i < 9; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static Double sog(String text, ReportTally tally) {
        double v = number(text, tally);
        if (Double.isNaN(v) || v == SOG_NOT_AVAILABLE) {
            if (v == SOG_NOT_AVAILABLE || text.isBlank()) {
                tally.add(ReportIssue.SPEED_NOT_AVAILABLE);
            }
            return null;
        }
        return checked(v >= 0 && v < SOG_NOT_AVAILABLE, v, tally);
    }

    private static Double draught(String text, ReportTally tally) {
        double v = number(text, tally);
        if (Double.isNaN(v) || v == 0) {
            return null; // AIS: 0 = not available
        }
        return checked(v > 0 && v <= 25.5, v, tally); // 25.5 m is the largest draught an AIS message can carry
    }

    /** The number in an optional field: NaN when empty, or (counted) when not a number. */
    private static double number(String text, ReportTally tally) {
        String s = text.strip();
        if (s.isEmpty()) {
            return Double.NaN;
        }
        try {
            double v = Double.parseDouble(s);
            if (Double.isNaN(v)) {
                tally.add(ReportIssue.UNPARSEABLE_FIELD);
            }
            return v;
        } catch (NumberFormatException e) {
            tally.add(ReportIssue.UNPARSEABLE_FIELD);
            return Double.NaN;
        }
    }

    private static Double checked(boolean inRange, double v, ReportTally tally) {
        if (!inRange) {
            tally.add(ReportIssue.UNPARSEABLE_FIELD);
            return null;
        }
        return v;
    }

    private static String imo(String text, ReportTally tally) {
        String s = text.strip();
        if (s.isEmpty() || s.equalsIgnoreCase("unknown") || s.equals("0")) {
            return null;
        }
        String n = ImoNumber.normalise(s);
        if (!ImoNumber.isValid(n)) {
            tally.add(ReportIssue.BAD_IMO);
            return null;
        }
        return n;
    }

    private static String blankToNull(String s) {
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }
}
