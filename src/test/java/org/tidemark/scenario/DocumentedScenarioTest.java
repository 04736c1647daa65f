package org.tidemark.scenario;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/**
 * The documented layer of the 2024 scenario alone ({@code TIDEMARK_SCENARIO_ILLUSTRATIVE=false}): the
 * evidence the case actually has, berth sightings with AIS dark and discharges with no loading seen.
 */
@QuarkusTest
@TestProfile(DocumentedScenarioTest.DocumentedOnly.class)
@TestSecurity(user = "test-viewer", roles = "viewer")
class DocumentedScenarioTest {

    /** Loads the documented layer on start, without the illustrative one. */
    public static class DocumentedOnly implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tidemark.scenario.load-on-first-start", "true", "tidemark.scenario.illustrative", "false");
        }
    }

    @Test
    void eachDocumentedCallAndBothDocumentedDischargesAreTheirOwnTrips() {
        JsonPath voyages = given().queryParam("limit", 1000).get("/api/voyages").then().statusCode(200)
                .extract().jsonPath().setRoot("entries");
        List<String> tankers = voyages.getList("tanker.name", String.class);
        List<String> statuses = voyages.getList("status", String.class);

        // Paek Yang San 1 at Vostochny on 7 March and 7 April: two calls a month apart, not one 32-day voyage
        assertThat(tankers.stream().filter("Paek Yang San 1"::equals)).hasSize(2);
        assertThat(voyages.getList("findAll { it.loadPort?.name == 'Vostochny' }")).hasSize(6);
        // FT/RUSI's Chongjin discharge and Yomiuri's Nampo arrival, no loading recorded for their tankers
        assertThat(voyages.getList("findAll { it.status == 'ORIGIN_UNKNOWN' }.dischargePort.name", String.class))
                .containsExactlyInAnyOrder("Chongjin", "Nampo");
        assertThat(statuses).hasSize(8).doesNotContain("COMPLETE");
        assertThat(voyages.getList("findAll { it.status == 'ORIGIN_UNKNOWN' }.estimate.barrels.central", Float.class))
                .allSatisfy(central -> assertThat(central).isPositive());
    }

    @Test
    void theTripSeriesSaysHowManyTripsHadNoLoadingEvidenced() {
        JsonPath trips = given().queryParam("from", "2024-03-01").queryParam("to", "2024-12-01")
                .get("/api/series/trips").then().statusCode(200).extract().jsonPath();
        assertThat(trips.getLong("trips")).isEqualTo(8);
        assertThat(trips.getLong("composition.originUnknown")).isEqualTo(2);
        assertThat(trips.getLong("composition.inferred")).isEqualTo(1);
    }

    @Test
    void theVolumeSeriesCountsTheSameCompositionAsTheTripSeries() {
        // the volume series counts it in its own aggregate; the trip series in a query of its own
        for (String from : new String[] {"2024-03-01", "2024-03-10"}) {
            JsonPath trips = given().queryParam("from", from).queryParam("to", "2024-12-01")
                    .get("/api/series/trips").then().statusCode(200).extract().jsonPath();
            // a running total against the cap aggregates from 1 January, but counts only [from, to), here from mid-March
            JsonPath volume = given().queryParam("from", from).queryParam("to", "2024-12-01")
                    .queryParam("cumulative", true).queryParam("cap", "unscr-2397-refined")
                    .get("/api/series/volume").then().statusCode(200).extract().jsonPath();
            assertThat(volume.getMap("composition")).as("from %s", from).isEqualTo(trips.getMap("composition"));
            assertThat(volume.getLong("composition.voyages")).isEqualTo(trips.getLong("trips"));
        }
        JsonPath all = given().queryParam("from", "2024-03-01").queryParam("to", "2024-12-01")
                .get("/api/series/volume").then().statusCode(200).extract().jsonPath();
        assertThat(all.getLong("composition.originUnknown")).isEqualTo(2);
        assertThat(all.getLong("composition.inferred")).isEqualTo(1);
    }
}
