package org.tidemark.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.tidemark.Fixtures;

/**
 * What the API reads out can be written back as it is (docs/API.md, "Read and write"): an event from
 * {@code GET /api/events/{id}} or the timeline records the same fact; a tanker, port, source or claim from its
 * {@code GET} registers an equivalent record. Read → write → read gives the same JSON but for the server's members.
 */
@QuarkusTest
@TestSecurity(user = "test-analyst", roles = {"viewer", "analyst"})
class ReadWriteSymmetryTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Members the server sets: a new record gets its own. */
    private static final List<String> SERVER_SET = List.of("id", "recordedAt", "recordedBy", "createdAt");

    private Fixtures f;

    @BeforeEach
    void fixtures() {
        f = Fixtures.create();
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource(nullValues = "null", value = {
            "ARRIVAL, 2024-03-07, null",
            "ARRIVAL, 2024-03-07, WEEK",
            "ARRIVAL, 2024-03-19, MONTH",
            "ARRIVAL, 2024-03-07T05:17:00Z, HOUR",
            "ARRIVAL, 2024-03-07T05:17:42Z, null"})
    void anEventReadByIdIsRecordedAgainAsItIs(String type, String occurredAt, String precision) throws Exception {
        Map<String, Object> event = f.event(type, occurredAt, f.loadingPort);
        if (precision != null) {
            event.put("precision", precision);
        }
        event.put("notes", "read and written back");
        long id = Fixtures.post("/api/events", event).jsonPath().getLong("id");
        String read = given().get("/api/events/" + id).then().statusCode(200).extract().asString();
        retract(id);

        String written = given().contentType(ContentType.JSON).body(read).post("/api/events")
                .then().statusCode(201).extract().asString();
        long copy = JSON.readTree(written).get("id").asLong();
        assertThat(copy).isNotEqualTo(id);
        String readAgain = given().get("/api/events/" + copy).then().statusCode(200).extract().asString();
        assertThat(withoutServerMembers(readAgain)).isEqualTo(withoutServerMembers(read));
    }

    /**
     * Read → write → read over HTTP for events jqwik generates: every type with its port, every precision, windows,
     * ladenness, drafts, reported volumes, positions, notes in any script.
     */
    @Test
    void generatedEventsReadWrittenAndReadAgainAreTheSame() throws Exception {
        Arbitrary<String> types = Arbitraries.of("SIGHTING", "AIS_OFF", "AIS_ON", "ARRIVAL", "DEPARTURE", "LOADING",
                "DISCHARGE");
        Arbitrary<Integer> days = Arbitraries.integers().between(0, 700);
        Arbitrary<Integer> seconds = Arbitraries.integers().between(0, 86_399);
        Arbitrary<String> precisions = Arbitraries.of("EXACT", "HOUR", "DAY", "WEEK", "MONTH", "WINDOW");
        Arbitrary<String> notes = Arbitraries.strings().withCharRange(' ', '~').withChars("äßø北朝鮮Ж—").ofMaxLength(40)
                .injectNull(0.3);
        List<Map<String, Object>> events = Combinators.combine(types, days, seconds, precisions, notes,
                Arbitraries.integers().between(1, 4), Arbitraries.integers().between(0, 7)).as(
                (type, day, second, precision, note, confidence, extras) -> {
                    Instant at = Instant.parse("2023-01-01T00:00:00Z").plusSeconds(day * 86_400L + second);
                    String port = switch (type) {
                        case "ARRIVAL", "DEPARTURE", "LOADING" -> f.loadingPort;
                        case "DISCHARGE" -> f.dischargePort;
                        default -> null;
                    };
                    Map<String, Object> event = f.event(type, at.toString(), port);
                    event.put("confidence", confidence);
                    switch (precision) {
                        case "WINDOW" -> {
                            event.remove("occurredAt");
                            event.put("occurredFrom", at.toString());
                            event.put("occurredTo", at.plusSeconds(3_600L * (1 + second % 40)).toString());
                        }
                        case "DAY", "WEEK", "MONTH" -> {
                            event.put("occurredAt", at.toString().substring(0, 10));
                            event.put("precision", precision);
                        }
                        default -> event.put("precision", precision);
                    }
                    if (note != null) {
                        event.put("notes", note);
                    }
                    if ((extras & 1) != 0) {
                        event.put("ladenState", second % 2 == 0 ? "LADEN" : "BALLAST");
                        event.put("observedDraftM", 3.5 + second % 30 / 10.0);
                    }
                    if ((extras & 2) != 0) {
                        event.put("reportedVolume", 1_000.0 + second);
                        event.put("reportedVolumeUnit", "BARREL");
                    }
                    if ((extras & 4) != 0) {
                        event.put("latitude", -90 + second % 180 + 0.25);
                        event.put("longitude", -180 + second % 360 + 0.5);
                        event.put("positionSource", "SATELLITE_IMAGE");
                    }
                    return event;
                }).sampleStream().limit(25).toList();
        for (Map<String, Object> event : events) {
            long id = given().contentType(ContentType.JSON).body(event).post("/api/events").then().statusCode(201)
                    .extract().jsonPath().getLong("id");
            String read = given().get("/api/events/" + id).then().statusCode(200).extract().asString();
            retract(id);
            long copy = given().contentType(ContentType.JSON).body(read).post("/api/events").then().statusCode(201)
                    .extract().jsonPath().getLong("id");
            String readAgain = given().get("/api/events/" + copy).then().statusCode(200).extract().asString();
            assertThat(withoutServerMembers(readAgain)).as(event.toString()).isEqualTo(withoutServerMembers(read));
        }
    }

    @Test
    void aWindowAndATransferWithItsCounterpartAndPositionComeBackTheSame() throws Exception {
        Fixtures other = Fixtures.create();
        Map<String, Object> sts = f.event("SHIP_TO_SHIP", "2024-05-02", null);
        sts.remove("occurredAt");
        sts.put("occurredFrom", "2024-05-02T03:00:00Z");
        sts.put("occurredTo", "2024-05-02T14:00:00Z");
        sts.put("counterpart", other.tanker);
        sts.put("stsDirection", "RECEIVED");
        sts.put("latitude", 42.1);
        sts.put("longitude", 131.5);
        sts.put("positionSource", "SATELLITE_IMAGE");
        long id = Fixtures.post("/api/events", sts).jsonPath().getLong("id");
        String read = given().get("/api/events/" + id).then().statusCode(200)
                .body("precision", equalTo("WINDOW")).body("counterpart.name", equalTo(other.tanker))
                .body("tanker.name", equalTo(f.tanker)).body("source.key", equalTo(f.source))
                .extract().asString();
        retract(id);
        long copy = given().contentType(ContentType.JSON).body(read).post("/api/events").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        String readAgain = given().get("/api/events/" + copy).then().statusCode(200).extract().asString();
        assertThat(withoutServerMembers(readAgain)).isEqualTo(withoutServerMembers(read));
    }

    @Test
    void aTimelineEntryIsRecordedAgainAsItIs() throws Exception {
        Fixtures.post("/api/events", f.event("LOADING", "2024-04-01", f.loadingPort));
        Fixtures.post("/api/events", f.event("DISCHARGE", "2024-04-09", f.dischargePort));
        JsonNode entries = JSON.readTree(given().queryParam("tanker", f.tanker).queryParam("kind", "EVENT")
                .get("/api/timeline").then().statusCode(200).extract().asString()).get("entries");
        assertThat(entries).hasSize(2);
        for (JsonNode entry : entries) {
            long copy = given().contentType(ContentType.JSON).body(entry.toString()).post("/api/events")
                    .then().statusCode(201).extract().jsonPath().getLong("id");
            JsonNode original = JSON.readTree(given().get("/api/events/" + entry.get("id").asText()).asString());
            JsonNode again = JSON.readTree(given().get("/api/events/" + copy).asString());
            assertThat(withoutServerMembers(again.toString())).isEqualTo(withoutServerMembers(original.toString()));
        }
        // The copies are the same facts: the timeline now holds each of them twice, and still one voyage.
        given().queryParam("tanker", f.tanker).queryParam("kind", "EVENT").get("/api/timeline").then()
                .body("entries.size()", equalTo(4));
        given().queryParam("tanker", f.tanker).get("/api/voyages").then().body("entries.size()", equalTo(1));
    }

    @Test
    void timelineEntriesImportAsAJsonArray() throws Exception {
        Fixtures.post("/api/events", f.event("LOADING", "2024-05-01", f.loadingPort));
        Fixtures.post("/api/events", f.event("DISCHARGE", "2024-05-09", f.dischargePort));
        String entries = JSON.readTree(given().queryParam("tanker", f.tanker).queryParam("kind", "EVENT")
                .get("/api/timeline").asString()).get("entries").toString();
        given().contentType(ContentType.JSON).body(entries).queryParam("dryRun", "true").post("/api/events/import")
                .then().statusCode(200).body("rows", equalTo(2)).body("eventsAdded", equalTo(2));
    }

    @Test
    void aVoyageEntryIsRefusedNamingKind() throws Exception {
        Fixtures.post("/api/events", f.event("LOADING", "2024-04-01", f.loadingPort));
        JsonNode entry = JSON.readTree(given().queryParam("tanker", f.tanker).queryParam("kind", "VOYAGE")
                .get("/api/timeline").asString()).get("entries").get(0);
        assertThat(entry.get("kind").asText()).isEqualTo("VOYAGE");
        given().contentType(ContentType.JSON).body(entry.toString()).post("/api/events").then()
                .statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("kind"));
    }

    @Test
    void aRetractedEventIsRefusedUntilItsRetractionIsLeftOut() throws Exception {
        long id = Fixtures.post("/api/events", f.event("SIGHTING", "2024-04-03", null)).jsonPath().getLong("id");
        given().contentType(ContentType.JSON).body(Map.of("reason", "wrong hull")).post("/api/events/" + id + "/retraction")
                .then().statusCode(201);
        ObjectNode read = (ObjectNode) JSON.readTree(given().get("/api/events/" + id).asString());
        given().contentType(ContentType.JSON).body(read.toString()).post("/api/events").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("retraction"));
        read.remove("retraction");
        given().contentType(ContentType.JSON).body(read.toString()).post("/api/events").then().statusCode(201)
                .body("retraction", equalTo(null));
    }

    @Test
    void aRetractionPostedBackIsRefusedNamingWhatMakesItOne() throws Exception {
        long id = Fixtures.post("/api/events", f.event("SIGHTING", "2024-04-03", null)).jsonPath().getLong("id");
        String retraction = given().contentType(ContentType.JSON).body(Map.of("reason", "wrong hull"))
                .post("/api/events/" + id + "/retraction").then().statusCode(201).extract().asString();
        given().contentType(ContentType.JSON).body(retraction).post("/api/events").then().statusCode(400)
                .body("errors.field", hasItem("retractsEventId"));
    }

    @Test
    void aWindowThatIsNotItsPrecisionIsA400NamingPrecision() {
        Map<String, Object> event = f.event("SIGHTING", "2024-03-07", null);
        event.remove("occurredAt");
        event.put("occurredFrom", "2024-03-07T00:00:00Z");
        event.put("occurredTo", "2024-03-07T12:00:00Z");
        event.put("precision", "DAY");
        given().contentType(ContentType.JSON).body(event).post("/api/events").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("precision"));
    }

    @Test
    void aReferenceIdFromAnotherDatabaseGivesWayToItsName() {
        Fixtures other = Fixtures.create();
        Map<String, Object> event = f.event("SIGHTING", "2024-04-03", null);
        // other's id with f's name: as if read from a database where f's tanker had other's id
        event.put("tanker", Map.of("id", other.tankerId, "name", f.tanker));
        event.put("source", Map.of("id", 999_999_999, "key", f.source, "publisher", "as read"));
        given().contentType(ContentType.JSON).body(event).post("/api/events").then().statusCode(201)
                .body("tanker.id", equalTo((int) f.tankerId)).body("source.key", equalTo(f.source));
    }

    @Test
    void aTankerIdThatDisagreesWithItsObjectIsA400() {
        Map<String, Object> event = f.event("SIGHTING", "2024-04-03", null);
        event.put("tanker", Map.of("id", f.tankerId, "name", f.tanker));
        event.put("tankerId", f.tankerId + 1);
        given().contentType(ContentType.JSON).body(event).post("/api/events").then().statusCode(400)
                .body("errors.field", hasItem("tankerId"));
    }

    @Test
    void registryRecordsReadOutRegisterAsTheyAre() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        ObjectNode source = (ObjectNode) JSON.readTree(given().get("/api/sources").asString()).findParents("key").stream()
                .filter(s -> s.get("key").asText().equals(f.source)).findFirst().orElseThrow();
        source.put("key", "copy-" + suffix).put("url", "https://example.org/illustrative").put("publishedOn", "2024-11-22");
        assertRegistersAsRead("/api/sources", source);

        JsonNode port = JSON.readTree(given().get("/api/ports").asString()).findParents("name").stream()
                .filter(p -> p.get("name").asText().equals(f.loadingPort)).findFirst().orElseThrow();
        assertRegistersAsRead("/api/ports", ((ObjectNode) port).put("name", "Copy port " + suffix).putNull("locode"));

        long tankerId = Fixtures.post("/api/tankers", Map.of("name", "Symmetry tanker " + suffix, "deadweightT", 3003,
                "source", f.source,
                "identities", List.of(Map.of("kind", "ALIAS", "value", "Sym alias " + suffix, "source", f.source)),
                "designations", List.of(Map.of("regime", "UN 1718", "listedOn", "2018-03-01",
                        "listedOnPrecision", "MONTH", "source", f.source)))).jsonPath().getLong("id");
        ObjectNode tanker = (ObjectNode) JSON.readTree(given().get("/api/tankers/" + tankerId).asString());
        assertThat(tanker.get("source").get("key").asText()).isEqualTo(f.source);
        tanker.put("name", "Symmetry copy " + suffix);
        ((ObjectNode) tanker.get("identities").get(0)).put("value", "Sym copy alias " + suffix);
        assertRegistersAsRead("/api/tankers", tanker);

        long claimId = Fixtures.post("/api/claims", Map.of("source", f.source, "subject", "VOLUME",
                "comparator", "MORE_THAN", "value", 165000, "unit", "BARREL", "periodFrom", "2024-03-01",
                "periodTo", "2024-03-31", "port", f.loadingPort, "statement", "illustrative claim")).jsonPath().getLong("id");
        assertRegistersAsRead("/api/claims", (ObjectNode) JSON.readTree(given().get("/api/claims/" + claimId).asString()));
    }

    /**
     * Retracts the original before its copy is recorded: two live copies of one fact may open two voyages with one
     * id (derived from the tanker and the opening event's content), which the derivation refuses (409).
     */
    private static void retract(long id) {
        given().contentType(ContentType.JSON).body(Map.of("reason", "recorded again from its read shape"))
                .post("/api/events/" + id + "/retraction").then().statusCode(201);
    }

    /** POSTs the record as read, then reads the new one: equal but for the server's members. */
    private static void assertRegistersAsRead(String path, ObjectNode read) throws Exception {
        String created = given().contentType(ContentType.JSON).body(read.toString()).post(path)
                .then().statusCode(201).extract().asString();
        String id = JSON.readTree(created).get("id").asText();
        String again = given().get(path + "/" + id).then().statusCode(200).extract().asString();
        assertThat(withoutServerMembers(again)).as(path).isEqualTo(withoutServerMembers(read.toString()));
    }

    /** The JSON without the members the server sets (and the ids the references repeat, which stay the same here). */
    private static JsonNode withoutServerMembers(String json) throws Exception {
        JsonNode node = JSON.readTree(json);
        strip(node);
        return node;
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            SERVER_SET.forEach(object::remove);
            object.properties().forEach(e -> strip(e.getValue()));
        } else if (node.isArray()) {
            node.forEach(ReadWriteSymmetryTest::strip);
        }
    }
}
