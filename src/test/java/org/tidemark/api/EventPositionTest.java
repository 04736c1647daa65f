package org.tidemark.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import org.tidemark.Fixtures;

/** An event's position: WGS 84, range-checked, both coordinates or neither, with how it is known. */
@QuarkusTest
@TestSecurity(user = "test-analyst", roles = {"viewer", "analyst"})
class EventPositionTest {

    private Fixtures f;

    @BeforeEach
    void fixtures() {
        f = Fixtures.create();
    }

    @Test
    void aPositionIsStoredAndReadBack() {
        Map<String, Object> event = f.event("SHIP_TO_SHIP", "2024-05-02", null);
        event.put("latitude", -33.9);
        event.put("longitude", -18.4);
        event.put("positionSource", "AIS");
        long id = Fixtures.post("/api/events", event).jsonPath().getLong("id");
        given().get("/api/events/" + id).then().statusCode(200)
                .body("latitude", equalTo(-33.9f)).body("longitude", equalTo(-18.4f))
                .body("positionSource", equalTo("AIS"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "91|10|AIS|latitude",
            "-90.5|10|AIS|latitude",
            "10|180.5|AIS|longitude",
            "10|null|AIS|longitude",
            "null|10|AIS|latitude",
            "10|10|null|positionSource",
            "null|null|PORT|positionSource"})
    void aBadPositionIsA400NamingTheField(Double latitude, Double longitude, String source, String field) {
        Map<String, Object> event = f.event("SIGHTING", "2024-05-02", null);
        if (latitude != null) {
            event.put("latitude", latitude);
        }
        if (longitude != null) {
            event.put("longitude", longitude);
        }
        if (source != null) {
            event.put("positionSource", source);
        }
        given().contentType(ContentType.JSON).body(event).post("/api/events").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem(field));
    }
}
