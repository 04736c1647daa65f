package org.tidemark.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.io.ByteArrayInputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.tidemark.Fixtures;
import org.tidemark.domain.VoyageEvent;

/** Body size, rows per import and page size are bounded by settings, and going over is a problem+json, never a hang or a 500. */
@QuarkusTest
@TestProfile(LimitsTest.SmallLimits.class)
@TestSecurity(user = "test-analyst", roles = {"viewer", "analyst"})
public class LimitsTest {

    private static final int BODY_LIMIT = 64 * 1024;

    /** Limits small enough to reach in a test (SignInThrottleTest shares them, and so this Quarkus start). */
    public static class SmallLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    // %test. too: application.properties raises the allowance for the tests under that name
                    "%test.tidemark.security.sign-in.failures-allowed", "5",
                    "quarkus.http.limits.max-body-size", "64K",
                    "tidemark.import.max-rows", "100",
                    "tidemark.page.max-limit", "50",
                    "tidemark.security.sign-in.failures-allowed", "5",
                    "tidemark.security.sign-in.failure-refill", "10m");
        }
    }

    @Inject
    ObjectMapper json;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private Fixtures f;

    @BeforeEach
    void registerFixtures() {
        f = Fixtures.create();
    }

    @Test
    void aDeclaredBodyOverTheLimitIsRefusedBeforeItIsSent() throws Exception {
        // By hand: the JDK 17 HttpClient waits forever when an Expect: 100-continue is answered with anything but 100.
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(30_000);
            String head = "POST /api/events/import HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/csv\r\n"
                    + "Content-Length: " + (BODY_LIMIT + 40_000) + "\r\nExpect: 100-continue\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            // The server answers without waiting for the body, then closes: reading to the end cannot hang.
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(response).startsWith("HTTP/1.1 413").containsIgnoringCase("content-type: application/problem+json");
            JsonNode problem = json.readTree(response.substring(response.indexOf("\r\n\r\n") + 4));
            assertThat(problem.get("status").asInt()).isEqualTo(413);
            assertThat(problem.get("detail").asText()).contains("split the file");
        }
    }

    @Test
    void aDeclaredBodyOverTheLimitSentAnywayIsRefusedWithAProblem() throws Exception {
        byte[] csv = csvOfBytes(BODY_LIMIT + 40_000);
        HttpResponse<String> response = http.send(request("/api/events/import", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofByteArray(csv)).build(), HttpResponse.BodyHandlers.ofString());
        assertTooLarge(response, "larger than the 65536 bytes");
        HttpResponse<String> json = http.send(request("/api/sources", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(jsonOfBytes(BODY_LIMIT + 1))).build(), HttpResponse.BodyHandlers.ofString());
        assertTooLarge(json, "larger than the 65536 bytes");
    }

    @Test
    void aChunkedImportOverTheLimitIsRefusedAndStoresNothing() throws Exception {
        byte[] csv = csvOfBytes(3 * BODY_LIMIT);
        HttpResponse<String> response = http.send(request("/api/events/import", "text/csv")
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(csv))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTooLarge(response, "split the file");
        assertThat(eventsOfTanker()).isZero();
    }

    @Test
    void aChunkedJsonBodyOverTheLimitIsRefusedWithAProblem() throws Exception {
        byte[] body = jsonOfBytes(2 * BODY_LIMIT);
        HttpResponse<String> response = http.send(request("/api/sources", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTooLarge(response, "larger than the 65536 bytes");
    }

    @Test
    void aBodyWithinTheLimitSentChunkedIsReadNormally() throws Exception {
        String source = "chunked-" + f.tankerId;
        byte[] body = json.writeValueAsBytes(Map.of("key", source, "publisher", "P", "title", "T"));
        HttpResponse<String> response = http.send(request("/api/sources", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(201);
    }

    @Test
    void moreRowsThanAnImportMayHoldAreRefusedAndNothingIsStored() {
        given().contentType("text/csv").body(csvOfRows(101)).post("/api/events/import")
                .then().statusCode(413).contentType("application/problem+json")
                .body("errors[0].field", equalTo("rows"))
                .body("detail", containsString("tidemark.import.max-rows"));
        assertThat(eventsOfTanker()).isZero();
        given().contentType("text/csv").body(csvOfRows(100)).post("/api/events/import")
                .then().statusCode(200).body("eventsAdded", equalTo(100));
    }

    @Test
    void thePageSizeIsBounded() {
        given().queryParam("limit", 51).get("/api/voyages").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("limit"));
        given().queryParam("limit", 50).get("/api/voyages").then().statusCode(200);
    }

    private void assertTooLarge(HttpResponse<String> response, String detail) throws Exception {
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(413);
        assertThat(problem.get("detail").asText()).contains(detail);
    }

    private HttpRequest.Builder request(String path, String contentType) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + path))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", contentType);
    }

    private String csvOfRows(int rows) {
        StringBuilder csv = new StringBuilder(Fixtures.CSV_HEADER);
        for (int i = 0; i < rows; i++) {
            csv.append(f.csvRow("SIGHTING", "2024-03-" + String.format("%02d", 1 + i % 28), f.loadingPort, 3, null, null));
        }
        return csv.toString();
    }

    /** A valid CSV of at least this many bytes: a long note on each row. */
    private byte[] csvOfBytes(int bytes) {
        StringBuilder csv = new StringBuilder(Fixtures.CSV_HEADER);
        while (csv.length() < bytes) {
            csv.append(f.csvRow("SIGHTING", "2024-03-01", f.loadingPort, 3, "x".repeat(2000), null));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private byte[] jsonOfBytes(int bytes) throws Exception {
        return json.writeValueAsBytes(Map.of("key", "too-large", "publisher", "P", "title", "T", "notes", "x".repeat(bytes)));
    }

    private long eventsOfTanker() {
        return QuarkusTransaction.requiringNew().call(() -> VoyageEvent.count("tankerId", f.tankerId));
    }
}
