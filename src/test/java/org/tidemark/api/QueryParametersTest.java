package org.tidemark.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.tidemark.Fixtures;

/** Typed query parameters, unknown parameters and unknown JSON members: each refusal a 400 naming what is wrong. */
@QuarkusTest
@TestSecurity(user = "test-analyst", roles = {"viewer", "analyst"})
class QueryParametersTest {

    private Fixtures f;

    @BeforeEach
    void registerFixtures() {
        f = Fixtures.create();
    }

    @Test
    void anUnknownParameterIsRefusedByName() {
        given().queryParam("foo", "bar").get("/api/timeline").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("foo")))
                .body("detail", containsString("unknown query parameter foo"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "/api/timeline", "/api/voyages", "/api/series/volume", "/api/series/trips", "/api/caps",
            "/api/caps/unscr-2397-refined/status", "/api/claims", "/api/charts/monthly-trips.png", "/api/tankers",
            "/api/ports", "/api/sources"})
    void everyUnknownParameterIsNamedOnEveryEndpoint(String path) {
        given().queryParam("format", "csv").queryParam("tanke", "Yu Son").get(path).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("format", "tanke")));
    }

    @Test
    void typedParametersKeepTheirMeaning() {
        Fixtures.post("/api/events", f.event("LOADING", "2024-03-07", f.loadingPort));
        Fixtures.post("/api/events", f.event("SIGHTING", "2024-03-08", null));
        // repeated and comma-separated types, any case, yes/no flags, designated in words, and a date as "to"
        // that includes its whole day
        given().queryParam("tanker", f.tanker).queryParam("from", "2024-03-01").queryParam("to", "2024-03-07")
                .queryParam("type", "loading,ARRIVAL").queryParam("type", "SIGHTING").queryParam("kind", "event")
                .queryParam("illustrative", "no").queryParam("designated", "false").queryParam("minConfidence", 3)
                .queryParam("limit", 5)
                .get("/api/timeline").then().statusCode(200).body("limit", equalTo(5))
                .body("entries.event.type", equalTo(List.of("LOADING")));
        given().queryParam("tanker", f.tanker).queryParam("to", "2024-03-07T00:00:00Z").queryParam("kind", "EVENT")
                .get("/api/timeline").then().statusCode(200).body("entries", hasSize(0));
        given().queryParam("tanker", f.tanker).queryParam("split", "dischargePort").queryParam("interval", "WEEK")
                .queryParam("from", "2024-03-01").queryParam("to", "2024-03-31").get("/api/series/trips").then()
                .statusCode(200).body("trips", equalTo(1));
    }

    @Test
    void anUnknownParameterIsRefusedOnAPostWithNothingStored() {
        given().contentType("text/csv").queryParam("dryRun", "false").queryParam("force", "true")
                .body(Fixtures.CSV_HEADER + f.csvRow("LOADING", "2024-03-07", f.loadingPort, 3, null, null))
                .post("/api/events/import").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", equalTo(List.of("force")));
        given().queryParam("tanker", f.tankerId).get("/api/timeline").then().statusCode(200)
                .body("entries", hasSize(0));
    }

    @ParameterizedTest(name = "{0}?{1}={2} → 400 on {1}")
    @CsvSource(delimiter = '|', value = {
            "/api/timeline|limit|abc",
            "/api/timeline|from|tomorrow",
            "/api/timeline|to|2024-13-01",
            "/api/timeline|type|TELEPORT",
            "/api/timeline|minConfidence|high",
            "/api/timeline|illustrative|maybe",
            "/api/timeline|designated|perhaps",
            "/api/voyages|limit|ten",
            "/api/voyages|from|2024/01/01",
            "/api/voyages|evidenceType|RUMOUR",
            "/api/voyages|illustrative|sometimes",
            "/api/series/volume|interval|fortnight",
            "/api/series/volume|cumulative|often",
            "/api/series/volume|minConfidence|1.5",
            "/api/series/trips|to|soon",
            "/api/caps/unscr-2397-refined/status|year|last",
            "/api/caps/unscr-2397-refined/status|designated|perhaps",
            "/api/caps/unscr-2397-refined/status|type|TELEPORT",
            "/api/claims|from|2024-02-30",
            "/api/charts/monthly-trips.png|width|wide",
            "/api/charts/monthly-trips.png|from|spring",
            "/api/charts/cumulative-volume.svg|illustrative|maybe",
            "/api/charts/voyage-timeline.png|type|TELEPORT"})
    void anUnconvertibleValueIsA400NamingTheParameter(String path, String name, String value) {
        given().queryParam(name, value).get(path).then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", equalTo(List.of(name)))
                .body("detail", containsString(value));
    }

    @Test
    void aPathSegmentThatDoesNotConvertIsStillNotFound() {
        given().get("/api/claims/abc").then().statusCode(404).contentType("application/problem+json");
        given().get("/api/tankers/abc").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void anUnknownJsonMemberOfAnEventIsRefusedByName() {
        Map<String, Object> event = new HashMap<>(f.event("LOADING", "2024-03-07", f.loadingPort));
        event.put("colour", "red");
        given().contentType(ContentType.JSON).body(event).post("/api/events").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("colour"))
                .body("detail", containsString("is not a member"));
        given().queryParam("tanker", f.tankerId).get("/api/timeline").then().body("entries", hasSize(0));
    }

    @Test
    void anUnknownJsonMemberOfATankerIsRefusedByNameAtAnyDepth() {
        given().contentType(ContentType.JSON).body(Map.of("name", "Unknown Member", "deadweightT", 3003, "colour", "red"))
                .post("/api/tankers").then().statusCode(400).body("errors[0].field", equalTo("colour"));
        given().contentType(ContentType.JSON).body(Map.of("name", "Unknown Member", "deadweightT", 3003,
                        "identities", List.of(Map.of("kind", "ALIAS", "value", "Other", "valid", "always"))))
                .post("/api/tankers").then().statusCode(400).body("errors[0].field", equalTo("identities.[0].valid"));
    }

    @Test
    void importsAndMergePatchesRefuseUnknownMembersToo() {
        String row = "{\"tanker\": \"" + f.tanker + "\", \"type\": \"LOADING\", \"occurredAt\": \"2024-03-07\", \"port\": \""
                + f.loadingPort + "\", \"evidenceType\": \"AIS\", \"confidence\": 2, \"source\": \"" + f.source
                + "\", \"idempotencyKey\": \"unknown-member-1\", \"colour\": \"red\"}";
        given().contentType("application/x-ndjson").body((row + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)).post("/api/events/import").then().statusCode(400)
                .body("errors[0].row", equalTo(1)).body("errors[0].field", equalTo("colour"));
        given().contentType(ContentType.JSON).body("[" + row + "]").post("/api/events/import").then().statusCode(400)
                .body("errors[0].field", equalTo("colour"));
        given().contentType(ContentType.JSON).body("[" + row.replace(", \"colour\": \"red\"", "") + "]")
                .queryParam("dryRun", "true").post("/api/events/import").then().statusCode(200);
        given().contentType("application/merge-patch+json").body(Map.of("colour", "red"))
                .patch("/api/tankers/" + f.tankerId).then().statusCode(400).body("errors[0].field", equalTo("colour"));
    }
}
