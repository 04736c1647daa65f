package org.tidemark.scenario;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import org.tidemark.BundledScenario;
import org.tidemark.domain.Source;
import org.tidemark.domain.Tanker;
import org.tidemark.domain.VoyageEvent;

/** The first start on an empty database: the 2024 scenario, as a new user sees it. */
@QuarkusTest
@TestProfile(BundledScenario.class)
@TestSecurity(user = "test-viewer", roles = "viewer")
class ScenarioLoadTest {

    @Inject
    ScenarioLoader loader;

    @Test
    void theOscTripClaimReconcilesTo43CallsWithTheIllustrativeLayerAndToTheDocumentedOnesWithout() {
        long claim = claimId("TRIPS");
        JsonPath all = reconciliation(claim, null);
        assertThat(all.getLong("tracked.trips")).isEqualTo(43);
        assertThat(all.getBoolean("includesIllustrative")).isTrue();

        JsonPath documented = reconciliation(claim, "false");
        // Paek Yang San 1 (7 Mar, 7 Apr), Yu Son (1 Apr), Eunheung (3 Apr), Wol Bong San (10 Apr), the 5 Nov call
        assertThat(documented.getLong("tracked.trips")).isEqualTo(6);
    }

    @Test
    void theOscDesignatedShareClaimHoldsOnlyIfTheUndatedListingsWereInForce() {
        JsonPath share = reconciliation(claimId("DESIGNATED_SHARE"), null);
        // Yu Son's listing (March 2018) decides its trips; the other five listings have no date in our sources
        long designated = share.getLong("tracked.designated.designatedTrips");
        long unknown = share.getLong("tracked.designated.unknownTrips");
        assertThat(designated).isPositive();
        assertThat(unknown).isPositive();
        assertThat(designated + unknown + share.getLong("tracked.designated.notDesignatedTrips")).isEqualTo(43);
        assertThat(share.getDouble("tracked.designated.share")).isLessThan(0.5);
        assertThat(share.getDouble("tracked.designated.shareIfUnknownDesignated")).isGreaterThan(0.5);
        assertThat(share.getBoolean("consistent")).isTrue();
        assertThat(share.getString("summary")).contains("whose designation dates cannot decide");

        List<String> yuSon = given().queryParam("tanker", "Yu Son").get("/api/voyages").then().statusCode(200)
                .extract().jsonPath().getList("entries.designatedAtTheTime");
        assertThat(yuSon).isNotEmpty().containsOnly("true").hasSize((int) designated);
    }

    @Test
    void theCentralEstimateLandsNearAMillionBarrelsWithinTheBand() {
        JsonPath volume = reconciliation(claimId("VOLUME", 1_000_000), null);
        double low = volume.getDouble("tracked.volume.low");
        double central = volume.getDouble("tracked.volume.central");
        double high = volume.getDouble("tracked.volume.high");
        assertThat(low).isLessThan(1_000_000);
        assertThat(high).isGreaterThan(1_000_000);
        assertThat(central).isBetween(900_000.0, 1_100_000.0);
    }

    @Test
    void theCapStatusFor2024GivesTheCrossingDatePerBand() {
        JsonPath status = given().queryParam("year", 2024).get("/api/caps/unscr-2397-refined/status")
                .then().statusCode(200).extract().jsonPath();
        assertThat(status.getString("central.crossedOn")).startsWith("2024-");
        assertThat(status.getString("high.crossedOn")).startsWith("2024-");
        assertThat(status.getString("high.crossedOn")).isLessThan(status.getString("central.crossedOn"));
        // low: 43 trips × ~7,200 bbl stays under 500,000
        assertThat(status.getBoolean("low.crossed")).isFalse();
    }

    @Test
    void everythingHasASourceAndIllustrativeDataIsFlagged() {
        QuarkusTransaction.requiringNew().run(() -> {
            assertThat(Tanker.count("sourceId is null")).isZero();
            assertThat(VoyageEvent.count()).isEqualTo(8 + 37 + 41);
            assertThat(VoyageEvent.count("illustrative = true")).isEqualTo(37 + 41);
            long noteId = Source.findByKey(IllustrativeReconstruction.SOURCE).orElseThrow().id;
            assertThat(VoyageEvent.count("illustrative = true and sourceId <> ?1", noteId)).isZero();
        });
        given().queryParam("illustrative", "false").queryParam("limit", 1000).get("/api/timeline")
                .then().statusCode(200).extract().jsonPath().getList("entries.source.key", String.class)
                .forEach(key -> assertThat(key).isNotNull().isNotEqualTo(IllustrativeReconstruction.SOURCE));
    }

    @Test
    void aRestartDoesNotLoadItTwice() {
        loader.onStart(null);
        QuarkusTransaction.requiringNew().run(() -> assertThat(VoyageEvent.count()).isEqualTo(8 + 37 + 41));
    }

    private static long claimId(String subject) {
        return claimId(subject, null);
    }

    private static long claimId(String subject, Integer value) {
        List<Map<String, Object>> claims = given().get("/api/claims").then().statusCode(200).extract().jsonPath().getList("");
        return claims.stream()
                .filter(c -> subject.equals(c.get("subject")) && "OSC / BBC".equals(c.get("publisher")))
                .filter(c -> value == null || ((Number) c.get("value")).intValue() == value)
                .map(c -> ((Number) c.get("id")).longValue())
                .findFirst().orElseThrow();
    }

    private static JsonPath reconciliation(long claim, String illustrative) {
        var request = given();
        if (illustrative != null) {
            request = request.queryParam("illustrative", illustrative);
        }
        return request.get("/api/claims/" + claim + "/reconciliation").then().statusCode(200).extract().jsonPath();
    }
}
