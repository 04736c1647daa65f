package org.tidemark.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.tidemark.Fixtures;

/**
 * The derivation's promises as the API keeps them: old voyage links keep answering, transfers name
 * their counterpart, conflicts show on the voyage and the tanker, confidence filters voyages.
 */
@QuarkusTest
@TestSecurity(user = "test-analyst", roles = {"viewer", "analyst"})
class VoyageEvidenceResourceTest {

    private Fixtures f;

    @BeforeEach
    void registerFixtures() {
        f = Fixtures.create();
    }

    @Test
    void retractingTheOpeningEventRedirectsThePublishedLinkToTheVoyageNowHoldingItsEvidence() {
        long loading = post(f.event("LOADING", "2018-02-01", f.loadingPort));
        post(f.event("ARRIVAL", "2018-02-04", f.dischargePort));
        String published = onlyVoyage(f.tanker).getString("id");

        retract(loading, "the image shows a different hull");

        String successor = onlyVoyage(f.tanker).getString("id");
        assertThat(successor).isNotEqualTo(published);
        given().redirects().follow(false).get("/api/voyages/" + published).then().statusCode(301)
                .header("Location", containsString("/api/voyages/" + successor));
        given().get("/api/voyages/" + successor).then().statusCode(200).body("status", equalTo("ORIGIN_UNKNOWN"));
    }

    @Test
    void aVoyageWhoseEventsWereAllRetractedIsGoneWithTheReason() {
        long sighting = post(f.event("SIGHTING", "2018-03-01", f.loadingPort));
        String published = onlyVoyage(f.tanker).getString("id");

        retract(sighting, "misidentified");

        given().get("/api/voyages/" + published).then().statusCode(410)
                .contentType("application/problem+json")
                .body("status", equalTo(410))
                .body("detail", containsString("retracted"));
    }

    @Test
    void anEarlierObservationOfTheSameCallMovesTheLinkAlong() {
        post(f.event("SIGHTING", "2018-04-03", f.loadingPort));
        String published = onlyVoyage(f.tanker).getString("id");

        post(f.event("SIGHTING", "2018-04-02", f.loadingPort));

        String successor = onlyVoyage(f.tanker).getString("id");
        given().redirects().follow(false).get("/api/voyages/" + published).then().statusCode(301)
                .header("Location", containsString(successor));
    }

    @Test
    void anIdThatNeverWasAVoyageIsNotFound() {
        given().get("/api/voyages/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void sightingsAMonthApartAreTwoTrips() {
        post(f.event("SIGHTING", "2018-06-01", f.loadingPort));
        post(f.event("SIGHTING", "2018-06-20", f.loadingPort));

        given().queryParam("tanker", f.tanker).get("/api/voyages").then().statusCode(200)
                .body("entries.status", equalTo(List.of("INFERRED", "IN_PROGRESS")));
    }

    @Test
    void aTransferAtSeaGivesTheReceiverADeliveryLoadedFromTheGiver() {
        Fixtures receiver = Fixtures.create();
        Map<String, Object> transfer = f.event("SHIP_TO_SHIP", "2018-05-10", null);
        transfer.put("counterpart", receiver.tanker);
        transfer.put("stsDirection", "GAVE");
        post(f.event("LOADING", "2018-05-07", f.loadingPort));
        long sts = post(transfer);
        post(receiver.event("ARRIVAL", "2018-05-13", receiver.dischargePort));

        JsonPath delivered = onlyVoyage(receiver.tanker);
        assertThat(delivered.getString("status")).isEqualTo("COMPLETE");
        assertThat(delivered.getString("loadPort")).isNull();
        assertThat(delivered.getString("loadedFrom.name")).isEqualTo(f.tanker);
        given().get("/api/voyages/" + delivered.getString("id")).then().statusCode(200)
                .body("eventIds[0]", equalTo((int) sts));
        given().get("/api/voyages/" + onlyVoyage(f.tanker).getString("id")).then().statusCode(200)
                .body("eventIds", hasSize(2))
                .body("loadedFrom", nullValue());
        given().get("/api/events/" + sts).then().statusCode(200)
                .body("counterpartTankerId", equalTo((int) receiver.tankerId))
                .body("stsDirection", equalTo("GAVE"));

        retract(sts, "not a transfer after all");
        given().queryParam("tanker", receiver.tanker).get("/api/voyages").then().statusCode(200)
                .body("entries.status", equalTo(List.of("ORIGIN_UNKNOWN")));
    }

    @Test
    void aCounterpartIsOnlyForATransferAndNeedsADirection() {
        Fixtures other = Fixtures.create();
        Map<String, Object> sighting = f.event("SIGHTING", "2018-05-10", null);
        sighting.put("counterpart", other.tanker);
        sighting.put("stsDirection", "GAVE");
        given().contentType(ContentType.JSON).body(sighting).post("/api/events").then().statusCode(400)
                .body("errors[0].field", equalTo("counterpart"));
        Map<String, Object> undirected = f.event("SHIP_TO_SHIP", "2018-05-10", null);
        undirected.put("counterpart", other.tanker);
        given().contentType(ContentType.JSON).body(undirected).post("/api/events").then().statusCode(400)
                .body("errors[0].field", equalTo("stsDirection"));
        given().queryParam("tanker", f.tanker).get("/api/voyages").then().body("entries", hasSize(0));
    }

    @Test
    void aBallastDepartureAfterTheDischargeEvidenceIsAConflictOnTheVoyageAndTheTanker() {
        post(f.event("SIGHTING", "2018-07-01", f.loadingPort));
        post(f.event("DISCHARGE", "2018-07-05", f.dischargePort));
        String id = onlyVoyage(f.tanker).getString("id");
        Map<String, Object> ballast = f.event("DEPARTURE", "2018-07-02", f.loadingPort);
        ballast.put("ladenState", "BALLAST");
        long departure = post(ballast);

        given().get("/api/voyages/" + id).then().statusCode(200)
                .body("status", equalTo("COMPLETE"))
                .body("conflicts", hasSize(1))
                .body("conflicts[0].eventId", equalTo((int) departure))
                .body("conflicts[0].kind", equalTo("BALLAST_DEPARTURE_WITH_CARGO"));
        given().get("/api/tankers/" + f.tankerId).then().statusCode(200)
                .body("conflictCount", equalTo(1))
                .body("conflicts", hasSize(1))
                .body("conflicts[0].voyageId", equalTo(id))
                .body("conflicts[0].eventId", equalTo((int) departure));
        // the list counts them and leaves the details to the tanker alone, so that it does not grow with them
        JsonPath listed = given().get("/api/tankers").then().statusCode(200).extract().jsonPath();
        String mine = "find { it.id == " + f.tankerId + " }";
        assertThat(listed.getInt(mine + ".conflictCount")).isEqualTo(1);
        assertThat(listed.getMap(mine)).doesNotContainKey("conflicts");
        given().queryParam("tanker", f.tanker).queryParam("from", "2018-01-01").queryParam("to", "2019-01-01")
                .get("/api/series/trips").then().statusCode(200)
                .body("composition.withConflicts", equalTo(1));
    }

    @Test
    void minConfidenceFiltersVoyagesByTheirWeakerEnd() {
        post(f.event("SIGHTING", "2018-08-01", f.loadingPort));
        Map<String, Object> rumour = f.event("ARRIVAL", "2018-08-04", f.dischargePort);
        rumour.put("confidence", 1);
        post(rumour);

        assertThat(onlyVoyage(f.tanker).getInt("confidence")).isEqualTo(1);
        given().queryParam("tanker", f.tanker).queryParam("minConfidence", 2).get("/api/voyages").then()
                .body("entries", hasSize(0));
    }

    private static long post(Map<String, Object> body) {
        return Fixtures.post("/api/events", body).jsonPath().getLong("id");
    }

    private static void retract(long eventId, String reason) {
        given().contentType(ContentType.JSON).body(Map.of("reason", reason))
                .post("/api/events/" + eventId + "/retraction").then().statusCode(201);
    }

    private static JsonPath onlyVoyage(String tanker) {
        JsonPath voyages = given().queryParam("tanker", tanker).get("/api/voyages").then().statusCode(200)
                .body("entries", hasSize(1)).extract().jsonPath();
        return new JsonPath(voyages.prettify()).setRootPath("entries[0]");
    }
}
