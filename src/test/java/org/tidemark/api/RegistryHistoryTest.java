package org.tidemark.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.tidemark.Fixtures;

/** The registry's trail: every change with its author, time, before and after, and reason; append-only. */
@QuarkusTest
@TestSecurity(user = "test-analyst", roles = {"viewer", "analyst"})
class RegistryHistoryTest {

    private static final String MERGE_PATCH = "application/merge-patch+json";
    private static final String REASON = "Tidemark-Change-Reason";

    @Inject
    DataSource dataSource;

    private Fixtures f;

    @BeforeEach
    void registerFixtures() {
        f = Fixtures.create();
    }

    @Test
    void aTankersCreationAndAmendmentsAreKeptWithAuthorReasonAndTheFieldsThatMoved() {
        given().contentType(MERGE_PATCH).header(REASON, "Equasis gives 3,500 dwt")
                .body(Map.of("deadweightT", 3500)).patch("/api/tankers/" + f.tankerId).then().statusCode(200);
        given().contentType(ContentType.JSON)
                .body(Map.of("kind", "ALIAS", "value", "Alias " + f.tankerId)).post("/api/tankers/" + f.tankerId + "/identities")
                .then().statusCode(201);

        JsonPath h = history("tankers", f.tankerId);
        assertThat(h.getList("action")).containsExactly("CREATED", "AMENDED", "IDENTITY_ADDED");
        assertThat(h.getList("changedBy")).containsOnly("test-analyst");
        assertThat(h.getString("[0].after.name")).isEqualTo(f.tanker);
        assertThat(h.getString("[0].before")).isNull();
        assertThat(h.getList("[1].changed")).containsExactly("deadweightT");
        assertThat(h.getDouble("[1].before.deadweightT")).isEqualTo(3003);
        assertThat(h.getDouble("[1].after.deadweightT")).isEqualTo(3500);
        assertThat(h.getString("[1].reason")).isEqualTo("Equasis gives 3,500 dwt");
        assertThat(h.getList("[2].changed")).containsExactly("identities");
        assertThat(h.getString("[2].after.identities[0].value")).isEqualTo("Alias " + f.tankerId);
        assertThat(h.getString("[2].reason")).isNull();
    }

    @Test
    void anAmendmentThatChangesNothingLeavesNoEntry() {
        given().contentType(MERGE_PATCH).body(Map.of("deadweightT", 3003)).patch("/api/tankers/" + f.tankerId)
                .then().statusCode(200);

        assertThat(history("tankers", f.tankerId).getList("action")).containsExactly("CREATED");
    }

    @Test
    void portsSourcesAndClaimsHaveTheirTrailToo() {
        long n = f.tankerId;
        String locode = "ZZ" + (char) ('A' + n % 26) + (char) ('A' + n / 26 % 26) + (char) ('A' + n / 676 % 26);
        long port = given().get("/api/ports").jsonPath().getLong("find { it.name == '" + f.loadingPort + "' }.id");
        given().contentType(MERGE_PATCH).header(REASON, "UN%2FLOCODE from the UNECE list, caf%C3%A9")
                .body(Map.of("locode", locode)).patch("/api/ports/" + port).then().statusCode(200);
        JsonPath ports = history("ports", port);
        assertThat(ports.getList("action")).containsExactly("CREATED", "AMENDED");
        assertThat(ports.getList("[1].changed")).containsExactly("locode");
        assertThat(ports.getString("[1].reason")).isEqualTo("UN/LOCODE from the UNECE list, café");

        long source = given().get("/api/sources").jsonPath().getLong("find { it.key == '" + f.source + "' }.id");
        given().contentType(MERGE_PATCH).body(Map.of("title", "Retitled")).patch("/api/sources/" + source)
                .then().statusCode(200);
        assertThat(history("sources", source).getList("[1].changed")).containsExactly("title");

        long claim = Fixtures.post("/api/claims", Map.of("publisher", "Test publisher", "subject", "TRIPS",
                "comparator", "ABOUT", "value", 4, "periodFrom", "2024-03-01", "periodTo", "2024-03-31"))
                .jsonPath().getLong("id");
        JsonPath claims = history("claims", claim);
        assertThat(claims.getList("action")).containsExactly("CREATED");
        assertThat(claims.getDouble("[0].after.value")).isEqualTo(4);
    }

    @Test
    void anUnknownRecordHasNoHistory() {
        given().get("/api/tankers/999999999/history").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void anOverlongReasonIsRefusedAndTheChangeIsNotMade() {
        given().contentType(MERGE_PATCH).header(REASON, "x".repeat(2001))
                .body(Map.of("deadweightT", 9999)).patch("/api/tankers/" + f.tankerId)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo(REASON));
        given().get("/api/tankers/" + f.tankerId).then().body("deadweightT", equalTo(3003.0f));
        assertThat(history("tankers", f.tankerId).getList("action")).containsExactly("CREATED");
    }

    @Test
    void theTrailCannotBeEditedOrDeleted() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("update registry_change set changed_by = 'someone else'"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("delete from registry_change"))
                    .hasMessageContaining("append-only");
        }
        assertThat(history("tankers", f.tankerId).getList("changedBy", String.class)).isEqualTo(List.of("test-analyst"));
    }

    private static JsonPath history(String kind, long id) {
        return given().get("/api/" + kind + "/" + id + "/history").then().statusCode(200).extract().jsonPath();
    }
}
