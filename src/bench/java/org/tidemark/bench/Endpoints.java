package org.tidemark.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Helpers for endpoints that may not exist in this build yet, and for reading their answers. */
final class Endpoints {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Endpoints() {
    }

    /** 404 and 405 mean the endpoint is not in this build (a route that is not there, or not for this method). */
    static boolean missing(int status) {
        return status == 404 || status == 405;
    }

    static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The cursor of the next page, under the names a keyset-paginated answer usually gives it; null when none. */
    static String nextCursor(String body) {
        try {
            JsonNode root = JSON.readTree(body);
            for (String field : new String[] {"nextCursor", "next", "cursor"}) {
                JsonNode n = root.path(field);
                if (n.isTextual() && !n.asText().isBlank()) {
                    return n.asText();
                }
            }
            JsonNode page = root.path("page");
            if (page.path("nextCursor").isTextual()) {
                return page.path("nextCursor").asText();
            }
        } catch (Exception notJson) {
            return null;
        }
        return null;
    }

    static String shorten(String body) {
        String b = body == null ? "" : body.replaceAll("\\s+", " ");
        return b.length() > 200 ? b.substring(0, 200) + "…" : b;
    }
}
