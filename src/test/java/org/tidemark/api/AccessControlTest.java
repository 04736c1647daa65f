package org.tidemark.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.narayana.jta.QuarkusTransaction;
import org.assertj.core.api.SoftAssertions;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.tidemark.security.Roles;
import org.tidemark.security.User;

/** Every operation of the OpenAPI document, walked as anonymous, viewer, analyst and admin over real HTTP Basic. */
@QuarkusTest
class AccessControlTest {

    private static final String PASSWORD = "correct horse battery";

    private static final List<String> RANKS = List.of("anonymous", Roles.VIEWER, Roles.ANALYST, Roles.ADMIN);

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

    @Test
    void theDocumentListsTheApiAndEveryOperationStatesOneRole() {
        List<ApiOperations.Operation> all = ApiOperations.all();
        assertThat(all).as("operations under /api").hasSizeGreaterThan(30);
        assertThat(all).as("operations without a role in the OpenAPI document")
                .allSatisfy(op -> assertThat(op.role()).as(op.toString()).isIn(Roles.VIEWER, Roles.ANALYST, Roles.ADMIN));
        assertThat(all).filteredOn(op -> !op.method().equals("GET"))
                .as("no write is open to viewers").noneMatch(op -> Roles.VIEWER.equals(op.role()));
    }

    /**
     * Every operation of the OpenAPI document crossed with anonymous and the three roles: an endpoint
     * added tomorrow is in the matrix without editing this test. All cells are checked, then all
     * failing cells reported.
     */
    @Test
    void theMatrixHolds() {
        SoftAssertions cells = new SoftAssertions();
        for (ApiOperations.Operation op : ApiOperations.all()) {
            for (String who : RANKS) {
                RequestSpecification request = who.equals("anonymous") ? given().contentType(ContentType.JSON) : as(who);
                if (!op.method().equals("GET")) {
                    request.body(body(op.path()));
                }
                io.restassured.response.Response answer = request.request(op.method(), op.pathWith("1"));
                boolean allowed = RANKS.indexOf(who) >= RANKS.indexOf(op.role());
                String cell = op + " as " + who + " (" + answer.statusCode() + " " + answer.asString() + ")";
                if (allowed) {
                    cells.assertThat(answer.statusCode()).as(cell).isNotIn(401, 403).isLessThan(500);
                } else if (who.equals("anonymous")) {
                    cells.assertThat(answer.statusCode()).as(cell).isEqualTo(401);
                    cells.assertThat(answer.header("WWW-Authenticate")).as(cell).isEqualTo("Basic realm=\"Tidemark\"");
                    cells.assertThat(answer.contentType()).as(cell).isEqualTo("application/problem+json");
                } else {
                    cells.assertThat(answer.statusCode()).as(cell).isEqualTo(403);
                    cells.assertThat(answer.contentType()).as(cell).isEqualTo("application/problem+json");
                }
            }
        }
        cells.assertAll();
    }

    @Test
    void aWrongPasswordIsRefusedEverywhere() {
        SoftAssertions cells = new SoftAssertions();
        for (ApiOperations.Operation op : ApiOperations.all()) {
            int status = given().auth().preemptive().basic("ac-admin", "wrong password!").contentType(ContentType.JSON)
                    .request(op.method(), op.pathWith("1")).statusCode();
            cells.assertThat(status).as(op.toString()).isEqualTo(401);
        }
        cells.assertAll();
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
