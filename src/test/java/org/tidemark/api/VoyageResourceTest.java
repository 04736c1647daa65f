package org.tidemark.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.tidemark.Fixtures;
import org.tidemark.Trips;

@QuarkusTest
@TestSecurity(user = "test-analyst", roles = {"viewer", "analyst"})
class VoyageResourceTest {

    private Fixtures f;

    @BeforeEach
    void registerFixtures() {
        f = Fixtures.create();
    }

    @Test
    void aVoyageShowsItsEventsSourcesAndTheEstimateBandByBand() {
        long loading = Fixtures.post("/api/events", f.event("LOADING", "2018-02-01", f.loadingPort)).jsonPath().getLong("id");
        long atSea = Fixtures.post("/api/events", f.event("SIGHTING", "2018-02-02", null)).jsonPath().getLong("id");
        long arrival = Fixtures.post("/api/events", f.event("ARRIVAL", "2018-02-04", f.dischargePort)).jsonPath().getLong("id");
        String id = given().queryParam("tanker", f.tanker).get("/api/voyages").jsonPath().getString("entries[0].id");

        JsonPath voyage = given().get("/api/voyages/" + id).then().statusCode(200)
                .body("eventIds", equalTo(List.of((int) loading, (int) atSea, (int) arrival)))
                .body("events", hasSize(3))
                .body("events.kind", equalTo(List.of("EVENT", "EVENT", "EVENT")))
                .body("events[2].event.type", equalTo("ARRIVAL"))
                .body("events[2].event.port.name", equalTo(f.dischargePort))
                .body("events[0].source.key", equalTo(f.source))
                .body("sources", hasSize(1))
                .body("sources[0].publisher", equalTo("Test publisher"))
                .body("source.key", equalTo(f.source))
                .body("breakdown.method", equalTo("CAPACITY_LOAD_FACTOR"))
                .body("breakdown.capacity.basis", equalTo("assumed: deadweight less the deadweight deduction"))
                .body("breakdown.capacity.assumed", equalTo(true))
                .body("breakdown.capacity.assumption", containsString("cargo capacity assumed from deadweight less 0.0 %"))
                .body("breakdown.bands[1].loadFactorBasis", containsString("around 90 per cent"))
                .body("breakdown.bands.band", equalTo(List.of("low", "central", "high")))
                .body("breakdown.bands.product", equalTo(List.of("RESIDUAL_FUEL_OIL", "GAS_DIESEL_OIL", "MOTOR_GASOLINE")))
                .body("breakdown.bands.table", equalTo(List.of("BP", "BP", "UNSD")))
                .body("breakdown.bands[0].tableTitle", equalTo("BP Statistical Review of World Energy 2021"))
                .extract().jsonPath();
        assertThat(voyage.getDouble("breakdown.capacity.cargoCapacityT")).isEqualTo(3003.0);
        assertThat(voyage.getList("breakdown.bands.loadFactor", Float.class)).containsExactly(0.33f, 0.9f, 1.0f);
        assertThat(voyage.getList("breakdown.bands.barrelsPerTonne", Float.class)).containsExactly(6.35f, 7.46f, 8.5f);
        // 3,003 × 0.90 × 7.46 = 20,162.142, served to a whole barrel; 2,702.7 t to a tenth of a tonne
        assertThat(voyage.getDouble("breakdown.bands[1].barrels")).isEqualTo(20_162.0);
        assertThat(voyage.getDouble("breakdown.bands[1].tonnes")).isCloseTo(2_702.7, within(0.001));
    }

    @Test
    void aReportedVolumeIsBrokenDownAsReported() {
        long loading = Trips.trip(f, f.tanker, "2018-03-01", f.dischargePort,
                Map.of("reportedVolume", 12_000, "reportedVolumeUnit", "BARREL"));
        String id = given().queryParam("tanker", f.tanker).get("/api/voyages").jsonPath().getString("entries[0].id");

        given().get("/api/voyages/" + id).then().statusCode(200)
                .body("breakdown.method", equalTo("REPORTED_VOLUME"))
                .body("breakdown.reported.unit", equalTo("BARREL"))
                .body("breakdown.reported.byEventId", equalTo((int) loading))
                .body("breakdown.capacity", nullValue())
                .body("breakdown.bands.barrels", equalTo(List.of(12_000.0f, 12_000.0f, 12_000.0f)));
    }

    @Test
    void everyReportedVolumeOfTheVoyageIsListedAndTheOneUsedSaysWhy() {
        Map<String, Object> loading = f.event("LOADING", "2018-07-01", f.loadingPort);
        loading.put("reportedVolume", 12_000);
        loading.put("reportedVolumeUnit", "BARREL");
        long loadingId = Fixtures.post("/api/events", loading).jsonPath().getLong("id");
        Map<String, Object> discharge = f.event("DISCHARGE", "2018-07-04", f.dischargePort);
        discharge.put("reportedVolume", 1_500);
        discharge.put("reportedVolumeUnit", "TONNE");
        long dischargeId = Fixtures.post("/api/events", discharge).jsonPath().getLong("id");
        String id = given().queryParam("tanker", f.tanker).queryParam("from", "2018-07-01").queryParam("to", "2018-08-01")
                .get("/api/voyages").jsonPath().getString("entries[0].id");

        given().get("/api/voyages/" + id).then().statusCode(200)
                .body("breakdown.reported.byEventId", equalTo((int) loadingId))
                .body("breakdown.reported.reports.eventId", equalTo(List.of((int) loadingId, (int) dischargeId)))
                .body("breakdown.reported.reports.value", equalTo(List.of(12_000.0f, 1_500.0f)))
                .body("breakdown.reported.reports.unit", equalTo(List.of("BARREL", "TONNE")))
                .body("breakdown.reported.reports.used", equalTo(List.of(true, false)))
                .body("breakdown.reported.rule", containsString("the latest report (in event order) made at the loading port"))
                .body("breakdown.reported.choice", containsString("the latest report at the loading port, of 2 reports"))
                .body("estimate.barrels.central", equalTo(12_000.0f));
    }

    @Test
    void theListIsPagedWithNextCursorInTheBody() {
        Trips.trip(f, f.tanker, "2018-04-01", f.dischargePort, Map.of());
        Trips.trip(f, f.tanker, "2018-05-01", f.dischargePort, Map.of());
        Trips.trip(f, f.tanker, "2018-06-01", f.dischargePort, Map.of());
        Trips.trip(f, f.tanker, "2018-07-01", f.dischargePort, Map.of());
        Trips.trip(f, f.tanker, "2018-08-01", f.dischargePort, Map.of());

        List<String> loaded = new java.util.ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = given().queryParam("tanker", f.tanker).queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.get("/api/voyages");
            page.then().statusCode(200).body("limit", equalTo(2))
                    // the list keeps its shape: the single-voyage details are left out, not sent as null
                    .body("entries[0]", not(hasKey("events"))).body("entries[0]", not(hasKey("breakdown")))
                    .body("entries[0]", not(hasKey("sources"))).body("entries[0]", hasKey("eventIds"));
            assertThat(page.header("Next-Cursor")).as("the cursor is in the body only").isNull();
            assertThat(page.header("Link")).isNull();
            loaded.addAll(page.jsonPath().getList("entries.loadingFrom"));
            cursor = page.jsonPath().getString("nextCursor");
            pages++;
        } while (cursor != null);

        assertThat(pages).isEqualTo(3);
        assertThat(loaded).containsExactly("2018-04-01T00:00:00Z", "2018-05-01T00:00:00Z", "2018-06-01T00:00:00Z",
                "2018-07-01T00:00:00Z", "2018-08-01T00:00:00Z");

        given().queryParam("port", f.dischargePort).queryParam("from", "2018-05-01").queryParam("to", "2018-05-31")
                .get("/api/voyages").then().statusCode(200)
                .body("entries.loadingFrom", equalTo(List.of("2018-05-01T00:00:00Z")));
    }

    @Test
    void badArgumentsAndUnknownVoyagesAreProblems() {
        given().queryParam("limit", 5000).get("/api/voyages").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("limit"));
        given().queryParam("tanker", "No Such Tanker Anywhere").get("/api/voyages").then().statusCode(400)
                .body("errors.field", hasItem("tanker"));
        given().queryParam("from", "2020-01-02").queryParam("to", "2020-01-01").get("/api/voyages").then()
                .statusCode(400).body("errors.field", hasItem("to"));
        given().get("/api/voyages/00000000-0000-0000-0000-000000000000").then().statusCode(404)
                .contentType("application/problem+json");
    }
}
