package org.tidemark.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** HTTP Basic through the real chain: security-jpa's bcrypt check with VerifiedCredentials in front. */
@QuarkusTest
class SignInTest {

    @Inject
    VerifiedCredentials verifiedCredentials;

    @Test
    void aRememberedSignInStillRefusesAWrongPassword() {
        QuarkusTransaction.requiringNew().run(() -> {
            if (User.findByUsername("sign-in-viewer").isEmpty()) {
                User.add("sign-in-viewer", "a long enough password", Roles.VIEWER);
            }
        });
        int before = verifiedCredentials.size();

        given().auth().preemptive().basic("sign-in-viewer", "a long enough password").get("/api/tankers")
                .then().statusCode(200);
        assertThat(verifiedCredentials.size()).as("the verified sign-in is remembered").isEqualTo(before + 1);

        given().auth().preemptive().basic("sign-in-viewer", "a long enough passwork").get("/api/tankers")
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().preemptive().basic("sign-in-viewer", "a long enough password").get("/api/tankers")
                .then().statusCode(200);
        given().auth().preemptive().basic("sign-in-viewer", "a long enough password")
                .contentType("application/json").body("{}").post("/api/sources")
                .then().statusCode(403);
    }
}
