package org.tidemark.ais;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;

/** Reading the three layouts from small synthetic files in src/test/resources/ais, each bad row a known reason. */
class PositionReportReaderTest {

    private record Read(PositionReportReader.Summary summary, List<PositionReport> reports) {
    }

    private static Read read(String resource, ColumnMapping mapping) throws IOException {
        try (InputStream in = PositionReportReaderTest.class.getResourceAsStream("/ais/" + resource);
             Reader r = PositionReportReader.decode(in)) {
            List<PositionReport> reports = new ArrayList<>();
            PositionReportReader.Summary s = PositionReportReader.read(r, mapping, reports::add);
            return new Read(s, reports);
        }
    }

    @Test
    void dmaRowsAreReadAndEachBadRowCountedByItsReason() throws IOException {
        Read r = read("dma-sample.csv", null);

        assertThat(r.summary().layout()).isEqualTo("dma");
        assertThat(r.summary().rows()).isEqualTo(14);
        assertThat(r.summary().accepted()).isEqualTo(6);
        assertThat(r.summary().tally().asMap()).containsExactly(
                entry(ReportIssue.MALFORMED_ROW, 1L),
                entry(ReportIssue.NOT_A_VESSEL, 1L),
                entry(ReportIssue.BAD_MMSI, 1L),
                entry(ReportIssue.BAD_TIME, 1L),
                entry(ReportIssue.POSITION_NOT_AVAILABLE, 1L),
                entry(ReportIssue.LAT_OUT_OF_RANGE, 1L),
                entry(ReportIssue.LON_OUT_OF_RANGE, 1L),
                entry(ReportIssue.BAD_POSITION, 1L),
                entry(ReportIssue.SPEED_NOT_AVAILABLE, 1L),
                entry(ReportIssue.UNPARSEABLE_FIELD, 1L),
                entry(ReportIssue.BAD_IMO, 1L));

        PositionReport first = r.reports().get(0);
        assertThat(first).isEqualTo(new PositionReport("001000001", null, "SYNTHETIC A",
                Instant.parse("2024-03-10T00:00:00Z"), 41.76, 129.82, 0.0, 3.1, 2));
        assertThat(r.reports().get(1).name()).as("a quoted name with a comma").isEqualTo("SYNTHETIC, A");
        assertThat(r.reports().get(2).sogKn()).as("102.3 = not available").isNull();
        assertThat(r.reports().get(3)).satisfies(p -> {
            assertThat(p.imo()).as("bad check digit").isNull();
            assertThat(p.draughtM()).as("unparseable").isNull();
            assertThat(p.row()).isEqualTo(11);
        });
        assertThat(r.reports().get(4)).satisfies(p -> {
            assertThat(p.mmsi()).isEqualTo("001000002");
            assertThat(p.sogKn()).isEqualTo(9.5);
            assertThat(p.draughtM()).isNull();
        });
        assertThat(r.reports().get(5).draughtM()).as("AIS draught 0 = not available").isNull();
    }

    @Test
    void noaaRowsAreReadAndEachBadRowCountedByItsReason() throws IOException {
        Read r = read("noaa-sample.csv", null);

        assertThat(r.summary().layout()).isEqualTo("noaa");
        assertThat(r.summary().rows()).isEqualTo(8);
        assertThat(r.summary().accepted()).isEqualTo(4);
        assertThat(r.summary().tally().asMap()).containsExactly(
                entry(ReportIssue.BAD_MMSI, 1L),
                entry(ReportIssue.BAD_TIME, 1L),
                entry(ReportIssue.POSITION_NOT_AVAILABLE, 1L),
                entry(ReportIssue.LAT_OUT_OF_RANGE, 1L),
                entry(ReportIssue.SPEED_NOT_AVAILABLE, 1L),
                entry(ReportIssue.UNPARSEABLE_FIELD, 1L),
                entry(ReportIssue.BAD_IMO, 1L));
        assertThat(r.reports()).extracting(PositionReport::time).containsExactly(
                Instant.parse("2024-03-10T00:00:00Z"), Instant.parse("2024-03-10T00:10:00Z"),
                Instant.parse("2024-03-10T01:00:00Z"), Instant.parse("2024-03-10T01:10:00Z"));
        assertThat(r.reports().get(3).draughtM()).isEqualTo(5.6);
    }

    @Test
    void aGenericFileIsReadThroughItsColumnMapping() throws IOException {
        ColumnMapping mapping = new ColumnMapping("SHIP_MMSI", "ts_utc", "iso", "latitude", "longitude", "speed_kn",
                "draft_m", null, "ship_name");
        Read r = read("generic-sample.csv", mapping);

        assertThat(r.summary().layout()).isEqualTo("generic");
        assertThat(r.summary().rows()).isEqualTo(5);
        assertThat(r.summary().tally().asMap()).containsExactly(
                entry(ReportIssue.BAD_TIME, 1L),
                entry(ReportIssue.LON_OUT_OF_RANGE, 1L),
                entry(ReportIssue.SPEED_NOT_AVAILABLE, 1L));
        assertThat(r.reports()).extracting(PositionReport::time).containsExactly(
                Instant.parse("2024-03-10T00:00:00Z"),
                Instant.parse("2024-03-10T00:00:00Z"), // written 09:00 at +09:00
                Instant.parse("2024-03-10T00:30:00Z")); // no offset: UTC
        assertThat(r.reports()).extracting(PositionReport::row).as("a quoted line break spans two lines")
                .containsExactly(2L, 3L, 7L);
    }

    @Test
    void aCustomTimePatternAndEpochSecondsAreRead() throws IOException {
        String pattern = "mmsi,when,lat,lon\n001000001,10.03.2024 01:02:03,1.5,2.5\n";
        String epoch = "mmsi,when,lat,lon\n001000001,1710032523,1.5,2.5\n";
        List<Instant> times = new ArrayList<>();
        PositionReportReader.read(new StringReader(pattern),
                new ColumnMapping("mmsi", "when", "dd.MM.yyyy HH:mm:ss", "lat", "lon", null, null, null, null),
                p -> times.add(p.time()));
        PositionReportReader.read(new StringReader(epoch),
                new ColumnMapping("mmsi", "when", "epoch", "lat", "lon", null, null, null, null), p -> times.add(p.time()));
        assertThat(times).containsExactly(Instant.parse("2024-03-10T01:02:03Z"), Instant.parse("2024-03-10T01:02:03Z"));
    }

    @Test
    void anUnknownHeaderWithoutAMappingIsRefusedBeforeAnythingIsRead() {
        List<PositionReport> reports = new ArrayList<>();
        assertThatThrownBy(() -> PositionReportReader.read(new StringReader("a,b,c\n1,2,3\n"), null, reports::add))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("neither the DMA nor the NOAA");
        assertThatThrownBy(() -> PositionReportReader.read(new StringReader("a,b,c\n1,2,3\n"),
                new ColumnMapping("mmsi", "t", "iso", "a", "b", null, null, null, null), reports::add))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no column \"mmsi\"");
        assertThat(reports).isEmpty();
    }

    @Test
    void binaryContentAndARunawayRecordStopTheReadNamingTheLine() {
        String header = "MMSI,BaseDateTime,LAT,LON\n";
        String good = "001000001,2024-03-10T00:00:00,41.0,129.0\n";
        assertThatThrownBy(() -> PositionReportReader.read(new StringReader(header + good + "00\u00001000,x\n"), null,
                p -> { })).isInstanceOf(UnreadableReportFile.class).hasMessageContaining("line 3")
                .hasMessageContaining("NUL");
        String runaway = header + good + "\"" + "x".repeat(CsvRecords.MAX_RECORD_CHARS) + "\n";
        assertThatThrownBy(() -> PositionReportReader.read(new StringReader(runaway), null, p -> { }))
                .isInstanceOf(UnreadableReportFile.class).hasMessageContaining("line 3").hasMessageContaining("longer than");
        assertThatThrownBy(() -> PositionReportReader.read(new StringReader(""), null, p -> { }))
                .isInstanceOf(UnreadableReportFile.class).hasMessageContaining("empty");
    }

    @Test
    void aLayoutGivenReadsTheFileSoWhateverItsHeaderAnnounces() throws IOException {
        String noaa = "MMSI,BaseDateTime,LAT,LON\n001000001,2024-03-10T00:00:00,41.0,129.0\n";
        List<PositionReport> reports = new ArrayList<>();
        PositionReportReader.Summary generic = PositionReportReader.read(new StringReader(noaa),
                new ColumnMapping("MMSI", "BaseDateTime", "iso", "LAT", "LON", null, null, null, null), "generic",
                reports::add);
        assertThat(generic.layout()).isEqualTo("generic");
        assertThat(reports).hasSize(1);
        assertThatThrownBy(() -> PositionReportReader.read(new StringReader(noaa), null, "dma", p -> { }))
                .isInstanceOf(UnreadableReportFile.class).hasMessageContaining("no column \"Timestamp\"");
    }

    @Test
    void eachReasonKeepsTheRowsOfItsFirstFewReports() throws IOException {
        StringBuilder file = new StringBuilder("MMSI,BaseDateTime,LAT,LON\n");
        for (int i = 0; i < 5; i++) {
            file.append("12345678,2024-03-10T00:00:00,41.0,129.0\n"); // lines 2-6: eight digits
        }
        PositionReportReader.Summary s = PositionReportReader.read(new StringReader(file.toString()), null, p -> { });
        assertThat(s.tally().count(ReportIssue.BAD_MMSI)).isEqualTo(5);
        assertThat(s.tally().examples(ReportIssue.BAD_MMSI)).containsExactly(2L, 3L, 4L);
        assertThat(s.tally().examples(ReportIssue.BAD_TIME)).isEmpty();
    }

    @Test
    void gzipIsRecognisedByItsMagicBytes() throws IOException {
        String text;
        try (InputStream in = getClass().getResourceAsStream("/ais/noaa-sample.csv")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        List<PositionReport> plain = new ArrayList<>();
        List<PositionReport> zipped = new ArrayList<>();
        PositionReportReader.read(PositionReportReader.decode(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))),
                null, plain::add);
        PositionReportReader.read(PositionReportReader.decode(new ByteArrayInputStream(gz.toByteArray())), null, zipped::add);
        assertThat(zipped).hasSize(4).isEqualTo(plain);
    }

    @Test
    void tracksSortEachVesselDropSameSecondDuplicatesAndCountBoth() throws IOException {
        ReportTally tally = new ReportTally();
        Read r = read("generic-sample.csv", LayoutFiles.GENERIC_MAPPING);
        PositionReport later = new PositionReport("001000001", null, null, Instant.parse("2024-03-10T00:10:00Z"), 41.8,
                129.9, null, null, 99);
        List<PositionReport> input = new ArrayList<>(List.of(later));
        input.addAll(r.reports());
        Tracks tracks = Tracks.of(input, tally);

        assertThat(tally.asMap()).containsExactly(entry(ReportIssue.DUPLICATE_TIME, 1L), entry(ReportIssue.OUT_OF_ORDER, 2L));
        assertThat(tracks.all()).extracting(Track::mmsi).containsExactly("001000001", "001000002");
        Track a = tracks.all().get(0);
        assertThat(a.size()).isEqualTo(2);
        assertThat(a.time(1)).isEqualTo(later.time());
        assertThat(a.lat[0]).as("of two reports in one second the one first by content is kept").isEqualTo(41.76);
        assertThat(a.name()).isEqualTo("SYNTHETIC A");
    }
}
