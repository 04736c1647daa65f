package org.tidemark.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.tidemark.Fixtures;

@QuarkusTest
@TestSecurity(user = "test-analyst", roles = {"viewer", "analyst"})
class TimelineResourceTest {

    private Fixtures f;

    @BeforeEach
    void registerFixtures() {
        f = Fixtures.create();
    }

    @Test
    void pagesThroughEventsAndTheVoyageWithTheCursor() {
        Fixtures.post("/api/events", f.event("LOADING", "2018-06-01", f.loadingPort));
        Fixtures.post("/api/events", f.event("SIGHTING", "2018-06-02", null));
        Fixtures.post("/api/events", f.event("ARRIVAL", "2018-06-05", f.dischargePort));

        List<String> kinds = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = given().queryParam("tanker", f.tanker).queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/api/timeline").then().statusCode(200)
                    .body("limit", equalTo(2)).extract().jsonPath();
            kinds.addAll(page.getList("entries.kind"));
            cursor = page.getString("nextCursor");
            pages++;
        } while (cursor != null);

        assertThat(pages).isEqualTo(2);
        assertThat(kinds).containsExactly("EVENT", "VOYAGE", "EVENT", "EVENT");
    }

    @Test
    void eachEntryCarriesItsSourceAndRetractionsShowTheirReason() {
        long sighting = Fixtures.post("/api/events", f.event("SIGHTING", "2018-07-01", f.loadingPort))
                .jsonPath().getLong("id");
        given().contentType("application/json").body(Map.of("reason", "misidentified"))
                .post("/api/events/" + sighting + "/retraction").then().statusCode(201);

        given().queryParam("tanker", f.tanker).get("/api/timeline").then().statusCode(200)
                .body("entries", hasSize(2))
                .body("nextCursor", nullValue())
                .body("entries[0].id", equalTo(Long.toString(sighting)))
                .body("entries[0].source.publisher", equalTo("Test publisher"))
                .body("entries[0].source.title", org.hamcrest.Matchers.startsWith("Test source"))
                .body("entries[0].source.key", equalTo(f.source))
                .body("entries[0].tanker.name", equalTo(f.tanker))
                .body("entries[0].event.retracted", equalTo(true))
                .body("entries[0].event.retractedBy.reason", equalTo("misidentified"))
                .body("entries[1].event.type", equalTo("RETRACTION"))
                .body("entries[1].event.reason", equalTo("misidentified"))
                .body("entries[1].event.retractsEventId", equalTo((int) sighting));

        given().queryParam("tanker", f.tanker).queryParam("retracted", "no").queryParam("type", "SIGHTING,RETRACTION")
                .get("/api/timeline").then().statusCode(200)
                .body("entries.event.type", equalTo(List.of("RETRACTION")));
    }

    @ParameterizedTest(name = "{0}={1} → 400 on {2}")
    @CsvSource(delimiter = '|', value = {
            "from|2024-05-01T00:00:00Z|to",
            "tanker|No Such Tanker Anywhere|tanker",
            "port|Atlantis|port",
            "limit|0|limit",
            "limit|1001|limit",
            "limit|lots|limit",
            "cursor|garbage!|cursor",
            "type|TELEPORT|type",
            "evidenceType|RUMOUR|evidenceType",
            "minConfidence|5|minConfidence",
            "minConfidence|high|minConfidence",
            "illustrative|maybe|illustrative",
            "retracted|perhaps|retracted",
            "kind|SHIP|kind",
            "from|yesterday|from",
            "from|+20000-01-01T00:00:00Z|from",
            "from|2024-02-30|from"})
    void badArgumentsAreProblemsNamingTheArgument(String name, String value, String field) {
        var request = given().queryParam(name, value);
        if (field.equals("to")) {
            request.queryParam("to", "2024-05-01T00:00:00Z");
        }
        request.get("/api/timeline").then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", hasItem(field));
    }
}
