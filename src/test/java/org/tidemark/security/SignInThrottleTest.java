package org.tidemark.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import org.tidemark.api.LimitsTest;

/** Wrong passwords over real HTTP Basic: a few are checked, then 429 with Retry-After and no check. */
@QuarkusTest
@TestProfile(LimitsTest.SmallLimits.class)
class SignInThrottleTest {

    private static final String PASSWORD = "the real user's password";

    @jakarta.inject.Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "tidemark.security.sign-in.failures-allowed")
    int allowance;

    @Test
    void wrongPasswordsPastTheAllowanceAre429WithRetryAfter() {
        assertThat(allowance).as("the profile's allowance").isEqualTo(5);
        QuarkusTransaction.requiringNew().run(() -> {
            if (User.findByUsername("throttle-viewer").isEmpty()) {
                User.add("throttle-viewer", PASSWORD, Roles.VIEWER);
            }
        });
        for (int i = 0; i < 5; i++) {
            given().auth().preemptive().basic("throttle-viewer", "guess " + i).get("/api/tankers")
                    .then().statusCode(401).contentType("application/problem+json");
        }
        Response refused = given().auth().preemptive().basic("throttle-viewer", "guess 6").get("/api/tankers");
        assertThat(refused.statusCode()).as(refused.asString()).isEqualTo(429);
        assertThat(refused.contentType()).isEqualTo("application/problem+json");
        assertThat(refused.jsonPath().getString("detail")).contains("try again in");
        // One attempt per 10 minutes after the allowance (the profile's refill); the refill itself is
        // shown with a clock in VerifiedCredentialsTest.
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(500L, 600L);
        given().auth().preemptive().basic("throttle-viewer", PASSWORD).get("/api/tankers")
                .then().statusCode(429).body("detail", containsString("too many wrong passwords"));
    }
}
