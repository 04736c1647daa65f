package org.tidemark.api;

import static io.restassured.RestAssured.given;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** With tidemark.security.public-reads, anonymous callers may read; every write still needs a user. */
@QuarkusTest
@TestProfile(PublicReadsTest.PublicReads.class)
public class PublicReadsTest {

    /** Reads open to anonymous callers. */
    public static class PublicReads implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tidemark.security.public-reads", "true");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/tankers", "/api/ports", "/api/sources", "/api/voyages"})
    void anonymousReadsWork(String path) {
        given().get(path).then().statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/events/999999999", "/api/tankers/999999999", "/api/voyages/00000000-0000-0000-0000-000000000000"})
    void anonymousReadsOfMissingThingsAreNotFoundRatherThanUnauthorised(String path) {
        given().get(path).then().statusCode(404).contentType("application/problem+json");
    }

    /** Every write of the OpenAPI document. */
    @Test
    void anonymousWritesStillNeedToSignIn() {
        for (ApiOperations.Operation write : ApiOperations.all()) {
            if (!write.method().equals("GET")) {
                given().contentType(ContentType.JSON).body(AccessControlTest.body(write.path()))
                        .request(write.method(), write.pathWith("1"))
                        .then().statusCode(401).contentType("application/problem+json")
                        .header("WWW-Authenticate", "Basic realm=\"Tidemark\"");
            }
        }
    }

    @Test
    void administrationStaysClosed() {
        given().get("/api/users").then().statusCode(401);
    }
}
