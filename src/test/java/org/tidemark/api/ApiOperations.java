package org.tidemark.api;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Every operation the running application's OpenAPI document (/q/openapi) describes: the one list tests walk. */
final class ApiOperations {

    /** One operation: its method, path template, the least role it states, and its description in the document. */
    record Operation(String method, String path, String role, JsonNode spec) {

        /** The path with every {parameter} replaced. */
        String pathWith(String value) {
            return path.replaceAll("\\{[^}]+}", value);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private static JsonNode document;

    private ApiOperations() {
    }

    /** The document as the application serves it (read once per test run). */
    static synchronized JsonNode document() {
        if (document == null) {
            String json = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString();
            try {
                document = new ObjectMapper().readTree(json);
            } catch (java.io.IOException e) {
                throw new IllegalStateException("the OpenAPI document is not JSON", e);
            }
        }
        return document;
    }

    static List<Operation> all() {
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document().get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext(); ) {
                Map.Entry<String, JsonNode> method = methods.next();
                if (!List.of("get", "post", "put", "patch", "delete").contains(method.getKey())) {
                    continue;
                }
                operations.add(new Operation(method.getKey().toUpperCase(), path.getKey(), role(method.getValue()),
                        method.getValue()));
            }
        }
        return operations;
    }

    /** The role named by the operation's security requirement (added from @RolesAllowed), or null when it names none. */
    private static String role(JsonNode operation) {
        JsonNode security = operation.get("security");
        if (security == null || !security.isArray()) {
            return null;
        }
        for (JsonNode requirement : security) {
            for (Iterator<JsonNode> scopes = requirement.elements(); scopes.hasNext(); ) {
                JsonNode roles = scopes.next();
                if (roles.isArray() && roles.size() == 1) {
                    return roles.get(0).asText();
                }
            }
        }
        return null;
    }

    /** The schema a $ref points at, or the node itself. */
    static JsonNode resolve(JsonNode schema) {
        JsonNode node = schema;
        for (int depth = 0; node != null && node.has("$ref") && depth < 10; depth++) {
            String ref = node.get("$ref").asText();
            node = document().at(ref.substring(1));
        }
        return node;
    }
}
