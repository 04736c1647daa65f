package org.tidemark.bench;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import org.tidemark.ais.PositionReport;

/**
 * AIS ingest (POST /api/ais/import of a NOAA MarineCadastre CSV: read, validated, staged, stored, vessels updated,
 * detection run) beside raw COPY of the same reports into the same partitioned table. The synthetic AIS fleet's
 * MMSIs match no tanker, so no event is recorded: the figure is the storage path plus detection.
 */
final class AisImportFigure implements Figure {

    static final int VESSELS = 100;
    private static final String TRUNCATE = "truncate ais_detected_event, ais_run, ais_position, ais_vessel, ais_file";
    private static final DateTimeFormatter NOAA_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    @Override
    public String name() {
        return "ais-import";
    }

    @Override
    public String title() {
        return "AIS import (POST /api/ais/import: stored, vessels updated, detection) — vs raw COPY of the same reports "
                + "into the same partitioned table";
    }

    @Override
    public FigureResult run(BenchContext ctx) throws Exception {
        BenchOptions o = ctx.options;
        FigureResult.Builder result = FigureResult.of(this);
        AisFleet fleet = new AisFleet(o.aisReports, VESSELS);
        List<PositionReport> reports = fleet.reports;
        Path csv = ctx.work("ais-fleet.csv");
        try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("MMSI,BaseDateTime,LAT,LON,SOG,COG,Heading,VesselName,IMO,CallSign,VesselType,Status,Length,Width,"
                    + "Draft,Cargo,TransceiverClass\n");
            for (PositionReport r : reports) {
                w.write(r.mmsi() + "," + NOAA_TIME.format(r.time()) + "," + num(r.lat()) + "," + num(r.lon()) + ","
                        + num(r.sogKn()) + ",0.0,511.0,,,,80,0,100,15," + num(r.draughtM()) + ",80,A\n");
            }
        }
        long bytes = Files.size(csv);
        TreeSet<YearMonth> months = new TreeSet<>();
        reports.forEach(r -> months.add(YearMonth.from(r.time().atOffset(ZoneOffset.UTC))));

        List<Double> copyRates = new ArrayList<>();
        for (int r = 0; r < o.warmups + o.runs; r++) {
            long stored;
            long t0;
            try (Connection c = ctx.db.connect(); Statement s = c.createStatement()) {
                s.execute(TRUNCATE);
                t0 = System.nanoTime();
                c.setAutoCommit(false);
                partitions(s, months);
                stored = copy(c, reports);
                c.commit();
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            ctx.log("AIS COPY run " + r + ": " + Math.round(stored / seconds) + " reports/s");
            if (r >= o.warmups) {
                copyRates.add(stored / seconds);
            }
        }
        Measurement base = Measurement.rate("reports/s", copyRates);
        result.baseline(base);

        BenchHttp http = ctx.http();
        List<Double> rates = new ArrayList<>();
        for (int r = 0; r < o.warmups + o.runs; r++) {
            try (Connection c = ctx.db.connect(); Statement s = c.createStatement()) {
                s.execute(TRUNCATE);
            }
            long t0 = System.nanoTime();
            BenchHttp.Timed t = http.postFile("/api/ais/import?fileName=ais-fleet.csv", "text/csv", csv);
            double seconds = (System.nanoTime() - t0) / 1e9;
            if (Endpoints.missing(t.status())) {
                return result.notAvailable("POST /api/ais/import answered " + t.status() + ": not in this build").build();
            }
            if (t.status() != 200) {
                return result.failed("POST /api/ais/import answered " + t.status() + ": " + Endpoints.shorten(t.body()))
                        .build();
            }
            long stored = ctx.db.count("ais_position");
            ctx.log("AIS import run " + r + ": " + Math.round(reports.size() / seconds) + " reports/s, " + stored + " stored");
            if (stored != reports.size()) {
                result.note("run " + r + " stored " + stored + " reports of " + reports.size());
            }
            if (r >= o.warmups) {
                rates.add(reports.size() / seconds);
            }
        }
        try (Connection c = ctx.db.connect(); Statement s = c.createStatement()) {
            s.execute(TRUNCATE);
        }
        Measurement t = Measurement.rate("reports/s", rates);
        double ratio = t.median() / base.median();
        result.tidemark(t).goal("≥ 0.5 × COPY", ratio >= 0.5)
                .note(String.format(Locale.ROOT, "%,d reports of %d vessels, %,.1f MiB of CSV in one request; "
                                + "Tidemark/COPY = %.2f; COPY includes creating the %d monthly partitions, in one transaction",
                        reports.size(), VESSELS, bytes / 1048576.0, ratio, months.size()));
        return result.build();
    }

    private static void partitions(Statement s, TreeSet<YearMonth> months) throws SQLException {
        for (YearMonth m : months) {
            s.execute(String.format(Locale.ROOT, "create table if not exists ais_position_y%04dm%02d partition of "
                            + "ais_position for values from ('%s') to ('%s')", m.getYear(), m.getMonthValue(),
                    m.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant(),
                    m.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
        }
    }

    /** The reports as COPY text into ais_position, as the import writes them (file 0, its rows). */
    private static long copy(Connection c, List<PositionReport> reports) throws SQLException {
        CopyIn copy = c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy ais_position (mmsi, reported_at, lat, lon, "
                + "sog_kn, draught_m, imo, name, file_id, row_number) from stdin");
        StringBuilder b = new StringBuilder(1 << 17);
        for (PositionReport r : reports) {
            b.append(r.mmsi()).append('\t').append(r.time()).append('\t').append(r.lat()).append('\t').append(r.lon())
                    .append('\t').append(r.sogKn() == null ? "\\N" : r.sogKn()).append('\t')
                    .append(r.draughtM() == null ? "\\N" : r.draughtM()).append("\t\\N\t\\N\t0\t").append(r.row())
                    .append('\n');
            if (b.length() >= 1 << 16) {
                byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);
                copy.writeToCopy(bytes, 0, bytes.length);
                b.setLength(0);
            }
        }
        byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        return copy.endCopy();
    }

    private static String num(Double v) {
        return v == null ? "" : String.format(Locale.ROOT, "%.6f", v);
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.6f", v);
    }
}
