package org.tidemark.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.tidemark.security.Roles;
import org.tidemark.security.User;

/** Every write endpoint, walked as anonymous, viewer, analyst and admin over real HTTP Basic. */
@QuarkusTest
class AccessControlTest {

    private static final String PASSWORD = "correct horse battery";

    /** A write endpoint: its method and path, and the least role it needs. */
    record Write(String method, String path, String role) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    @BeforeAll
    static void users() {
        QuarkusTransaction.requiringNew().run(() -> {
            for (String role : List.of(Roles.VIEWER, Roles.ANALYST, Roles.ADMIN)) {
                if (User.findByUsername("ac-" + role).isEmpty()) {
                    User.add("ac-" + role, PASSWORD, role);
                }
            }
        });
    }

    static List<Write> writes() {
        return List.of(
                new Write("POST", "/api/sources", Roles.ANALYST),
                new Write("PATCH", "/api/sources/1", Roles.ANALYST),
                new Write("POST", "/api/ports", Roles.ANALYST),
                new Write("PATCH", "/api/ports/1", Roles.ANALYST),
                new Write("POST", "/api/tankers", Roles.ANALYST),
                new Write("PATCH", "/api/tankers/1", Roles.ANALYST),
                new Write("POST", "/api/tankers/1/identities", Roles.ANALYST),
                new Write("POST", "/api/tankers/1/designations", Roles.ANALYST),
                new Write("PATCH", "/api/tankers/1/designations/1", Roles.ANALYST),
                new Write("POST", "/api/events", Roles.ANALYST),
                new Write("POST", "/api/events/import", Roles.ANALYST),
                new Write("POST", "/api/events/1/retraction", Roles.ANALYST),
                new Write("POST", "/api/claims", Roles.ANALYST),
                new Write("POST", "/api/users", Roles.ADMIN),
                new Write("POST", "/api/admin/rebuild", Roles.ADMIN));
    }

    @ParameterizedTest
    @MethodSource("writes")
    void anonymousIsAskedToSignIn(Write write) {
        given().contentType(ContentType.JSON).body(body(write.path())).request(write.method(), write.path())
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Basic realm=\"Tidemark\"");
    }

    @ParameterizedTest
    @MethodSource("writes")
    void aViewerIsForbidden(Write write) {
        as(Roles.VIEWER).body(body(write.path())).request(write.method(), write.path())
                .then().statusCode(403).contentType("application/problem+json");
    }

    @ParameterizedTest
    @MethodSource("writes")
    void anAnalystMayWriteEventsButNotManage(Write write) {
        int status = as(Roles.ANALYST).body(body(write.path())).request(write.method(), write.path()).statusCode();
        if (write.role().equals(Roles.ADMIN)) {
            org.assertj.core.api.Assertions.assertThat(status).isEqualTo(403);
        } else {
            org.assertj.core.api.Assertions.assertThat(status).isNotIn(401, 403);
        }
    }

    @ParameterizedTest
    @MethodSource("writes")
    void anAdminMayDoEverything(Write write) {
        as(Roles.ADMIN).body(body(write.path())).request(write.method(), write.path()).then().statusCode(not(equalTo(401)))
                .statusCode(not(equalTo(403)));
    }

    @ParameterizedTest
    @MethodSource("writes")
    void aWrongPasswordIsRefused(Write write) {
        given().auth().preemptive().basic("ac-admin", "wrong password!").contentType(ContentType.JSON)
                .body(body(write.path())).request(write.method(), write.path()).then().statusCode(401);
    }

    @org.junit.jupiter.api.Test
    void readsNeedAViewerUnlessMadePublic() {
        given().get("/api/tankers").then().statusCode(401);
        as(Roles.VIEWER).get("/api/tankers").then().statusCode(200);
    }

    @org.junit.jupiter.api.Test
    void theAdministratorFromTheSettingCanSignIn() {
        given().auth().preemptive().basic("admin", "test-admin-password").get("/api/users")
                .then().statusCode(200).body("username", org.hamcrest.Matchers.hasItem("admin"))
                .body("password", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.nullValue()));
    }

    private static RequestSpecification as(String role) {
        return given().auth().preemptive().basic("ac-" + role, PASSWORD).contentType(ContentType.JSON);
    }

    /** A valid body where one is cheap to make, so an allowed call really succeeds; else an empty object. */
    static Object body(String path) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        return switch (path) {
            case "/api/sources" -> Map.of("key", "ac-" + unique, "publisher", "P", "title", "T");
            case "/api/users" -> Map.of("username", "u-" + unique, "password", "a long enough password", "role", "viewer");
            default -> Map.of();
        };
    }
}
