package org.tidemark.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.tidemark.Fixtures;

@QuarkusTest
@TestSecurity(user = "test-analyst", roles = {"viewer", "analyst"})
class RegistryAmendTest {

    private static final String MERGE_PATCH = "application/merge-patch+json";

    private Fixtures f;

    @BeforeEach
    void registerFixtures() {
        f = Fixtures.create();
    }

    @Test
    void amendingATankersParticularsReDerivesItsEstimates() {
        recordDelivery();
        assertThat(centralBarrels()).isEqualTo((double) Math.round(3003 * 0.90 * 7.46));

        patch().body(Map.of("deadweightT", 4000)).patch("/api/tankers/" + f.tankerId)
                .then().statusCode(200).body("deadweightT", equalTo(4000.0f));
        assertThat(centralBarrels()).isEqualTo((double) Math.round(4000 * 0.90 * 7.46));

        patch().body(Map.of("cargoCapacityT", 2500)).patch("/api/tankers/" + f.tankerId).then().statusCode(200);
        assertThat(centralBarrels()).as("capacity, when known, wins over deadweight").isEqualTo((double) Math.round(2500 * 0.90 * 7.46));

        // A merge patch's null clears the field: the estimate falls back to deadweight.
        patch().body("{\"cargoCapacityT\": null}").patch("/api/tankers/" + f.tankerId)
                .then().statusCode(200).body("cargoCapacityT", nullValue()).body("deadweightT", equalTo(4000.0f));
        assertThat(centralBarrels()).isEqualTo((double) Math.round(4000 * 0.90 * 7.46));
    }

    @Test
    void aCapacityRangeFlowsIntoTheBandsAndAnIllustrativeCapacityIsShownAsAssumed() {
        recordDelivery();
        patch().body(Map.of("cargoCapacityLowT", 2000, "cargoCapacityHighT", 4000)).patch("/api/tankers/" + f.tankerId)
                .then().statusCode(200).body("cargoCapacityLowT", equalTo(2000.0f)).body("cargoCapacityHighT", equalTo(4000.0f));
        // no single cargo capacity: low 2,000 × 0.33 × 6.35, central the midpoint 3,000 × 0.90 × 7.46, high 4,000 × 8.50
        io.restassured.path.json.JsonPath v = voyage();
        assertThat(v.getDouble("entries[0].estimate.barrels.low")).isEqualTo((double) Math.round(2000 * 0.33 * 6.35));
        assertThat(v.getDouble("entries[0].estimate.barrels.central")).isEqualTo((double) Math.round(3000 * 0.90 * 7.46));
        assertThat(v.getDouble("entries[0].estimate.barrels.high")).isEqualTo(34_000.0);
        assertThat(v.getString("entries[0].estimate.inputs.capacityBasis")).isEqualTo("cargo capacity range as recorded");
        assertThat(v.getBoolean("entries[0].estimate.inputs.capacityAssumed")).isFalse();

        patch().body(Map.of("illustrative", true, "particularsNote", "ASSUMED: an example range"))
                .patch("/api/tankers/" + f.tankerId).then().statusCode(200);
        v = voyage();
        assertThat(v.getBoolean("entries[0].estimate.inputs.capacityAssumed")).isTrue();
        assertThat(v.getString("entries[0].estimate.inputs.capacityBasis")).isEqualTo("assumed: cargo capacity range");
        assertThat(v.getString("entries[0].estimate.inputs.capacityAssumption")).isEqualTo("ASSUMED: an example range");

        patch().body(Map.of("cargoCapacityT", 5000)).patch("/api/tankers/" + f.tankerId)
                .then().statusCode(400).body("errors[0].field", equalTo("cargoCapacityT"));
        patch().body("{\"cargoCapacityHighT\": null}").patch("/api/tankers/" + f.tankerId)
                .then().statusCode(400).body("errors[0].field", equalTo("cargoCapacityHighT"));
        patch().body(Map.of("deadweightLowT", 5000, "deadweightHighT", 1000)).patch("/api/tankers/" + f.tankerId)
                .then().statusCode(400).body("errors[0].field", equalTo("deadweightLowT"));
    }

    @Test
    void amendingTpcAndBallastDraftSwitchesToTheDraftMethod() {
        Map<String, Object> laden = f.event("DEPARTURE", "2024-03-08", f.loadingPort);
        laden.put("ladenState", "LADEN");
        laden.put("observedDraftM", 5.2);
        Fixtures.post("/api/events", f.event("LOADING", "2024-03-07", f.loadingPort));
        Fixtures.post("/api/events", laden);
        Fixtures.post("/api/events", f.event("ARRIVAL", "2024-03-12", f.dischargePort));
        assertThat(voyage().getString("entries[0].estimate.method")).isEqualTo("CAPACITY_LOAD_FACTOR");

        patch().body(Map.of("tpcTonnesPerCm", 9.5, "ballastDraftM", 2.2)).patch("/api/tankers/" + f.tankerId)
                .then().statusCode(200);
        assertThat(voyage().getString("entries[0].estimate.method")).isEqualTo("DRAFT_CHANGE");
    }

    @Test
    void amendingAPortsRoleReDerivesTheTankersWithEventsThere() {
        long other = Fixtures.post("/api/ports", Map.of("name", "Anchorage " + f.tankerId, "country", "KP",
                "latitude", 39.0, "longitude", 125.1, "role", "OTHER")).jsonPath().getLong("id");
        Fixtures.post("/api/events", f.event("LOADING", "2024-03-07", f.loadingPort));
        Fixtures.post("/api/events", f.event("ARRIVAL", "2024-03-12", "Anchorage " + f.tankerId));
        assertThat(voyage().getString("entries[0].status")).isEqualTo("IN_PROGRESS");

        patch().body(Map.of("role", "DISCHARGE")).patch("/api/ports/" + other)
                .then().statusCode(200).body("role", equalTo("DISCHARGE"));

        assertThat(voyage().getString("entries[0].status")).isEqualTo("COMPLETE");
        assertThat(voyage().getLong("entries[0].dischargePort.id")).isEqualTo(other);
    }

    @Test
    void aRoleThatLiveEventsContradictIsRefusedUntilTheyAreRetracted() {
        long loading = Fixtures.post("/api/events", f.event("LOADING", "2024-03-07", f.loadingPort)).jsonPath().getLong("id");
        long port = given().get("/api/events/" + loading).jsonPath().getLong("portId");

        patch().body(Map.of("role", "DISCHARGE")).patch("/api/ports/" + port)
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("role"))
                .body("detail", containsString("1 LOADING event"));
        given().get("/api/ports/" + port).then().body("role", equalTo("LOADING"));

        given().contentType(ContentType.JSON).body(Map.of("reason", "wrong port"))
                .post("/api/events/" + loading + "/retraction").then().statusCode(201);
        patch().body(Map.of("role", "DISCHARGE")).patch("/api/ports/" + port).then().statusCode(200);
    }

    @Test
    void anAliasAddedLaterFindsTheTankerWhateverTheCase() {
        String name = "Paek Yang San " + f.tankerId;
        patch().body(Map.of("name", name)).patch("/api/tankers/" + f.tankerId).then().statusCode(200).body("name", equalTo(name));
        given().contentType(ContentType.JSON).body(Map.of("kind", "ALIAS", "value", "Baekyangsan " + f.tankerId))
                .post("/api/tankers/" + f.tankerId + "/identities")
                .then().statusCode(201)
                .header("Location", containsString("/api/tankers/" + f.tankerId))
                .body("identities.value", hasItem("Baekyangsan " + f.tankerId));

        for (String reference : List.of("BAEKYANGSAN " + f.tankerId, "paek yang san " + f.tankerId, f.tanker.toUpperCase())) {
            Map<String, Object> event = f.event("SIGHTING", "2024-04-07", f.loadingPort);
            event.put("tanker", reference);
            given().contentType(ContentType.JSON).body(event).post("/api/events")
                    .then().statusCode(201).body("tankerId", equalTo((int) f.tankerId));
        }
        given().get("/api/tankers/" + f.tankerId).then()
                .body("identities.findAll { it.kind == 'NAME' }.value", hasItem(f.tanker));
    }

    @Test
    void aNameOrAliasOfAnotherTankerIsRefused() {
        Fixtures other = Fixtures.create();
        given().contentType(ContentType.JSON).body(Map.of("kind", "ALIAS", "value", other.tanker.toLowerCase()))
                .post("/api/tankers/" + f.tankerId + "/identities")
                .then().statusCode(409).contentType("application/problem+json");
        patch().body(Map.of("name", other.tanker)).patch("/api/tankers/" + f.tankerId)
                .then().statusCode(409).body("errors[0].field", equalTo("name"));
    }

    @Test
    void aDesignationCanBeAdded() {
        given().contentType(ContentType.JSON)
                .body(Map.of("regime", "UN 1718", "listedOn", "2018-03-30", "reference", "KPe.044"))
                .post("/api/tankers/" + f.tankerId + "/designations")
                .then().statusCode(201).body("designations[0].regime", equalTo("UN 1718"))
                .body("designations[0].listedOn", equalTo("2018-03-30"));
    }

    @Test
    void refusesAmendmentsThatRegistrationWouldRefuse() {
        String tanker = "/api/tankers/" + f.tankerId;
        patch().body(Map.of("deadweightT", -5)).patch(tanker).then().statusCode(400).body("errors[0].field", equalTo("deadweightT"));
        patch().body(Map.of("imo", "8691703")).patch(tanker).then().statusCode(400).body("errors[0].field", equalTo("imo"));
        patch().body(Map.of("flag", "Korea")).patch(tanker).then().statusCode(400).body("errors[0].field", equalTo("flag"));
        patch().body(Map.of("deadweightT", "heavy")).patch(tanker).then().statusCode(400).body("errors[0].field", equalTo("deadweightT"));
        patch().body(Map.of("colour", "red")).patch(tanker).then().statusCode(400).body("errors[0].field", equalTo("colour"));
        patch().body(Map.of("identities", List.of())).patch(tanker).then().statusCode(400)
                .body("errors[0].field", equalTo("identities")).body("detail", containsString("/identities"));
        patch().body("[]").patch(tanker).then().statusCode(400).contentType("application/problem+json");
        patch().body(Map.of("name", "Ghost")).patch("/api/tankers/999999999").then().statusCode(404);
        given().get(tanker).then().body("deadweightT", equalTo(3003.0f)).body("imo", nullValue());
    }

    @Test
    void sourcesAndPortsCanBeAmended() {
        long source = given().get("/api/sources").jsonPath().getLong("find { it.key == '" + f.source + "' }.id");
        patch().body(Map.of("title", "A better title", "url", "https://example.org/report")).patch("/api/sources/" + source)
                .then().statusCode(200).body("title", equalTo("A better title")).body("key", equalTo(f.source));
        Fixtures other = Fixtures.create();
        patch().body(Map.of("key", other.source)).patch("/api/sources/" + source).then().statusCode(409);
        patch().body(Map.of("url", "ftp://nope")).patch("/api/sources/" + source).then().statusCode(400)
                .body("errors[0].field", equalTo("url"));

        long port = given().get("/api/ports").jsonPath().getLong("find { it.name == '" + f.loadingPort + "' }.id");
        patch().body(Map.of("locode", "RUVYP", "latitude", 42.73)).patch("/api/ports/" + port)
                .then().statusCode(200).body("locode", equalTo("RUVYP")).body("latitude", equalTo(42.73f));
        patch().body(Map.of("name", other.loadingPort.toUpperCase())).patch("/api/ports/" + port).then().statusCode(409);
    }

    @Test
    void plainJsonIsReadAsAMergePatchToo() {
        given().contentType(ContentType.JSON).body(Map.of("mmsi", "445123000")).patch("/api/tankers/" + f.tankerId)
                .then().statusCode(200).body("mmsi", equalTo("445123000"));
    }

    private void recordDelivery() {
        Fixtures.post("/api/events", f.event("LOADING", "2024-03-07", f.loadingPort));
        Fixtures.post("/api/events", f.event("ARRIVAL", "2024-03-12", f.dischargePort));
    }

    private io.restassured.path.json.JsonPath voyage() {
        return given().queryParam("tanker", f.tankerId).get("/api/voyages").then().statusCode(200).extract().jsonPath();
    }

    private double centralBarrels() {
        return voyage().getDouble("entries[0].estimate.barrels.central");
    }

    private static RequestSpecification patch() {
        return given().contentType(MERGE_PATCH);
    }
}
