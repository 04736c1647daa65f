package org.tidemark.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document describes every parameter and response of the read-model endpoints, and keeps to the
 * rules Redocly's recommended set flagged in it (.ci/run runs the real lint on the document built at build time).
 */
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

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    @Test
    void theDocumentKeepsToTheLintRules() throws Exception {
        String text = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString();
        JsonNode doc = new ObjectMapper().readTree(text);

        assertThat(doc.path("servers")).as("servers").isNotEmpty();
        doc.path("servers").forEach(server -> assertThat(server.path("url").asText()).as("server url").isNotBlank());
        JsonNode license = doc.at("/info/license");
        assertThat(license.hasNonNull("url") || license.hasNonNull("identifier")).as("licence url or identifier: " + license).isTrue();
        assertThat(text).as("no Jackson tree type leaks into a schema").doesNotContain("JsonNode").doesNotContain("ObjectNode");

        Set<String> ids = new HashSet<>();
        List<String> problems = new ArrayList<>();
        int operations = 0;
        for (var path = doc.path("paths").fields(); path.hasNext(); ) {
            var item = path.next();
            for (var op = item.getValue().fields(); op.hasNext(); ) {
                var operation = op.next();
                if (!METHODS.contains(operation.getKey())) {
                    continue;
                }
                operations++;
                String where = operation.getKey().toUpperCase() + " " + item.getKey();
                String id = operation.getValue().path("operationId").asText("");
                if (id.isBlank()) {
                    problems.add(where + ": no operationId");
                } else if (!ids.add(id)) {
                    problems.add(where + ": operationId " + id + " used twice");
                } else if (!id.matches("[A-Za-z0-9_.~:-]+")) {
                    problems.add(where + ": operationId " + id + " is not URL-safe");
                }
                List<JsonNode> parameters = new ArrayList<>();
                item.getValue().path("parameters").forEach(parameters::add);
                operation.getValue().path("parameters").forEach(parameters::add);
                for (JsonNode parameter : parameters) {
                    parameter = resolve(doc, parameter);
                    if (parameter.has("example")) {
                        String invalid = invalidExample(doc, resolve(doc, parameter.path("schema")), parameter.get("example"));
                        if (invalid != null) {
                            problems.add(where + ": parameter " + parameter.path("name").asText() + " example "
                                    + parameter.get("example") + " " + invalid);
                        }
                    }
                }
            }
        }
        assertThat(operations).isGreaterThan(30);
        assertThat(problems).isEmpty();
    }

    @Test
    void mergePatchBodiesNameTheRecordTheyAmend() {
        JsonPath doc = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        Map<String, String> amended = Map.of("/api/ports/{id}", "NewPort", "/api/sources/{id}", "NewSource",
                "/api/tankers/{id}", "NewTanker", "/api/tankers/{id}/designations/{designationId}", "NewDesignation");
        amended.forEach((path, schema) -> {
            String content = "paths.'" + path + "'.patch.requestBody.content";
            assertThat(doc.getString(content + ".'application/merge-patch+json'.schema.$ref")).as(path).endsWith("/" + schema);
            assertThat(doc.getString(content + ".'application/json'.schema.$ref")).as(path).endsWith("/" + schema);
        });
    }

    /** Why {@code example} does not fit {@code schema}, or null when it does. */
    private static String invalidExample(JsonNode doc, JsonNode schema, JsonNode example) {
        if (schema.has("enum")) {
            for (JsonNode allowed : schema.get("enum")) {
                if (allowed.equals(example)) {
                    return null;
                }
            }
            return "is not one of " + schema.get("enum");
        }
        String type = schema.path("type").asText("");
        String value = example.asText();
        try {
            switch (type) {
                case "integer", "number" -> {
                    if (!example.isNumber()) {
                        return "is not a " + type;
                    }
                    BigDecimal number = example.decimalValue();
                    if (type.equals("integer") && number.stripTrailingZeros().scale() > 0) {
                        return "is not an integer";
                    }
                    if (schema.has("minimum") && number.compareTo(schema.get("minimum").decimalValue()) < 0
                            || schema.has("maximum") && number.compareTo(schema.get("maximum").decimalValue()) > 0) {
                        return "is outside " + schema.path("minimum") + ".." + schema.path("maximum");
                    }
                }
                case "boolean" -> {
                    if (!example.isBoolean()) {
                        return "is not a boolean";
                    }
                }
                case "string" -> {
                    if (!example.isTextual()) {
                        return "is not a string";
                    }
                    switch (schema.path("format").asText("")) {
                        case "date" -> LocalDate.parse(value);
                        case "date-time" -> OffsetDateTime.parse(value);
                        default -> { }
                    }
                    if (schema.has("pattern") && !java.util.regex.Pattern.compile(schema.get("pattern").asText()).matcher(value).find()) {
                        return "does not match " + schema.get("pattern");
                    }
                }
                case "array" -> {
                    if (!example.isArray()) {
                        return "is not an array";
                    }
                    for (JsonNode each : example) {
                        String invalid = invalidExample(doc, resolve(doc, schema.path("items")), each);
                        if (invalid != null) {
                            return invalid;
                        }
                    }
                }
                default -> { }
            }
        } catch (RuntimeException e) {
            return "does not parse as " + schema.path("format").asText(type) + ": " + e.getMessage();
        }
        return null;
    }

    private static JsonNode resolve(JsonNode doc, JsonNode node) {
        while (node.has("$ref")) {
            node = doc.at(node.get("$ref").asText().substring(1));
        }
        return node;
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
