package org.tidemark.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import org.tidemark.Fixtures;

/** The registry bundle out and in: its shape, and an import that is all or nothing, naming the bad item and field. */
@QuarkusTest
@TestSecurity(user = "test-analyst", roles = {"viewer", "analyst"})
class RegistryBundleTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theBundleHoldsEveryRecordAsItsGetReadsItOut() throws Exception {
        Fixtures f = Fixtures.create();
        JsonNode bundle = JSON.readTree(given().get("/api/export/registry").then().statusCode(200)
                .header("Content-Disposition", startsWith("attachment; filename=\"tidemark-registry-"))
                .extract().asString());
        assertThat(bundle.get("format").asText()).isEqualTo("tidemark-registry");
        assertThat(bundle.get("version").asInt()).isEqualTo(1);
        JsonNode tanker = find(bundle.get("tankers"), "name", f.tanker);
        ObjectNode read = (ObjectNode) JSON.readTree(given().get("/api/tankers/" + f.tankerId).asString());
        // like the list, the bundle counts the tanker's conflicts (derived, not registered) without listing them
        assertThat(read.remove("conflicts")).isNotNull();
        assertThat(tanker).isEqualTo(read);
        assertThat(find(bundle.get("sources"), "key", f.source)).isNotNull();
        assertThat(find(bundle.get("ports"), "name", f.dischargePort).get("role").asText()).isEqualTo("DISCHARGE");
    }

    @Test
    void theListReadsATankerOutAsItsOwnGetDoesWithItsHistoryInOrderButNotItsConflicts() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String name = "List tanker " + suffix;
        Map<String, Object> tanker = Map.of("name", name,
                "identities", List.of(
                        Map.of("kind", "NAME", "value", "Zeta " + suffix, "validFrom", "2016-01-01", "validTo", "2019-01-01"),
                        Map.of("kind", "ALIAS", "value", "Alpha " + suffix),
                        Map.of("kind", "NAME", "value", "Beta " + suffix, "validFrom", "2010-01-01", "validTo", "2015-12-31")),
                "designations", List.of(Map.of("regime", "UN", "listedOn", "2020-03-01"),
                        Map.of("regime", "OFAC", "listedOn", "2018-01-01")));
        long id = given().contentType(ContentType.JSON).body(tanker).post("/api/tankers").then().statusCode(201)
                .extract().jsonPath().getLong("id");

        JsonNode listed = find(JSON.readTree(given().get("/api/tankers").then().statusCode(200).extract().asString()),
                "name", name);
        ObjectNode alone = (ObjectNode) JSON.readTree(given().get("/api/tankers/" + id).asString());
        assertThat(alone.remove("conflicts")).isNotNull();
        assertThat(listed).isEqualTo(alone);
        assertThat(listed.get("identities").findValuesAsText("value"))
                .containsExactly("Alpha " + suffix, "Beta " + suffix, "Zeta " + suffix);
        assertThat(listed.get("designations").findValuesAsText("regime")).containsExactly("OFAC", "UN");
    }

    @Test
    void aBadItemRefusesTheWholeBundleNamingItAndItsField() {
        String key = "bundle-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> bundle = Map.of("format", "tidemark-registry", "version", 1,
                "sources", List.of(Map.of("key", key, "publisher", "Bundle test", "title", "Illustrative source")),
                "tankers", List.of(Map.of("name", "Bundle tanker " + key, "source", Map.of("id", 1, "key", key)),
                        Map.of("name", "Bundle tanker 2 " + key, "imo", "123")));
        given().contentType(ContentType.JSON).body(bundle).post("/api/import/registry").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("tankers[1].imo"));
        assertNothingStored(key);
    }

    @Test
    void anUnknownReferenceIsA422NamingTheItemAndNothingIsStored() {
        String key = "bundle-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> bundle = Map.of("format", "tidemark-registry", "version", 1,
                "sources", List.of(Map.of("key", key, "publisher", "Bundle test", "title", "Illustrative source")),
                "claims", List.of(Map.of("source", Map.of("id", 5, "key", "no-such-" + key), "subject", "TRIPS",
                        "comparator", "ABOUT", "value", 43, "periodFrom", "2024-03-07", "periodTo", "2024-11-05")));
        given().contentType(ContentType.JSON).body(bundle).post("/api/import/registry").then().statusCode(422)
                .body("errors[0].field", equalTo("claims[0].source"));
        assertNothingStored(key);
    }

    @Test
    void aDryRunReportsAndStoresNothing() {
        String key = "bundle-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> bundle = Map.of("format", "tidemark-registry", "version", 1,
                "sources", List.of(Map.of("key", key, "publisher", "Bundle test", "title", "Illustrative source")),
                "ports", List.of(Map.of("name", "Bundle port " + key, "country", "KP", "latitude", 39.1,
                        "longitude", 125.4, "role", "DISCHARGE")));
        given().contentType(ContentType.JSON).body(bundle).queryParam("dryRun", "true").post("/api/import/registry")
                .then().statusCode(200).body("dryRun", equalTo(true)).body("sources", equalTo(1)).body("ports", equalTo(1));
        assertNothingStored(key);
        given().contentType(ContentType.JSON).body(bundle).queryParam("dryRun", "yes").post("/api/import/registry")
                .then().statusCode(400).body("errors.field", hasItem("dryRun"));
        assertNothingStored(key);
        given().contentType(ContentType.JSON).body(bundle).post("/api/import/registry").then().statusCode(200)
                .body("dryRun", equalTo(false));
        given().get("/api/sources").then().body("key", hasItem(key));
    }

    @Test
    void somethingThatIsNotABundleIsA400NamingFormat() {
        given().contentType(ContentType.JSON).body(Map.of("sources", List.of())).post("/api/import/registry").then()
                .statusCode(400).body("errors[0].field", equalTo("format"));
        given().contentType(ContentType.JSON).body(Map.of("format", "tidemark-registry", "version", 1, "vessels", 3))
                .post("/api/import/registry").then().statusCode(400).body("errors[0].field", equalTo("vessels"));
    }

    private static void assertNothingStored(String key) {
        given().get("/api/sources").then().statusCode(200).body("key", not(hasItem(key)));
    }

    private static JsonNode find(JsonNode list, String member, String value) {
        for (JsonNode item : list) {
            if (value.equals(item.path(member).asText())) {
                return item;
            }
        }
        return null;
    }
}
