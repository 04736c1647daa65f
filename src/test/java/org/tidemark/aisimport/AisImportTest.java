package org.tidemark.aisimport;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.tidemark.Fixtures;
import org.tidemark.ais.AisScenarioFiles;
import org.tidemark.ais.PositionReport;

/**
 * POST /api/ais/import and what follows it, over HTTP on a real PostgreSQL: the must-hold run of issue 18 in each
 * layout (events, confidences, voyages of both tankers), re-import, bad files, bad reports, re-detection, unmatched
 * vessels and tracks.
 * <p>
 * The run is moved 150° of longitude west (distances unchanged: AisScenarioFiles), so that no port another test
 * registers lies near it; its three ports are registered once, at the moved positions, which are approximate and
 * synthetic. Tankers are registered per test under fresh synthetic MMSIs ("00…", held by no ship) and no IMO number.
 */
@QuarkusTest
@TestSecurity(user = "test-analyst", roles = {"viewer", "analyst"})
class AisImportTest {

    static final double SHIFT = -150;
    private static final AtomicInteger COUNTER = new AtomicInteger();
    /** Where this run's synthetic MMSIs start: each test takes the next two. */
    private static final int FIRST_MMSI = 10_000 + new Random().nextInt(4_000_000);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DMA_HEADER = "# Timestamp,Type of mobile,MMSI,Latitude,Longitude,Navigational status,"
            + "ROT,SOG,COG,Heading,IMO,Callsign,Name,Ship type,Cargo type,Width,Length,Type of position fixing device,"
            + "Draught,Destination,ETA,Data source type,A,B,C,D\n";

    private static String chongjin;
    private static String vostochny;
    private static String nampo;

    @Inject
    DataSource dataSource;

    private String mmsiA;
    private String mmsiB;
    private String tankerA;
    private String tankerB;
    private long idA;
    private long idB;

    @BeforeEach
    void portsAndTankers() {
        synchronized (AisImportTest.class) {
            if (chongjin == null) {
                String suffix = " (AIS test, approximate) " + System.nanoTime();
                chongjin = port("Chongjin" + suffix, AisScenarioFiles.CHONGJIN_LAT, AisScenarioFiles.CHONGJIN_LON, "DISCHARGE");
                vostochny = port("Vostochny oil berth" + suffix, AisScenarioFiles.BERTH_LAT, AisScenarioFiles.BERTH_LON, "LOADING");
                nampo = port("Nampo" + suffix, AisScenarioFiles.NAMPO_LAT, AisScenarioFiles.NAMPO_LON, "DISCHARGE");
            }
        }
        int base = FIRST_MMSI + COUNTER.incrementAndGet() * 2;
        mmsiA = String.format("00%07d", base);
        mmsiB = String.format("00%07d", base + 1);
        tankerA = "AIS test tanker A " + mmsiA;
        tankerB = "AIS test tanker B " + mmsiB;
        idA = tanker(tankerA, mmsiA);
        idB = tanker(tankerB, mmsiB);
    }

    private static String port(String name, double lat, double lon, String role) {
        Fixtures.post("/api/ports", Map.of("name", name, "country", "ZZ", "latitude", lat, "longitude", lon + SHIFT,
                "role", role));
        return name;
    }

    private static long tanker(String name, String mmsi) {
        return Fixtures.post("/api/tankers", Map.of("name", name, "mmsi", mmsi, "deadweightT", 3003, "flag", "KP"))
                .jsonPath().getLong("id");
    }

    private List<PositionReport> run() {
        return AisScenarioFiles.reports(mmsiA, mmsiB, SHIFT);
    }

    private static RequestSpecification upload(String layout, byte[] file) {
        RequestSpecification r = given().contentType("text/csv").body(file).queryParam("fileName", "run-" + layout + ".csv");
        if (layout.equals("generic")) {
            var m = AisScenarioFiles.GENERIC_MAPPING;
            r.queryParam("mmsi", m.mmsi()).queryParam("time", m.time()).queryParam("timeFormat", m.timeFormat())
                    .queryParam("lat", m.lat()).queryParam("lon", m.lon()).queryParam("sog", m.sog())
                    .queryParam("draught", m.draught()).queryParam("name", m.name());
        }
        return r;
    }

    private static JsonPath imported(RequestSpecification request) {
        Response answer = request.post("/api/ais/import");
        assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(200);
        return answer.jsonPath();
    }

    /** Each recorded event as "type port cN laden draught counterpart?", in the order recorded (the detection's). */
    private List<String> described(List<Long> ids) {
        List<String> out = new ArrayList<>();
        for (long id : ids) {
            JsonPath e = given().get("/api/events/" + id).then().statusCode(200).extract().jsonPath();
            assertThat(e.getString("evidenceType")).isEqualTo("AIS");
            assertThat(e.getString("positionSource")).isEqualTo("AIS");
            assertThat(e.getDouble("longitude")).isLessThan(0); // [lon, lat] of the moved run, not swapped
            String tanker = e.getLong("tankerId") == idA ? "A" : e.getLong("tankerId") == idB ? "B" : "?";
            String port = e.getString("port.name");
            out.add(tanker + " " + e.getString("type") + " " + (port == null ? "-" : port.substring(0, port.indexOf(" (")))
                    + " c" + e.getInt("confidence") + " " + e.getString("ladenState") + " " + e.get("observedDraftM"));
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"dma", "noaa", "generic"})
    void theMustHoldRunGivesExactlyItsEventsAndVoyagesInEveryLayout(String layout) {
        byte[] file = AisScenarioFiles.file(layout, run()).getBytes(StandardCharsets.UTF_8);
        JsonPath report = imported(upload(layout, file));

        assertThat(report.getString("layout")).isEqualTo(layout);
        assertThat(report.getBoolean("alreadyImported")).isFalse();
        assertThat(report.getMap("rejected")).as("no bad report in the simulated run").isEmpty();
        assertThat(report.getLong("reportsStored")).isEqualTo(run().size()).isEqualTo(report.getLong("rowsRead"));
        assertThat(report.getInt("vesselsMatched")).isEqualTo(2);
        assertThat(report.getInt("eventsProposed")).isEqualTo(8);
        assertThat(report.getInt("eventsRecorded")).isEqualTo(8);
        assertThat(report.getInt("eventsSkipped")).isZero();
        List<Long> ids = report.getList("eventIds", Long.class);
        assertThat(described(ids)).containsExactly(
                "A DEPARTURE Chongjin c3 UNKNOWN 3.1",
                "A AIS_OFF - c2 null null",
                "A ARRIVAL Vostochny oil berth c3 null null",
                "A AIS_ON Vostochny oil berth c2 null null",
                "A DEPARTURE Vostochny oil berth c3 LADEN 5.6",
                "A SHIP_TO_SHIP - c3 null null",
                "B SHIP_TO_SHIP - c3 null null",
                "A ARRIVAL Nampo c3 null null");
        // Each side of the encounter names the other (by MMSI and the tanker it matched); the source is the import.
        JsonPath stsA = given().get("/api/events/" + ids.get(5)).jsonPath();
        JsonPath stsB = given().get("/api/events/" + ids.get(6)).jsonPath();
        assertThat(stsA.getString("notes")).contains("counterpart MMSI " + mmsiB + " = tanker " + idB);
        assertThat(stsB.getString("notes")).contains("counterpart MMSI " + mmsiA + " = tanker " + idA);
        long sourceId = report.getLong("sourceId");
        JsonPath source = given().get("/api/sources/" + sourceId).then().statusCode(200).extract().jsonPath();
        assertThat(source.getString("title")).contains("run-" + layout + ".csv");
        assertThat(source.getString("notes")).contains(report.getString("sha256")).contains("layout " + layout)
                .contains("darkGap=PT12H").contains("rows 2–");
        assertThat(stsA.getLong("sourceId")).isEqualTo(sourceId);

        // Derivation: A loads at Vostochny and delivers to Nampo; B, whose transfer's direction AIS cannot tell, has
        // only evidence at sea, which opens no delivery.
        JsonPath voyagesA = given().queryParam("tanker", tankerA).get("/api/voyages").then().statusCode(200).extract().jsonPath();
        assertThat(voyagesA.getList("entries")).hasSize(1);
        assertThat(voyagesA.getString("entries[0].status")).isEqualTo("COMPLETE");
        assertThat(voyagesA.getString("entries[0].loadPort.name")).isEqualTo(vostochny);
        assertThat(voyagesA.getString("entries[0].dischargePort.name")).isEqualTo(nampo);
        assertThat(voyagesA.getInt("entries[0].confidence")).isEqualTo(3);
        JsonPath voyagesB = given().queryParam("tanker", tankerB).get("/api/voyages").then().statusCode(200).extract().jsonPath();
        assertThat(voyagesB.getList("entries")).isEmpty();
    }

    @Test
    void theSameFileAgainStoresNothingAndTheSameReportsInAnotherFileNeitherReportsNorEvents() throws SQLException {
        byte[] dma = AisScenarioFiles.file("dma", run()).getBytes(StandardCharsets.UTF_8);
        JsonPath first = imported(upload("dma", dma));
        Map<String, Long> before = counts();

        JsonPath again = imported(upload("dma", dma));
        assertThat(again.getBoolean("alreadyImported")).isTrue();
        assertThat(again.getLong("fileId")).isEqualTo(first.getLong("fileId"));
        assertThat(again.getLong("reportsStored")).isZero();
        assertThat(again.getInt("eventsRecorded")).isZero();
        assertThat(counts()).isEqualTo(before);

        byte[] noaa = AisScenarioFiles.file("noaa", run()).getBytes(StandardCharsets.UTF_8);
        JsonPath other = imported(upload("noaa", noaa));
        assertThat(other.getBoolean("alreadyImported")).isFalse();
        assertThat(other.getLong("reportsAccepted")).isEqualTo(run().size());
        assertThat(other.getLong("reportsStored")).as("per-report keys: every report was stored already").isZero();
        assertThat(other.getInt("eventsProposed")).isEqualTo(8);
        assertThat(other.getInt("eventsRecorded")).isZero();
        assertThat(other.getInt("eventsSkipped")).isEqualTo(8);
        Map<String, Long> after = counts();
        assertThat(after.get("ais_position")).isEqualTo(before.get("ais_position"));
        assertThat(after.get("voyage_event")).isEqualTo(before.get("voyage_event"));
        assertThat(after.get("ais_file")).isEqualTo(before.get("ais_file") + 1);
    }

    @Test
    void aGzippedFileIsReadByItsMagicBytes() throws IOException {
        byte[] gz = gzip(AisScenarioFiles.file("noaa", run()).getBytes(StandardCharsets.UTF_8));
        JsonPath report = imported(given().contentType("application/gzip").body(gz).queryParam("fileName", "run.csv.gz"));
        assertThat(report.getBoolean("gzip")).isTrue();
        assertThat(report.getString("layout")).isEqualTo("noaa");
        assertThat(report.getInt("eventsRecorded")).isEqualTo(8);
    }

    @Test
    void aDryRunReportsAndStoresNothing() throws SQLException {
        Map<String, Long> before = counts();
        JsonPath report = imported(upload("dma", AisScenarioFiles.file("dma", run()).getBytes(StandardCharsets.UTF_8))
                .queryParam("dryRun", "true"));
        assertThat(report.getBoolean("dryRun")).isTrue();
        assertThat(report.getInt("eventsRecorded")).isEqualTo(8);
        assertThat(counts()).isEqualTo(before);
    }

    static List<Object[]> badFiles() throws IOException {
        String dma = AisScenarioFiles.file("dma", AisScenarioFiles.reports("001999991", "001999992", SHIFT));
        byte[] gz = gzip(dma.getBytes(StandardCharsets.UTF_8));
        byte[] binary = new byte[4096];
        new Random(18).nextBytes(binary);
        binary[10] = 0;
        StringBuilder longLine = new StringBuilder(DMA_HEADER);
        longLine.append("x".repeat(1 << 20));
        StringBuilder tooLarge = new StringBuilder(DMA_HEADER);
        String row = dma.split("\r\n")[1] + "\n";
        while (tooLarge.length() < 5 << 20) {
            tooLarge.append(row);
        }
        List<Object[]> cases = new ArrayList<>();
        cases.add(new Object[] {"wrong header", "id,when,where\n1,2,3\n".getBytes(StandardCharsets.UTF_8), 400, "neither the DMA nor the NOAA"});
        cases.add(new Object[] {"binary", binary, 400, ""});
        cases.add(new Object[] {"truncated gzip", Arrays.copyOf(gz, gz.length / 2), 400, "cannot be read"});
        cases.add(new Object[] {"one very long line", longLine.toString().getBytes(StandardCharsets.UTF_8), 400, "longer than"});
        cases.add(new Object[] {"too large", tooLarge.toString().getBytes(StandardCharsets.UTF_8), 413, "larger than"});
        cases.add(new Object[] {"too large once gunzipped", gzip(tooLarge.toString().getBytes(StandardCharsets.UTF_8)), 413, "larger than"});
        cases.add(new Object[] {"empty", new byte[0], 400, "empty"});
        return cases;
    }

    @Test
    void aBadFileIsRefusedWithAProblemAndStoresNothingAnywhere() throws Exception {
        for (Object[] c : badFiles()) {
            Map<String, Long> before = counts();
            Response answer = given().contentType("application/octet-stream").body((byte[]) c[1])
                    .queryParam("fileName", "bad.csv").post("/api/ais/import");
            assertThat(answer.statusCode()).as(c[0] + ": " + answer.asString()).isEqualTo(c[2]);
            assertThat(answer.contentType()).as((String) c[0]).isEqualTo("application/problem+json");
            assertThat(answer.jsonPath().getString("detail")).as((String) c[0]).contains((String) c[3])
                    .contains("nothing was stored");
            assertThat(counts()).as(c[0] + ": no row in any AIS table, no event, no source").isEqualTo(before);
        }
    }

    @Test
    void aFileWithSomeBadReportsStoresTheGoodOnesAndReportsTheBadPerReason() {
        List<PositionReport> good = run();
        String[] lines = AisScenarioFiles.file("dma", good).split("\r\n");
        List<String> file = new ArrayList<>(Arrays.asList(lines));
        // Line numbers as the reader counts them: the header is line 1.
        String template = lines[1];
        file.add(3, template.replace("," + mmsiA + ",", ",12345678,"));                 // line 4: 8 digits
        file.add(5, template.replaceFirst(",-?[0-9.]+,(-?[0-9.]+),Unknown", ",91.000000,$1,Unknown")); // line 6: lat 91
        file.add(7, "31/02/2024 25:00:00" + template.substring(19));                      // line 8: no such time
        file.add(9, template.replace("Class A", "Base Station"));                         // line 10
        file.add(11, template);                                                           // line 12: line 2 again
        byte[] body = (String.join("\r\n", file) + "\r\n").getBytes(StandardCharsets.UTF_8);

        JsonPath report = imported(upload("dma", body));
        assertThat(report.getLong("rowsRead")).isEqualTo(good.size() + 5);
        assertThat(report.getLong("reportsStored")).isEqualTo(good.size());
        assertThat(report.getLong("rejected.BAD_MMSI.count")).isEqualTo(1);
        assertThat(report.getList("rejected.BAD_MMSI.exampleRows", Long.class)).containsExactly(4L);
        assertThat(report.getBoolean("rejected.BAD_MMSI.dropped")).isTrue();
        assertThat(report.getList("rejected.POSITION_NOT_AVAILABLE.exampleRows", Long.class)).containsExactly(6L);
        assertThat(report.getList("rejected.BAD_TIME.exampleRows", Long.class)).containsExactly(8L);
        assertThat(report.getList("rejected.NOT_A_VESSEL.exampleRows", Long.class)).containsExactly(10L);
        // The same vessel twice in one second: the first by content is kept (here: the same content, the earlier row).
        assertThat(report.getList("rejected.DUPLICATE_TIME.exampleRows", Long.class)).containsExactly(12L);
        assertThat(report.getLong("rejected.DUPLICATE_TIME.count")).isEqualTo(1);
        assertThat(report.getInt("eventsRecorded")).isEqualTo(8);
    }

    @Test
    void reDetectionWithOtherSettingsRetractsWhatItDoesNotReproduceWithTheReason() {
        JsonPath report = imported(upload("dma", AisScenarioFiles.file("dma", run()).getBytes(StandardCharsets.UTF_8)));
        long fileId = report.getLong("fileId");
        List<Long> ids = report.getList("eventIds", Long.class);

        // Confidence-3 calls fall below a minimum of 4: the four port events go; the gaps and the encounter stay.
        Response answer = given().contentType(ContentType.JSON).queryParam("minPortCallConfidence", "4").post("/api/ais/files/" + fileId + "/detect");
        assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(200);
        JsonPath run = answer.jsonPath();
        assertThat(run.getInt("eventsProposed")).isEqualTo(4);
        assertThat(run.getInt("eventsKept")).isEqualTo(4);
        assertThat(run.getInt("eventsRecorded")).isZero();
        List<Long> retracted = run.getList("retractedEventIds", Long.class);
        assertThat(retracted).containsExactlyInAnyOrder(ids.get(0), ids.get(2), ids.get(4), ids.get(7));
        JsonPath gone = given().get("/api/events/" + ids.get(4)).then().statusCode(200).extract().jsonPath();
        assertThat(gone.getString("retraction.reason")).contains("run " + run.getLong("runId"))
                .contains("minPortCallConfidence=4").contains("does not reproduce");
        // Without the Nampo arrival nothing closes a delivery; the AIS_ON at the oil berth, kept, still places A at
        // the loading port, so derivation leaves one voyage in progress.
        JsonPath without = given().queryParam("tanker", tankerA).get("/api/voyages").jsonPath();
        assertThat(without.getList("entries.status")).containsExactly("IN_PROGRESS");

        // Back to the defaults: the port events come back as new events; nothing more is retracted.
        JsonPath back = given().contentType(ContentType.JSON).post("/api/ais/files/" + fileId + "/detect").then().statusCode(200).extract().jsonPath();
        assertThat(back.getInt("eventsRecorded")).isEqualTo(4);
        assertThat(back.getInt("eventsRetracted")).isZero();
        assertThat(given().queryParam("tanker", tankerA).get("/api/voyages").jsonPath().getString("entries[0].status"))
                .isEqualTo("COMPLETE");

        given().contentType(ContentType.JSON).queryParam("darkGap", "twelve hours").post("/api/ais/files/" + fileId + "/detect").then().statusCode(400)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON).post("/api/ais/files/999999999/detect").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void reportsOfAnUnregisteredVesselAreStoredAndListedAndItsEventsSkipped() {
        // An MMSI no tanker holds, whose digits are tanker B's id: AIS data never names a tanker by its id.
        String stranger = String.format("%09d", idB);
        JsonPath report = imported(upload("dma", AisScenarioFiles.file("dma",
                AisScenarioFiles.reports(mmsiA, stranger, SHIFT)).getBytes(StandardCharsets.UTF_8)));
        assertThat(report.getInt("vesselsMatched")).isEqualTo(1);
        assertThat(report.getInt("vesselsUnmatched")).isEqualTo(1);
        assertThat(report.getList("unmatchedMmsis")).containsExactly(stranger);
        assertThat(report.getInt("eventsRecorded")).isEqualTo(7);
        assertThat(report.getInt("eventsSkipped")).isEqualTo(1);
        assertThat(report.getString("skipped[0].reason")).contains(stranger).contains("/api/ais/vessels?unmatched=true");

        JsonPath unmatched = given().queryParam("unmatched", "true").get("/api/ais/vessels").then().statusCode(200)
                .extract().jsonPath();
        assertThat(unmatched.getList("mmsi")).contains(stranger).doesNotContain(mmsiA);
        assertThat(unmatched.getList("findAll { it.mmsi == '" + stranger + "' }.lastName")).containsExactly("SYNTHETIC TANKER B");
        JsonPath all = given().get("/api/ais/vessels").jsonPath();
        assertThat(all.getLong("find { it.mmsi == '" + mmsiA + "' }.matchedTankerId")).isEqualTo(idA);
        given().queryParam("unmatched", "perhaps").get("/api/ais/vessels").then().statusCode(400);
    }

    @Test
    void theVoyagePageAndTheTankersOverviewMapDrawTheTrackWithItsSilenceDashed() {
        imported(upload("dma", AisScenarioFiles.file("dma", run()).getBytes(StandardCharsets.UTF_8)));
        String voyage = given().queryParam("tanker", tankerA).get("/api/voyages").then().statusCode(200).extract()
                .jsonPath().getString("entries[0].id");

        String page = given().get("/voyages/" + voyage).then().statusCode(200).extract().asString();
        assertThat(page).contains("id=\"voyage-map\"");
        assertThat(page.split("<polyline class=\"track\"", -1)).as("the track either side of the silence").hasSize(3);
        assertThat(page.split("<polyline class=\"track gap\"", -1)).as("the silence").hasSize(2);
        assertThat(page).contains("<circle class=\"position\"").contains("AIS silent ");

        String overview = given().queryParam("tanker", tankerA).queryParam("from", "2024-01-01").queryParam("to", "2025-01-01")
                .get("/").then().statusCode(200).extract().asString();
        assertThat(overview).contains("<polyline class=\"track gap\"");
        assertThat(given().queryParam("from", "2024-01-01").queryParam("to", "2025-01-01").get("/").then().statusCode(200)
                .extract().asString()).as("no tanker in the filter: no track").doesNotContain("<polyline class=\"track");
    }

    @Test
    void tracksAreGeoJsonLineStringsLongitudeFirstWithTheDarkGapAsAFeatureOfItsOwn() throws IOException {
        imported(upload("dma", AisScenarioFiles.file("dma", run()).getBytes(StandardCharsets.UTF_8)));
        Response answer = given().queryParam("tanker", tankerA).get("/api/ais/tracks");
        assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/geo+json");
        JsonNode doc = JSON.readTree(answer.asByteArray());
        assertThat(doc.get("type").asText()).isEqualTo("FeatureCollection");
        List<JsonNode> features = new ArrayList<>();
        doc.get("features").forEach(features::add);
        assertThat(features).extracting(f -> f.get("properties").get("gap").asBoolean()).containsExactly(false, true, false);
        features.forEach(f -> assertThat(f.get("geometry").get("type").asText()).isEqualTo("LineString"));
        JsonNode start = features.get(0).get("geometry").get("coordinates").get(0);
        assertThat(start.get(0).asDouble()).as("longitude first").isCloseTo(AisScenarioFiles.CHONGJIN_LON + SHIFT,
                org.assertj.core.data.Offset.offset(1e-6));
        assertThat(start.get(1).asDouble()).as("then latitude").isCloseTo(AisScenarioFiles.CHONGJIN_LAT,
                org.assertj.core.data.Offset.offset(1e-6));
        JsonNode gap = features.get(1);
        assertThat(gap.get("properties").get("hours").asDouble()).isEqualTo(14.0);
        assertThat(gap.get("geometry").get("coordinates")).hasSize(2);
        JsonNode after = gap.get("geometry").get("coordinates").get(1);
        assertThat(after.get(0).asDouble()).isCloseTo(AisScenarioFiles.BERTH_LON + SHIFT, org.assertj.core.data.Offset.offset(1e-6));
        long reportsOfA = run().stream().filter(r -> r.mmsi().equals(mmsiA)).count();
        assertThat(features.get(0).get("properties").get("reports").asLong()
                + features.get(2).get("properties").get("reports").asLong()).isEqualTo(reportsOfA);

        JsonNode exact = JSON.readTree(given().queryParam("tanker", tankerA).queryParam("exact", "true")
                .get("/api/ais/tracks").then().statusCode(200).extract().asByteArray());
        long points = 0;
        for (JsonNode f : exact.get("features")) {
            if (!f.get("properties").get("gap").asBoolean()) {
                points += f.get("geometry").get("coordinates").size();
            }
        }
        assertThat(points).isEqualTo(reportsOfA);
        given().get("/api/ais/tracks").then().statusCode(400).contentType("application/problem+json");
        given().queryParam("tanker", tankerA).queryParam("from", "2024-04-01").queryParam("to", "2024-03-01")
                .get("/api/ais/tracks").then().statusCode(400);
    }

    @Test
    void aLongTrackIsThinnedAndAnExactOneOverTheLimitIsRefusedNamingIt() throws IOException {
        // 2,500 reports a minute apart, none silent: one line. The test profile sets the exact limit to 2,000.
        List<PositionReport> reports = new ArrayList<>();
        java.time.Instant t0 = java.time.Instant.parse("2024-05-01T00:00:00Z");
        for (int i = 0; i < 2500; i++) {
            reports.add(new PositionReport(mmsiA, null, "SYNTHETIC TANKER A", t0.plusSeconds(60L * i), 20.0 + i * 1e-4,
                    -40.0, 8.0, 4.0, i + 2L));
        }
        imported(upload("noaa", AisScenarioFiles.file("noaa", reports).getBytes(StandardCharsets.UTF_8)));
        JsonNode thinned = JSON.readTree(given().queryParam("tanker", tankerA).queryParam("from", "2024-05-01")
                .queryParam("to", "2024-05-31").get("/api/ais/tracks").then().statusCode(200).extract().asByteArray());
        assertThat(thinned.get("features")).hasSize(1);
        JsonNode line = thinned.get("features").get(0);
        assertThat(line.get("geometry").get("coordinates")).hasSize(2000);
        assertThat(line.get("properties").get("downsampled").asBoolean()).isTrue();
        assertThat(line.get("properties").get("reports").asInt()).isEqualTo(2500);
        JsonNode last = line.get("geometry").get("coordinates").get(1999);
        assertThat(last.get(1).asDouble()).as("the last report is kept").isCloseTo(20.0 + 2499 * 1e-4,
                org.assertj.core.data.Offset.offset(1e-9));

        Response exact = given().queryParam("tanker", tankerA).queryParam("from", "2024-05-01")
                .queryParam("to", "2024-05-31").queryParam("exact", "true").get("/api/ais/tracks");
        assertThat(exact.statusCode()).isEqualTo(400);
        assertThat(exact.contentType()).isEqualTo("application/problem+json");
        assertThat(exact.jsonPath().getString("detail")).contains("2500 reports").contains("more than 2000")
                .contains("tidemark.ais.exact-track-points");
    }

    @Test
    void badParametersAreRefusedByName() {
        byte[] file = AisScenarioFiles.file("dma", run()).getBytes(StandardCharsets.UTF_8);
        given().contentType("text/csv").body(file).queryParam("layout", "nmea").post("/api/ais/import").then()
                .statusCode(400).contentType("application/problem+json");
        given().contentType("text/csv").body(file).queryParam("stopSpeedKn", "-1").post("/api/ais/import").then()
                .statusCode(400).contentType("application/problem+json");
        given().contentType("text/csv").body(file).queryParam("mmsi", "ship_mmsi").post("/api/ais/import").then()
                .statusCode(400).contentType("application/problem+json");
        given().contentType("text/csv").body(file).queryParam("dryRun", "maybe").post("/api/ais/import").then()
                .statusCode(400);
        given().contentType("text/csv").body(file).queryParam("minPortCallConfidence", "2.5").post("/api/ais/import")
                .then().statusCode(400).body("errors[0].field", org.hamcrest.Matchers.equalTo("minPortCallConfidence"));
    }

    private Map<String, Long> counts() throws SQLException {
        Map<String, Long> out = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String table : List.of("ais_file", "ais_position", "ais_vessel", "ais_run", "ais_detected_event",
                    "voyage_event", "source")) {
                try (ResultSet rs = s.executeQuery("select count(*) from " + table)) {
                    rs.next();
                    out.put(table, rs.getLong(1));
                }
            }
        }
        return out;
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }
}
