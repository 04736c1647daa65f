package org.tidemark.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.tidemark.Fixtures;
import org.tidemark.Trips;

@QuarkusTest
@TestSecurity(user = "test-analyst", roles = {"viewer", "analyst"})
class ClaimResourceTest {

    private Fixtures f;

    @BeforeEach
    void registerFixtures() {
        f = Fixtures.create();
    }

    private Map<String, Object> claim() {
        Map<String, Object> body = new HashMap<>(Map.of("source", f.source, "subject", "TRIPS", "comparator", "MORE_THAN",
                "value", 1, "periodFrom", "2016-05-01", "periodTo", "2016-05-31", "port", f.loadingPort));
        body.put("statement", "more than one tanker call in May");
        return body;
    }

    @Test
    void recordReadListAndReconcileAClaim() {
        // two 3,003 dwt trips in May 2016: central 2 × 20,162 = 40,324 bbl (each estimate to a whole barrel)
        Trips.trip(f, f.tanker, "2016-05-02", f.dischargePort, Map.of());
        Trips.trip(f, f.tanker, "2016-05-20", f.dischargePort, Map.of("illustrative", true));

        var created = given().contentType(ContentType.JSON).body(claim()).post("/api/claims").then().statusCode(201)
                .header("Location", containsString("/api/claims/"))
                .body("publisher", equalTo("Test publisher"))
                .body("source.key", equalTo(f.source))
                .body("port.name", equalTo(f.loadingPort))
                .body("periodTo", equalTo("2016-05-31"))
                .extract();
        int id = created.jsonPath().getInt("id");

        given().get(created.header("Location")).then().statusCode(200).body("id", equalTo(id))
                .body("statement", equalTo("more than one tanker call in May"));
        given().queryParam("from", "2016-05-15").queryParam("to", "2016-06-15").get("/api/claims").then()
                .statusCode(200).body("id", hasItem(id));

        given().get("/api/claims/" + id + "/reconciliation").then().statusCode(200)
                .body("tracked.trips", equalTo(2))
                .body("tracked.vessels", equalTo(1))
                .body("difference.central", equalTo(1.0f))
                .body("consistent", equalTo(true))
                .body("includesIllustrative", equalTo(true))
                .body("summary", equalTo("tracked 2 trips loading at " + f.loadingPort
                        + " against more than 1 claimed; central estimate 40,324 bbl"
                        + " (tracked figures include illustrative data)"));
        given().queryParam("illustrative", "false").get("/api/claims/" + id + "/reconciliation").then().statusCode(200)
                .body("tracked.trips", equalTo(1))
                .body("consistent", equalTo(false))
                .body("illustrative", equalTo(false))
                .body("summary", equalTo("tracked 1 trip loading at " + f.loadingPort
                        + " against more than 1 claimed; central estimate 20,162 bbl"));
    }

    @Test
    void refusesBadClaimsWithProblems() {
        given().contentType(ContentType.JSON).body(Map.of()).post("/api/claims").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("subject", "comparator", "value", "periodFrom", "periodTo"));
        assertRefused(b -> b.put("comparator", "ROUGHLY"), 400, "comparator");
        assertRefused(b -> b.put("subject", "VOLUME"), 400, "unit");
        assertRefused(b -> b.put("value", -1), 400, "value");
        assertRefused(b -> b.put("periodTo", "2016-04-01"), 400, "periodTo");
        assertRefused(b -> b.put("source", "no-such-source"), 422, "source");
        assertRefused(b -> b.put("port", f.dischargePort), 422, "port");
    }

    @Test
    void unknownClaimsAndBadArgumentsAreProblems() {
        given().get("/api/claims/999999999999").then().statusCode(404).contentType("application/problem+json");
        given().get("/api/claims/abc").then().statusCode(404).contentType("application/problem+json");
        given().get("/api/claims/abc/reconciliation").then().statusCode(404);
        given().get("/api/claims/999999999999/reconciliation").then().statusCode(404);
        int id = given().contentType(ContentType.JSON).body(claim()).post("/api/claims").then().statusCode(201)
                .extract().jsonPath().getInt("id");
        given().queryParam("minConfidence", 9).get("/api/claims/" + id + "/reconciliation").then().statusCode(400)
                .body("errors.field", hasItem("minConfidence"));
        given().queryParam("from", "2024-05-01").queryParam("to", "2024-01-01").get("/api/claims").then()
                .statusCode(400).body("errors.field", hasItem("to"));
        given().queryParam("from", "May").get("/api/claims").then().statusCode(400).body("errors.field", hasItem("from"));
    }

    private void assertRefused(java.util.function.Consumer<Map<String, Object>> spoil, int status, String field) {
        Map<String, Object> body = claim();
        spoil.accept(body);
        given().contentType(ContentType.JSON).body(body).post("/api/claims").then().statusCode(status)
                .contentType("application/problem+json").body("errors.field", hasItem(field));
    }
}
