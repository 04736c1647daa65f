package org.tidemark.aisimport;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Nobody signed in: the AIS writes and reads ask for a Tidemark user (AccessControlTest walks every role). */
@QuarkusTest
class AisAnonymousTest {

    @Test
    void anonymousCallsAreAskedToSignInAndStoreNothing() {
        given().contentType("text/csv").body("MMSI,BaseDateTime,LAT,LON\n").post("/api/ais/import").then()
                .statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", equalTo("Basic realm=\"Tidemark\""));
        given().post("/api/ais/files/1/detect").then().statusCode(401);
        given().get("/api/ais/vessels").then().statusCode(401);
        given().queryParam("tanker", "1").get("/api/ais/tracks").then().statusCode(401);
    }
}
