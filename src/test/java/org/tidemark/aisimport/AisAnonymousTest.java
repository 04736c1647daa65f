package org.tidemark.aisimport;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** Who may call the AIS endpoints: anonymous callers are asked to sign in, viewers may read but not write. */
@QuarkusTest
class AisAnonymousTest {

    @Test
    void anonymousCallsAreAskedToSignIn() {
        given().contentType("text/csv").body("MMSI,BaseDateTime,LAT,LON\n").post("/api/ais/import").then()
                .statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", equalTo("Basic realm=\"Tidemark\""));
        given().contentType(ContentType.JSON).post("/api/ais/files/1/detect").then().statusCode(401);
        given().get("/api/ais/vessels").then().statusCode(401);
        given().queryParam("tanker", "1").get("/api/ais/tracks").then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "test-viewer", roles = {"viewer"})
    void aViewerMayReadButNotImportOrReDetect() {
        given().contentType("text/csv").body("MMSI,BaseDateTime,LAT,LON\n").post("/api/ais/import").then()
                .statusCode(403).contentType("application/problem+json");
        given().contentType(ContentType.JSON).post("/api/ais/files/1/detect").then().statusCode(403);
        given().get("/api/ais/vessels").then().statusCode(200);
    }
}
