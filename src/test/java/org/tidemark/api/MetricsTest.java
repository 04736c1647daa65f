package org.tidemark.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

import org.tidemark.Fixtures;

/** /q/metrics: the HTTP, pool and JVM meters and Tidemark's own, for viewers only; recording an event moves its counter. */
@QuarkusTest
class MetricsTest {

    @Test
    @TestSecurity(user = "test-analyst", roles = {"viewer", "analyst"})
    void recordingAnEventMovesItsCounterAndTheDerivationTimer() {
        Fixtures f = Fixtures.create();
        String before = scrape();
        Fixtures.post("/api/events", f.event("SIGHTING", "2024-03-07", f.loadingPort));
        String after = scrape();

        assertThat(value(after, "tidemark_events_recorded_total\\{kind=\"event\"[^}]*}"))
                .isEqualTo(value(before, "tidemark_events_recorded_total\\{kind=\"event\"[^}]*}") + 1);
        assertThat(value(after, "tidemark_derivations_seconds_count\\{[^}]*}"))
                .isGreaterThan(value(before, "tidemark_derivations_seconds_count\\{[^}]*}"));
        assertThat(after).contains("http_server_requests_seconds_count", "agroal_", "jvm_memory_used_bytes",
                "tidemark_derivations_seconds_bucket");
    }

    @Test
    void metricsNeedAViewer() {
        given().when().get("/q/metrics").then().statusCode(401);
    }

    /** As Prometheus scrapes: HTTP Basic sent up front (here the test profile's admin, a viewer too). */
    private static String scrape() {
        return given().auth().preemptive().basic("admin", "test-admin-password").when().get("/q/metrics").then()
                .statusCode(200).extract().asString();
    }

    /** The sum of the samples whose name and labels match, 0 when there is none yet. */
    private static double value(String metrics, String series) {
        Matcher m = Pattern.compile("(?m)^" + series + " (\\S+)$").matcher(metrics);
        double sum = 0;
        while (m.find()) {
            sum += Double.parseDouble(m.group(1));
        }
        return sum;
    }
}
