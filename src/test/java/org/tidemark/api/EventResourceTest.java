package org.tidemark.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;
import java.util.function.Consumer;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.tidemark.Fixtures;
import org.tidemark.domain.VoyageEvent;

@QuarkusTest
@TestSecurity(user = "test-analyst", roles = {"viewer", "analyst"})
class EventResourceTest {

    private Fixtures f;

    @BeforeEach
    void registerFixtures() {
        f = Fixtures.create();
    }

    @Test
    void recordingALoadingAndAnArrivalDerivesACompleteVoyageWithABand() {
        given().contentType(ContentType.JSON).body(f.event("LOADING", "2024-03-07", f.loadingPort))
                .post("/api/events")
                .then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/events/"))
                .body("type", equalTo("LOADING"))
                .body("precision", equalTo("DAY"))
                .body("occurredFrom", equalTo("2024-03-07T00:00:00Z"))
                .body("recordedBy", equalTo("test-analyst"));
        Fixtures.post("/api/events", f.event("ARRIVAL", "2024-03-12T06:00:00Z", f.dischargePort));

        var voyages = given().queryParam("tanker", f.tankerId).get("/api/voyages")
                .then().statusCode(200)
                .body("entries", hasSize(1))
                .body("entries[0].status", equalTo("COMPLETE"))
                .body("entries[0].loadPort.name", equalTo(f.loadingPort))
                .body("entries[0].dischargePort.name", equalTo(f.dischargePort))
                .body("entries[0].estimate.method", equalTo("CAPACITY_LOAD_FACTOR"))
                .body("entries[0].estimate.barrels.unit", equalTo("BARREL"))
                .body("entries[0].estimate.inputs.productCentralTable", equalTo("BP"))
                .extract().jsonPath();
        // estimates are stated to a whole barrel: 3,003 × 0.90 × 7.46 = 20,162.142 and 3,003 × 0.33 × 6.35 = 6,292.79
        assertThat(voyages.getDouble("entries[0].estimate.barrels.central")).isEqualTo(20_162.0);
        assertThat(voyages.getDouble("entries[0].estimate.barrels.low")).isEqualTo(6_293.0);
    }

    @Test
    void aVoyageShowsItsSupportingEvents() {
        long loading = Fixtures.post("/api/events", f.event("LOADING", "2024-03-07", f.loadingPort)).jsonPath().getLong("id");
        String voyageId = given().queryParam("tanker", f.tankerId).get("/api/voyages").jsonPath().getString("entries[0].id");
        given().get("/api/voyages/" + voyageId).then().statusCode(200)
                .body("eventIds", equalTo(java.util.List.of((int) loading)))
                .body("status", equalTo("IN_PROGRESS"))
                .body("dischargePort", nullValue());
        given().get("/api/voyages/00000000-0000-0000-0000-000000000000").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void theSameIdempotencyKeyReturnsTheFirstEventAndADifferentPayloadIsRefused() {
        Map<String, Object> body = f.event("SIGHTING", "2024-04-01", f.loadingPort);
        long first = given().contentType(ContentType.JSON).header("Idempotency-Key", "k-" + f.tankerId).body(body)
                .post("/api/events").then().statusCode(201).extract().jsonPath().getLong("id");
        long again = given().contentType(ContentType.JSON).header("Idempotency-Key", "k-" + f.tankerId).body(body)
                .post("/api/events").then().statusCode(200).extract().jsonPath().getLong("id");
        assertThat(again).isEqualTo(first);

        body.put("confidence", 4);
        given().contentType(ContentType.JSON).header("Idempotency-Key", "k-" + f.tankerId).body(body)
                .post("/api/events").then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("Idempotency-Key"));
        assertThat(eventsOfTanker()).isEqualTo(1);
    }

    @Test
    void aRetractionRemovesTheEventFromDerivationButNotFromHistory() {
        Fixtures.post("/api/events", f.event("LOADING", "2024-03-07", f.loadingPort));
        long arrival = Fixtures.post("/api/events", f.event("ARRIVAL", "2024-03-12", f.dischargePort)).jsonPath().getLong("id");

        given().contentType(ContentType.JSON).body(Map.of("reason", "the image shows a different hull"))
                .post("/api/events/" + arrival + "/retraction")
                .then().statusCode(201)
                .body("type", equalTo("RETRACTION"))
                .body("retractsEventId", equalTo((int) arrival))
                .body("notes", equalTo("the image shows a different hull"));

        given().queryParam("tanker", f.tankerId).get("/api/voyages").then()
                .body("entries[0].status", equalTo("IN_PROGRESS"));
        given().get("/api/events/" + arrival).then().statusCode(200).body("type", equalTo("ARRIVAL"));
        given().contentType(ContentType.JSON).body(Map.of("reason", "again"))
                .post("/api/events/" + arrival + "/retraction").then().statusCode(409);
    }

    @Test
    void aRetractedEventShowsWhoRetractedItWhenAndWhy() {
        long sighting = Fixtures.post("/api/events", f.event("SIGHTING", "2024-03-07", f.loadingPort)).jsonPath().getLong("id");
        given().get("/api/events/" + sighting).then().statusCode(200).body("retraction", nullValue());

        long retraction = given().contentType(ContentType.JSON).body(Map.of("reason", "a different hull on a second look"))
                .post("/api/events/" + sighting + "/retraction").then().statusCode(201).extract().jsonPath().getLong("id");

        given().get("/api/events/" + sighting).then().statusCode(200)
                .body("type", equalTo("SIGHTING"))
                .body("retraction.eventId", equalTo((int) retraction))
                .body("retraction.reason", equalTo("a different hull on a second look"))
                .body("retraction.recordedBy", equalTo("test-analyst"))
                .body("retraction.recordedAt", org.hamcrest.Matchers.notNullValue());
        given().get("/api/events/" + retraction).then().statusCode(200)
                .body("type", equalTo("RETRACTION"))
                .body("retractsEventId", equalTo((int) sighting))
                .body("retraction", nullValue());
    }

    @Test
    void rejectsAnUnknownTankerWith422() {
        assertRejected(b -> b.put("tanker", "No Such Tanker"), 422, "tanker");
    }

    @Test
    void rejectsAMissingTime() {
        assertRejected(b -> b.remove("occurredAt"), 400, "occurredAt");
    }

    @Test
    void rejectsAConfidenceOutsideOneToFour() {
        assertRejected(b -> b.put("confidence", 7), 400, "confidence");
    }

    @Test
    void rejectsANegativeVolume() {
        assertRejected(b -> {
            b.put("reportedVolume", -5);
            b.put("reportedVolumeUnit", "BARREL");
        }, 400, "reportedVolume");
    }

    @Test
    void rejectsAVolumeWithoutUnit() {
        assertRejected(b -> b.put("reportedVolume", 5000), 400, "reportedVolumeUnit");
    }

    @Test
    void rejectsAnUnknownEventType() {
        assertRejected(b -> b.put("type", "TELEPORT"), 400, "type");
    }

    @Test
    void rejectsAnArrivalWithoutPort() {
        assertRejected(b -> b.remove("port"), 400, "port");
    }

    @Test
    void rejectsALoadingAtADischargePort() {
        assertRejected(b -> b.put("port", f.dischargePort), 422, "port");
    }

    @Test
    void rejectsAnEventInTheFuture() {
        assertRejected(b -> b.put("occurredAt", "2999-01-01"), 422, "occurredAt");
    }

    @Test
    void rejectsMalformedJson() {
        given().contentType(ContentType.JSON).body("{\"tanker\": ").post("/api/events")
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("detail", org.hamcrest.Matchers.containsString("not valid JSON"));
        assertThat(eventsOfTanker()).isZero();
    }

    @Test
    void rejectsAWrongContentType() {
        given().contentType(ContentType.TEXT).body("LOADING at Vostochny").post("/api/events")
                .then().statusCode(415).contentType("application/problem+json");
        assertThat(eventsOfTanker()).isZero();
    }

    @Test
    void rejectsATankerWithABadImoCheckDigit() {
        given().contentType(ContentType.JSON).body(Map.of("name", "Bad IMO " + f.tankerId, "imo", "8691703"))
                .post("/api/tankers").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("imo"));
    }

    @Test
    void findsTheTankerByAlias() {
        String name = "Paek Yang San " + f.tankerId;
        Fixtures.post("/api/tankers", Map.of("name", name, "deadweightT", 3000,
                "identities", java.util.List.of(Map.of("kind", "ALIAS", "value", "Baekyangsan " + f.tankerId))));
        Map<String, Object> body = f.event("SIGHTING", "2024-04-07", f.loadingPort);
        body.put("tanker", "BAEKYANGSAN " + f.tankerId);
        given().contentType(ContentType.JSON).body(body).post("/api/events").then().statusCode(201);
    }

    @Test
    void healthIsUp() {
        given().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
    }

    private void assertRejected(Consumer<Map<String, Object>> spoil, int status, String field) {
        Map<String, Object> body = f.event("LOADING", "2024-03-07", f.loadingPort);
        if ("port".equals(field) && status == 400) {
            body.put("type", "ARRIVAL");
        }
        spoil.accept(body);
        given().contentType(ContentType.JSON).body(body).post("/api/events")
                .then().statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("errors.field", hasItem(field));
        assertThat(eventsOfTanker()).as("nothing stored").isZero();
    }

    private long eventsOfTanker() {
        return QuarkusTransaction.requiringNew().call(() -> VoyageEvent.count("tankerId", f.tankerId));
    }
}
