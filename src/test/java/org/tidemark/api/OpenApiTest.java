package org.tidemark.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/** The OpenAPI document describes every parameter and response of the read-model endpoints. */
@QuarkusTest
class OpenApiTest {

    private static final List<String> FILTER = List.of("tanker", "port", "type", "evidenceType", "minConfidence",
            "illustrative", "designated");

    @Test
    void everyParameterOfTheReadModelIsDescribed() {
        JsonPath doc = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath();

        assertParameters(doc, "/api/timeline", "get", List.of("from", "to", "retracted", "kind", "cursor", "limit"));
        assertParameters(doc, "/api/voyages", "get", List.of("from", "to", "cursor", "limit"));
        assertParameters(doc, "/api/series/volume", "get", List.of("from", "to", "interval", "cumulative", "unit", "cap"));
        assertParameters(doc, "/api/series/trips", "get", List.of("from", "to", "interval", "split"));
        assertParameters(doc, "/api/caps/{cap}/status", "get", List.of("cap", "year"));
        assertParameters(doc, "/api/claims/{id}/reconciliation", "get", List.of("id"));
        for (String path : List.of("/api/timeline", "/api/voyages", "/api/series/volume", "/api/series/trips",
                "/api/caps/{cap}/status", "/api/claims/{id}/reconciliation")) {
            assertThat(names(doc, path, "get")).as(path).containsAll(FILTER);
            assertThat(responses(doc, path, "get")).as(path).contains("200", "400");
        }
        assertThat(names(doc, "/api/claims", "get")).containsExactlyInAnyOrder("from", "to");
        assertThat(responses(doc, "/api/claims", "post")).contains("201", "400", "422");
        assertThat(responses(doc, "/api/voyages/{id}", "get")).contains("200", "404");
        assertThat(responses(doc, "/api/claims/{id}", "get")).contains("200", "404");
        assertThat(responses(doc, "/api/caps", "get")).contains("200");
        assertThat(doc.getString("paths.'/api/series/volume'.get.responses.'200'.content.'application/json'.schema.$ref"))
                .endsWith("VolumeSeries");
    }

    private static void assertParameters(JsonPath doc, String path, String method, List<String> expected) {
        List<Map<String, Object>> parameters = doc.getList("paths.'" + path + "'." + method + ".parameters");
        assertThat(parameters).as(path).isNotNull();
        assertThat(names(doc, path, method)).as(path).containsAll(expected);
        assertThat(parameters).as(path + ": every parameter has a description")
                .allSatisfy(p -> assertThat((String) p.get("description")).as(path + " " + p.get("name")).isNotBlank());
        assertThat(doc.getString("paths.'" + path + "'." + method + ".summary")).as(path).isNotBlank();
    }

    private static List<String> names(JsonPath doc, String path, String method) {
        return doc.getList("paths.'" + path + "'." + method + ".parameters.name");
    }

    private static java.util.Set<String> responses(JsonPath doc, String path, String method) {
        Map<String, Object> responses = doc.getMap("paths.'" + path + "'." + method + ".responses");
        assertThat(responses).as(path + " " + method).isNotNull();
        return responses.keySet();
    }
}
