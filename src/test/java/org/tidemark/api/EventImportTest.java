package org.tidemark.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.tidemark.Fixtures;
import org.tidemark.VoyageTable;
import org.tidemark.domain.VoyageEvent;

@QuarkusTest
@TestSecurity(user = "test-analyst", roles = {"viewer", "analyst"})
class EventImportTest {

    @Inject
    ObjectMapper json;
    @Inject
    DataSource dataSource;

    private Fixtures f;

    @BeforeEach
    void registerFixtures() {
        f = Fixtures.create();
    }

    @Test
    void aTenThousandRowCsvWithOneBadRowStoresNothingAndNamesTheRowAndColumn() {
        StringBuilder csv = new StringBuilder(Fixtures.CSV_HEADER);
        for (int row = 1; row <= 10_000; row++) {
            csv.append(f.csvRow("SIGHTING", day(row), f.loadingPort, row == 7_345 ? 9 : 3, "sighting " + row, null));
        }
        given().contentType("text/csv").body(csv.toString()).post("/api/events/import")
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("detail", containsString("1 row is bad, so nothing was stored"))
                .body("errors", hasSize(1))
                .body("errors[0].row", equalTo(7_345))
                .body("errors[0].field", equalTo("confidence"))
                .body("errors[0].message", containsString("less than or equal to 4"));
        assertThat(eventsOfTanker()).isZero();
    }

    @Test
    void listsTheBadRowsUpToTheBoundAndCountsThemAll() {
        StringBuilder csv = new StringBuilder(Fixtures.CSV_HEADER);
        for (int row = 1; row <= 400; row++) {
            boolean bad = row % 2 == 0;
            csv.append(f.csvRow(bad ? "TELEPORT" : "SIGHTING", day(row), f.loadingPort, 3, null, null));
        }
        JsonPath problem = given().contentType("text/csv").body(csv.toString()).post("/api/events/import")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("200 rows are bad"))
                .body("detail", containsString("the first 100 are listed"))
                .body("errors.field", everyItem(equalTo("type")))
                .extract().jsonPath();
        List<Integer> rows = problem.getList("errors.row");
        assertThat(rows).hasSize(100).startsWith(2, 4, 6).endsWith(200).isSorted();
        assertThat(problem.getString("errors[0].message")).contains("'TELEPORT' is not a valid EventType");
        assertThat(eventsOfTanker()).isZero();
    }

    @Test
    void rowsThatBreakOnlyTheRulesGive422WithTheirFields() {
        String csv = Fixtures.CSV_HEADER
                + f.csvRow("LOADING", "2024-03-07", f.loadingPort, 3, null, null)
                + f.csvRow("LOADING", "2024-03-08", "No Such Port", 3, null, null)
                + f.csvRow("LOADING", "2024-03-09", f.dischargePort, 3, null, null)
                + f.csvRow("SIGHTING", "2999-01-01", f.loadingPort, 3, null, null);
        given().contentType("text/csv").body(csv).post("/api/events/import")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.row", equalTo(List.of(2, 3, 4)))
                .body("errors.field", equalTo(List.of("port", "port", "occurredAt")));
        assertThat(eventsOfTanker()).isZero();
    }

    @Test
    void aCsvImportStoresTheEventsDerivesTheVoyagesAndReportsWhatChanged() {
        String csv = Fixtures.CSV_HEADER
                + f.csvRow("LOADING", "2024-03-07", f.loadingPort, 3, "seen at the oil berth, \"laden\"", null)
                + f.csvRow("ARRIVAL", "2024-03-12T06:00:00Z", f.dischargePort, 2, "line one\nline two", null);
        given().contentType("text/csv").body(csv).post("/api/events/import")
                .then().statusCode(200)
                .body("dryRun", equalTo(false))
                .body("rows", equalTo(2))
                .body("eventsAdded", equalTo(2))
                .body("duplicatesSkipped", equalTo(0))
                .body("tankersTouched", equalTo(1))
                .body("voyagesChanged", equalTo(1))
                .body("voyagesAdded", equalTo(1));
        given().queryParam("tanker", f.tankerId).get("/api/voyages").then().statusCode(200)
                .body("entries", hasSize(1))
                .body("entries[0].status", equalTo("COMPLETE"))
                .body("entries[0].dischargePort.name", equalTo(f.dischargePort));
        List<VoyageEvent> stored = QuarkusTransaction.requiringNew().call(() -> VoyageEvent.listForTanker(f.tankerId));
        assertThat(stored).extracting(e -> e.notes)
                .containsExactlyInAnyOrder("seen at the oil berth, \"laden\"", "line one\nline two");
        assertThat(stored).extracting(e -> e.recordedBy).containsOnly("test-analyst");

        // A second delivery alters nothing of the first and adds one voyage.
        String more = Fixtures.CSV_HEADER
                + f.csvRow("LOADING", "2024-04-07", f.loadingPort, 3, null, null)
                + f.csvRow("DISCHARGE", "2024-04-12", f.dischargePort, 3, null, null);
        given().contentType("text/csv").body(more).post("/api/events/import")
                .then().statusCode(200).body("voyagesChanged", equalTo(1)).body("voyagesAdded", equalTo(1))
                .body("voyagesAltered", equalTo(0));
    }

    @Test
    void closingAnOpenVoyageCountsAsAltered() {
        given().contentType("text/csv").body(Fixtures.CSV_HEADER + f.csvRow("LOADING", "2024-05-07", f.loadingPort, 3, null, null))
                .post("/api/events/import").then().statusCode(200).body("voyagesAdded", equalTo(1));
        given().contentType("text/csv").body(Fixtures.CSV_HEADER + f.csvRow("ARRIVAL", "2024-05-12", f.dischargePort, 3, null, null))
                .post("/api/events/import").then().statusCode(200)
                .body("voyagesChanged", equalTo(1)).body("voyagesAltered", equalTo(1))
                .body("voyagesAdded", equalTo(0)).body("voyagesRemoved", equalTo(0));
        given().queryParam("tanker", f.tankerId).get("/api/voyages").then().body("entries[0].status", equalTo("COMPLETE"));
    }

    @Test
    void aDryRunReportsWhatWouldChangeAndStoresNothing() throws SQLException {
        String csv = Fixtures.CSV_HEADER
                + f.csvRow("LOADING", "2024-03-07", f.loadingPort, 3, null, "dry-" + f.tankerId)
                + f.csvRow("ARRIVAL", "2024-03-12", f.dischargePort, 3, null, null);
        given().contentType("text/csv").queryParam("dryRun", true).body(csv).post("/api/events/import")
                .then().statusCode(200)
                .body("dryRun", equalTo(true))
                .body("eventsAdded", equalTo(2))
                .body("voyagesChanged", equalTo(1));
        assertThat(eventsOfTanker()).isZero();
        assertThat(voyagesOfTanker()).isZero();
        // Nothing of the dry run lingers: the same file, for real, adds both events and the key is free.
        given().contentType("text/csv").body(csv).post("/api/events/import")
                .then().statusCode(200).body("dryRun", equalTo(false)).body("eventsAdded", equalTo(2));
        assertThat(eventsOfTanker()).isEqualTo(2);
    }

    @Test
    void aDryRunOfABadFileReportsTheErrorsLikeARealImport() {
        String csv = Fixtures.CSV_HEADER + f.csvRow("SIGHTING", "2024-03-07", f.loadingPort, 0, null, null);
        given().contentType("text/csv").queryParam("dryRun", true).body(csv).post("/api/events/import")
                .then().statusCode(400).body("errors[0].row", equalTo(1)).body("errors[0].field", equalTo("confidence"));
    }

    @Test
    void importsAJsonArrayOfTheSameObjectsAsASingleEvent() throws Exception {
        Map<String, Object> loading = f.event("LOADING", "2024-03-07", f.loadingPort);
        Map<String, Object> arrival = f.event("ARRIVAL", "2024-03-12", f.dischargePort);
        arrival.put("idempotencyKey", "json-" + f.tankerId);
        given().contentType(ContentType.JSON).body(json.writeValueAsString(List.of(loading, arrival)))
                .post("/api/events/import")
                .then().statusCode(200).body("eventsAdded", equalTo(2)).body("voyagesAdded", equalTo(1));
        assertThat(eventsOfTanker()).isEqualTo(2);
        assertThat(QuarkusTransaction.requiringNew().call(() -> VoyageEvent.findByIdempotencyKey("json-" + f.tankerId)))
                .isPresent();
    }

    @Test
    void importsNdjsonOneObjectPerLine() throws Exception {
        String ndjson = json.writeValueAsString(f.event("LOADING", "2024-03-07", f.loadingPort)) + "\n"
                + json.writeValueAsString(f.event("SIGHTING", "2024-03-08", null)) + "\n"
                + json.writeValueAsString(f.event("ARRIVAL", "2024-03-12", f.dischargePort)) + "\n";
        given().contentType("application/x-ndjson").body(ndjson.getBytes(StandardCharsets.UTF_8)).post("/api/events/import")
                .then().statusCode(200).body("rows", equalTo(3)).body("eventsAdded", equalTo(3));
        assertThat(eventsOfTanker()).isEqualTo(3);
    }

    @Test
    void namesTheJsonElementsThatAreBad() throws Exception {
        Map<String, Object> bad = f.event("LOADING", "2024-03-07", f.loadingPort);
        bad.put("confidence", "high");
        String body = "[" + json.writeValueAsString(f.event("SIGHTING", "2024-03-06", f.loadingPort)) + ", 5, "
                + json.writeValueAsString(bad) + "]";
        given().contentType(ContentType.JSON).body(body).post("/api/events/import")
                .then().statusCode(400)
                .body("errors.row", equalTo(List.of(2, 3)))
                .body("errors[0].message", containsString("row 2 cannot be read"))
                .body("errors[1].field", equalTo("confidence"));
        assertThat(eventsOfTanker()).isZero();
    }

    @Test
    void aJsonImportMustBeAnArray() throws Exception {
        given().contentType(ContentType.JSON).body(json.writeValueAsString(f.event("SIGHTING", "2024-03-06", f.loadingPort)))
                .post("/api/events/import")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("application/x-ndjson"));
    }

    @Test
    void brokenJsonStopsTheImportAtTheRowWhereItBreaks() throws Exception {
        String body = "[" + json.writeValueAsString(f.event("SIGHTING", "2024-03-06", f.loadingPort)) + ", {\"tanker\": ";
        given().contentType(ContentType.JSON).body(body).post("/api/events/import")
                .then().statusCode(400).body("errors[0].row", equalTo(2))
                .body("errors[0].message", containsString("cannot be read"));
        assertThat(eventsOfTanker()).isZero();
    }

    @Test
    void aRepeatedKeyWithTheSameContentIsSkippedAndWithOtherContentRefused() {
        String k = "key-" + f.tankerId + "-";
        String first = Fixtures.CSV_HEADER
                + f.csvRow("SIGHTING", "2024-03-01", f.loadingPort, 3, null, k + 1)
                + f.csvRow("SIGHTING", "2024-03-02", f.loadingPort, 3, null, k + 2);
        given().contentType("text/csv").body(first).post("/api/events/import")
                .then().statusCode(200).body("eventsAdded", equalTo(2)).body("duplicatesSkipped", equalTo(0));

        // The same rows again, a new one, and a new one repeated within the file.
        String again = first.substring(Fixtures.CSV_HEADER.length());
        String retry = Fixtures.CSV_HEADER + again
                + f.csvRow("SIGHTING", "2024-03-03", f.loadingPort, 3, null, k + 3)
                + f.csvRow("SIGHTING", "2024-03-03", f.loadingPort, 3, null, k + 3);
        given().contentType("text/csv").body(retry).post("/api/events/import")
                .then().statusCode(200).body("eventsAdded", equalTo(1)).body("duplicatesSkipped", equalTo(3));
        assertThat(eventsOfTanker()).isEqualTo(3);

        String reused = Fixtures.CSV_HEADER
                + f.csvRow("SIGHTING", "2024-03-09", f.loadingPort, 3, null, k + 4)
                + f.csvRow("SIGHTING", "2024-03-01", f.loadingPort, 4, null, k + 1)
                + f.csvRow("SIGHTING", "2024-03-10", f.loadingPort, 3, null, k + 4);
        given().contentType("text/csv").body(reused).post("/api/events/import")
                .then().statusCode(422)
                .body("errors.row", equalTo(List.of(2, 3)))
                .body("errors.field", everyItem(equalTo("idempotencyKey")))
                .body("errors[0].message", containsString("already used for a different event"))
                .body("errors[1].message", containsString("used by row 1"));
        assertThat(eventsOfTanker()).isEqualTo(3);
    }

    @Test
    void aKeyFirstUsedByASingleRecordingIsADuplicateInAnImport() {
        given().contentType(ContentType.JSON).header("Idempotency-Key", "single-" + f.tankerId)
                .body(f.event("SIGHTING", "2024-03-01", f.loadingPort)).post("/api/events").then().statusCode(201);
        String csv = Fixtures.CSV_HEADER + f.csvRow("SIGHTING", "2024-03-01", f.loadingPort, 3, null, "single-" + f.tankerId);
        given().contentType("text/csv").body(csv).post("/api/events/import")
                .then().statusCode(200).body("eventsAdded", equalTo(0)).body("duplicatesSkipped", equalTo(1));
        assertThat(eventsOfTanker()).isEqualTo(1);
    }

    @Test
    void rejectsAHeaderWithAnUnknownColumn() {
        String csv = "tanker,type,occurredAt,port,evidenceType,confidance,source\n"
                + String.join(",", f.tanker, "SIGHTING", "2024-03-01", f.loadingPort, "AIS", "3", f.source) + "\n";
        given().contentType("text/csv").body(csv).post("/api/events/import")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("confidance"));
        assertThat(eventsOfTanker()).isZero();
    }

    @Test
    void rejectsMalformedCsvAtTheRowWhereItBreaks() {
        String csv = Fixtures.CSV_HEADER
                + f.csvRow("SIGHTING", "2024-03-01", f.loadingPort, 3, null, null)
                + f.csvRow("SIGHTING", "2024-03-02", f.loadingPort, 3, null, null).replace(",3,", ",3,\"never closed");
        given().contentType("text/csv").body(csv).post("/api/events/import")
                .then().statusCode(400).body("errors[0].row", equalTo(2))
                .body("errors[0].message", containsString("cannot be read"));
        assertThat(eventsOfTanker()).isZero();
    }

    @Test
    void theReadmesExampleFileImports() throws Exception {
        Fixtures.post("/api/sources", Map.of("key", "example-source", "publisher", "Example", "title", "Example source",
                "illustrative", true));
        Fixtures.post("/api/ports", Map.of("name", "Example Loading Port", "country", "RU", "latitude", 42.7,
                "longitude", 133.0, "role", "LOADING"));
        Fixtures.post("/api/ports", Map.of("name", "Example Discharge Port", "country", "KP", "latitude", 41.8,
                "longitude", 129.8, "role", "DISCHARGE"));
        long tanker = Fixtures.post("/api/tankers", Map.of("name", "Example Tanker", "deadweightT", 3000, "illustrative", true,
                "identities", List.of(Map.of("kind", "ALIAS", "value", "Example Tanker Alias")))).jsonPath().getLong("id");
        byte[] example = Files.readAllBytes(Path.of("docs/examples/events.csv"));

        given().contentType("text/csv").body(example).post("/api/events/import")
                .then().statusCode(200).body("eventsAdded", equalTo(4)).body("voyagesAdded", equalTo(1));
        given().queryParam("tanker", tanker).get("/api/voyages").then()
                .body("entries[0].status", equalTo("COMPLETE")).body("entries[0].dischargePort.name", equalTo("Example Discharge Port"));
        given().contentType("text/csv").body(example).post("/api/events/import")
                .then().statusCode(200).body("eventsAdded", equalTo(0)).body("duplicatesSkipped", equalTo(4));
    }

    @Test
    void anEmptyFileIsRefused() {
        given().contentType("text/csv").body(Fixtures.CSV_HEADER).post("/api/events/import")
                .then().statusCode(400).body("detail", containsString("no events"));
    }

    @Test
    void otherContentTypesAreRefused() {
        given().contentType("text/plain").body("LOADING at Vostochny").post("/api/events/import")
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void aBodyWithoutContentTypeIsA415NamingTheTypes() throws Exception {
        String csv = Fixtures.CSV_HEADER + f.csvRow("SIGHTING", "2023-02-01", f.loadingPort, 3, null, null);
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + RestAssured.port + "/api/events/import"))
                .POST(HttpRequest.BodyPublishers.ofString(csv)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(415);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(answer.body()).contains("text/csv", "application/json", "application/x-ndjson");
        assertThat(eventsOfTanker()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dryRun", "dryRun=", "dryRun=1", "dryRun=yes", "dryRun=on", "dryRun=TRUE", "dryRun=true&dryRun=false"})
    void aDryRunFlagThatIsNotAClearBooleanIsA400AndStoresNothing(String query) {
        String csv = Fixtures.CSV_HEADER + f.csvRow("SIGHTING", "2023-02-01", f.loadingPort, 3, null, null);
        given().contentType("text/csv").body(csv).post("/api/events/import?" + query)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("dryRun"))
                .body("detail", containsString("dryRun must be true or false"));
        assertThat(eventsOfTanker()).isZero();
    }

    private static String day(int row) {
        return LocalDate.of(2023, 1, 1).plusDays(row % 600).toString();
    }

    private long eventsOfTanker() {
        return QuarkusTransaction.requiringNew().call(() -> VoyageEvent.count("tankerId", f.tankerId));
    }

    private long voyagesOfTanker() throws SQLException {
        return VoyageTable.rows(dataSource, List.of(f.tankerId)).size();
    }
}
