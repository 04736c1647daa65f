package org.tidemark.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import org.tidemark.Fixtures;
import org.tidemark.domain.VoyageEvent;

/** The Idempotency-Key under concurrency: one event however many retries race, the others told it is in flight or done. */
@QuarkusTest
@TestSecurity(user = "test-analyst", roles = {"viewer", "analyst"})
class IdempotencyConcurrencyTest {

    private static final int REQUESTS = 100;

    @Inject
    ObjectMapper json;

    @Test
    void aHundredConcurrentPostsWithOneKeyStoreOneEvent() throws Exception {
        Fixtures f = Fixtures.create();
        String key = "race-" + f.tankerId;
        Map<String, Object> event = f.event("SIGHTING", "2024-05-01", f.loadingPort);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + "/api/events"))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(event)))
                .build();

        List<HttpResponse<String>> responses = new ArrayList<>();
        ExecutorService senders = Executors.newFixedThreadPool(REQUESTS);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> sent = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                sent.add(senders.submit(() -> {
                    start.await();
                    return http.send(request, HttpResponse.BodyHandlers.ofString());
                }));
            }
            start.countDown();
            for (Future<HttpResponse<String>> response : sent) {
                responses.add(response.get(90, TimeUnit.SECONDS));
            }
        } finally {
            senders.shutdownNow();
        }

        List<Integer> statuses = responses.stream().map(HttpResponse::statusCode).toList();
        assertThat(statuses).as("every answer is created, the original, or in flight").allMatch(s -> s == 201 || s == 200 || s == 409);
        assertThat(statuses).as("exactly one request created the event").containsOnlyOnce(201);
        long id = -1;
        for (HttpResponse<String> response : responses) {
            JsonNode body = json.readTree(response.body());
            if (response.statusCode() == 409) {
                assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
                assertThat(body.at("/errors/0/field").asText()).isEqualTo("Idempotency-Key");
            } else {
                id = id < 0 ? body.get("id").asLong() : id;
                assertThat(body.get("id").asLong()).as("every success names the same event").isEqualTo(id);
            }
        }
        assertThat(QuarkusTransaction.requiringNew().call(() -> VoyageEvent.count("idempotencyKey", key))).isEqualTo(1);
        assertThat(QuarkusTransaction.requiringNew().call(() -> VoyageEvent.count("tankerId", f.tankerId))).isEqualTo(1);

        event.put("confidence", 4);
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(event).post("/api/events")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("Idempotency-Key"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> VoyageEvent.count("tankerId", f.tankerId))).isEqualTo(1);
    }
}
