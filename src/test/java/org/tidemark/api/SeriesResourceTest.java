package org.tidemark.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

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
import org.tidemark.Trips;

/** Two 3,003 dwt trips at a fresh port: January and March 2018, each central 3,003 × 0.90 × 7.46 = 20,162.142 bbl. */
@QuarkusTest
@TestSecurity(user = "test-analyst", roles = {"viewer", "analyst"})
class SeriesResourceTest {

    private static Fixtures f;

    @BeforeEach
    void twoTrips() {
        if (f == null) {
            f = Fixtures.create();
            Trips.trip(f, f.tanker, "2018-01-10", f.dischargePort, Map.of());
            Trips.trip(f, f.tanker, "2018-03-10", null, Map.of());
        }
    }

    @Test
    void aCumulativeMonthlySeriesAgainstTheCap() {
        JsonPath s = given().queryParam("port", f.loadingPort).queryParam("from", "2018-01-01")
                .queryParam("to", "2018-03-31").queryParam("interval", "month").queryParam("cumulative", "true")
                .queryParam("cap", "unscr-2397-refined")
                .get("/api/series/volume").then().statusCode(200)
                .body("points", hasSize(3))
                .body("points.start", equalTo(List.of("2018-01-01", "2018-02-01", "2018-03-01")))
                .body("points.end", equalTo(List.of("2018-01-31", "2018-02-28", "2018-03-31")))
                .body("points.voyages", equalTo(List.of(1, 0, 1)))
                .body("unit", equalTo("BARREL"))
                .body("resetsEachYear", equalTo(true))
                .body("cap.code", equalTo("unscr-2397-refined"))
                .body("capYears.year", equalTo(List.of(2018)))
                .body("capYears[0].central.crossed", equalTo(false))
                .body("includesIllustrative", equalTo(false))
                .body("voyagesWithoutEstimate", equalTo(0))
                .extract().jsonPath();
        // 3,003 × 0.90 × 7.46 = 20,162.142 per voyage, rounded to a barrel when estimated; the API serves whole barrels
        assertThat(s.getDouble("points[1].central")).isEqualTo(20_162);
        assertThat(s.getDouble("points[2].central")).isEqualTo(40_324);
        assertThat(s.getDouble("total.central")).isEqualTo(40_324);
    }

    @Test
    void tripsSplitByDischargePortNameTheUnknownGroup() {
        given().queryParam("port", f.loadingPort).queryParam("from", "2018-01-01").queryParam("to", "2018-03-31")
                .queryParam("split", "dischargePort")
                .get("/api/series/trips").then().statusCode(200)
                .body("splitByDischargePort", equalTo(true))
                .body("dischargePorts.port", equalTo(java.util.Arrays.asList(f.dischargePort, null)))
                .body("points.trips", equalTo(List.of(1, 0, 1)))
                .body("points[2].byDischargePort.trips", equalTo(List.of(0, 1)))
                .body("trips", equalTo(2));
    }

    @ParameterizedTest(name = "{0}={1} → 400 on {2}")
    @CsvSource(delimiter = '|', value = {
            "/api/series/volume|interval|year|interval",
            "/api/series/volume|unit|GALLON|unit",
            "/api/series/volume|unit|CUBIC_METRE|unit",
            "/api/series/volume|cap|no-such-cap|cap",
            "/api/series/volume|cumulative|sometimes|cumulative",
            "/api/series/volume|tanker|No Such Tanker Anywhere|tanker",
            "/api/series/trips|split|tanker|split",
            "/api/series/trips|interval|fortnight|interval",
            "/api/series/trips|port|Atlantis|port"})
    void badArgumentsAreProblems(String path, String name, String value, String field) {
        given().queryParam(name, value).get(path).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem(field));
    }

    @Test
    void tooManyPointsOrAUnitOtherThanTheCapsAreRefused() {
        given().queryParam("interval", "day").queryParam("from", "1990-01-01").queryParam("to", "2024-01-01")
                .get("/api/series/volume").then().statusCode(400).body("errors.field", hasItem("interval"));
        given().queryParam("unit", "TONNE").queryParam("cap", "unscr-2397-refined").get("/api/series/volume").then()
                .statusCode(400).body("errors.field", hasItem("unit"));
        given().queryParam("from", "2018-02-01").queryParam("to", "2018-01-01").get("/api/series/trips").then()
                .statusCode(400).body("errors.field", hasItem("to"));
    }
}
