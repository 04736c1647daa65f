package org.tidemark;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import io.restassured.http.ContentType;

/** Registers what events need (a source, ports, a tanker) over the API, with names unique to each test. */
public final class Fixtures {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    public final String source;
    public final String loadingPort;
    public final String dischargePort;
    public final long tankerId;
    public final String tanker;

    private Fixtures(String source, String loadingPort, String dischargePort, long tankerId, String tanker) {
        this.source = source;
        this.loadingPort = loadingPort;
        this.dischargePort = dischargePort;
        this.tankerId = tankerId;
        this.tanker = tanker;
    }

    /** A fresh source, loading port, discharge port and a 3,003 dwt tanker. */
    public static Fixtures create() {
        String suffix = COUNTER.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8);
        String source = "test-source-" + suffix;
        post("/api/sources", Map.of("key", source, "publisher", "Test publisher", "title", "Test source " + suffix));
        String loading = "Loading port " + suffix;
        post("/api/ports", Map.of("name", loading, "country", "RU", "latitude", 42.7, "longitude", 133.0, "role", "LOADING"));
        String discharge = "Discharge port " + suffix;
        post("/api/ports", Map.of("name", discharge, "country", "KP", "latitude", 41.8, "longitude", 129.8, "role", "DISCHARGE"));
        String tanker = "Test tanker " + suffix;
        long tankerId = post("/api/tankers", Map.of("name", tanker, "deadweightT", 3003, "flag", "KP"))
                .jsonPath().getLong("id");
        return new Fixtures(source, loading, discharge, tankerId, tanker);
    }

    /** An event body with the required fields; callers add or override the rest. */
    public Map<String, Object> event(String type, String occurredAt, String port) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of(
                "tanker", tanker, "type", type, "occurredAt", occurredAt,
                "evidenceType", "SATELLITE_IMAGE", "confidence", 3, "source", source));
        if (port != null) {
            body.put("port", port);
        }
        return body;
    }

    /** The header of a CSV import file with the columns {@link #csvRow} fills. */
    public static final String CSV_HEADER = "tanker,type,occurredAt,port,evidenceType,confidence,source,notes,idempotencyKey\n";

    /** One CSV row for this tanker and source (RFC 4180 quoting); null cells stay empty. */
    public String csvRow(String type, String occurredAt, String port, Object confidence, String notes, String key) {
        return String.join(",", quote(tanker), type, occurredAt, quote(port), "SATELLITE_IMAGE",
                String.valueOf(confidence), quote(source), quote(notes), quote(key)) + "\n";
    }

    private static String quote(String cell) {
        if (cell == null) {
            return "";
        }
        return cell.matches("[^,\"\r\n]*") ? cell : "\"" + cell.replace("\"", "\"\"") + "\"";
    }

    public static io.restassured.response.Response post(String path, Object body) {
        return given().contentType(ContentType.JSON).body(body).post(path).then().statusCode(201).extract().response();
    }
}
