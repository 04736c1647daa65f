package org.tidemark.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import org.tidemark.Fixtures;
import org.tidemark.Trips;

@QuarkusTest
@TestSecurity(user = "test-analyst", roles = {"viewer", "analyst"})
class CapResourceTest {

    @Test
    void theUnCapIsListedAndFoundByCodeOrId() {
        int id = given().get("/api/caps").then().statusCode(200)
                .body("code", hasItem("unscr-2397-refined"))
                .extract().jsonPath().getInt("find { it.code == 'unscr-2397-refined' }.id");
        given().get("/api/caps/unscr-2397-refined").then().statusCode(200)
                .body("limit", equalTo(500000.0f)).body("unit", equalTo("BARREL"))
                .body("periodRule", equalTo("CALENDAR_YEAR"));
        given().get("/api/caps/" + id).then().statusCode(200).body("code", equalTo("unscr-2397-refined"));
        given().get("/api/caps/no-such-cap").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aYearsStatusByHttp() {
        Fixtures f = Fixtures.create();
        // 25 × 20,162 = 504,050 ≥ 500,000 would take 25 trips; one reported 480,000 bbl trip and one
        // 3,003 dwt trip (central 20,162) cross it on the second: 500,162
        Trips.trip(f, f.tanker, "2017-02-01", f.dischargePort, Map.of("reportedVolume", 480_000,
                "reportedVolumeUnit", "BARREL"));
        Trips.trip(f, f.tanker, "2017-03-01", f.dischargePort, Map.of());

        JsonPath s = given().queryParam("year", 2017).queryParam("port", f.loadingPort)
                .get("/api/caps/unscr-2397-refined/status").then().statusCode(200)
                .body("year", equalTo(2017))
                .body("voyages", equalTo(2))
                .body("central.crossed", equalTo(true))
                .body("central.crossedOn", equalTo("2017-03-01"))
                // low: 480,000 + 6,293 = 486,293 stays below
                .body("low.crossed", equalTo(false))
                .body("loadFactorBasis.capacityBasedVoyages", equalTo(1))
                .body("loadFactorBasis.fixedVoyages", equalTo(1))
                .extract().jsonPath();
        // 480,000 + 20,162 (3,003 × 0.90 × 7.46 = 20,162.142, rounded to a barrel when estimated)
        assertThat(s.getDouble("central.total")).isEqualTo(500_162);
        // (500,000 − 480,000) ÷ (3,003 × 7.46) = 20,000 ÷ 22,402.38 = 0.89276… → 0.893
        assertThat(s.getDouble("central.loadFactorToReach")).isEqualTo(0.893);
        assertThat(s.getString("central.loadFactorToReachMeaning")).isEqualTo(
                "reached at a load factor of 0.893 on every capacity-based voyage");
    }

    @Test
    void badArgumentsAndUnknownCapsAreProblems() {
        given().get("/api/caps/no-such-cap/status").then().statusCode(404).contentType("application/problem+json");
        given().queryParam("year", "last").get("/api/caps/unscr-2397-refined/status").then().statusCode(400)
                .body("errors.field", hasItem("year"));
        given().queryParam("year", 1800).get("/api/caps/unscr-2397-refined/status").then().statusCode(400)
                .body("errors.field", hasItem("year"));
        given().queryParam("port", "Atlantis").get("/api/caps/unscr-2397-refined/status").then().statusCode(400)
                .body("errors.field", hasItem("port"));
    }
}
