package org.tidemark.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.tidemark.Fixtures;

/** What an outside probe of the packaged jar broke: each answer must be a 4xx problem, never a 500. */
@QuarkusTest
class HostileInputTest {

    private static final String ADMIN_PASSWORD = "test-admin-password";

    @Inject
    AgroalDataSource dataSource;

    private Fixtures f;

    @BeforeEach
    void registerFixtures() {
        RestAssured.authentication = RestAssured.preemptive().basic("admin", ADMIN_PASSWORD);
        try {
            f = Fixtures.create();
        } finally {
            RestAssured.authentication = RestAssured.DEFAULT_AUTH;
        }
    }

    private static RequestSpecification admin() {
        return given().auth().preemptive().basic("admin", ADMIN_PASSWORD).urlEncodingEnabled(false);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/api/timeline?tanker=a%00b", "/api/timeline?port=%00", "/api/voyages?tanker=%00",
            "/api/voyages/%00", "/api/tankers/%00", "/api/series/volume?port=x%00",
            "/api/series/trips?tanker=%00", "/api/caps/%00/status?year=2024", "/api/caps/unscr-2397-refined/status?year=2024&port=%00",
            "/api/charts/cumulative-volume.png?tanker=%00", "/api/claims/1/reconciliation?port=%00", "/api/events/%00"})
    void aNulInAPathOrFilterIsA400(String path) {
        admin().get(path).then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("U+0000"));
    }

    @Test
    void aNulInRegistryJsonIsA400NamingTheField() {
        admin().contentType(ContentType.JSON).body("{\"name\":\"Nul\\u0000port\",\"country\":\"RU\",\"latitude\":1,\"longitude\":1,\"role\":\"LOADING\"}")
                .post("/api/ports").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("name")).body("detail", containsString("U+0000"));
        admin().contentType(ContentType.JSON).body("{\"key\":\"nul-notes\",\"publisher\":\"P\",\"title\":\"T\",\"notes\":\"a\\u0000b\"}")
                .post("/api/sources").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("notes"));
        admin().contentType(ContentType.JSON).body("{\"kind\":\"ALIAS\",\"value\":\"x\\u0000\"}")
                .post("/api/tankers/" + f.tankerId + "/identities").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("value"));
        admin().contentType("application/merge-patch+json").body("{\"particularsNote\":\"\\u0000\"}")
                .patch("/api/tankers/" + f.tankerId).then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void datesOutsideTheAcceptedRangeAreA400() {
        admin().get("/api/claims?from=%2B999999999-12-31").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("from"))
                .body("detail", containsString("1900-01-01 and 9999-12-31"));
        admin().get("/api/timeline?to=0001-01-01").then().statusCode(400).body("errors[0].field", equalTo("to"));
        admin().contentType(ContentType.JSON).body(Map.of("publisher", "P", "source", f.source, "subject", "TRIPS",
                        "comparator", "ABOUT", "value", 3, "periodFrom", "-999999999-01-01", "periodTo", "2024-01-01"))
                .post("/api/claims").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("periodFrom"));
        for (String day : List.of("0000-01-01", "0001-01-01", "1899-12-31", "+10000-01-01")) {
            admin().contentType(ContentType.JSON).body(f.event("SIGHTING", day, f.loadingPort)).post("/api/events")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("occurredAt"));
        }
        admin().contentType(ContentType.JSON).body(Map.of("tanker", f.tanker, "type", "AIS_OFF",
                        "occurredFrom", "0001-01-01T00:00:00Z", "occurredTo", "2020-01-01T00:00:00Z",
                        "evidenceType", "AIS", "confidence", 2, "source", f.source))
                .post("/api/events").then().statusCode(400).body("errors[0].field", equalTo("occurredFrom"));
        String csv = Fixtures.CSV_HEADER + f.csvRow("SIGHTING", "2020-01-01", f.loadingPort, 3, null, null)
                + f.csvRow("SIGHTING", "0001-01-01", f.loadingPort, 3, null, null);
        admin().contentType("text/csv").body(csv).post("/api/events/import").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].row", equalTo(2)).body("errors[0].field", equalTo("occurredAt"));
        admin().contentType(ContentType.JSON).body(f.event("SIGHTING", "1900-01-01", f.loadingPort)).post("/api/events")
                .then().statusCode(201);
    }

    @Test
    void anEventBefore1677EndingAPageDoesNotBreakPaging() throws Exception {
        admin().contentType(ContentType.JSON).body(f.event("SIGHTING", "2018-06-02", null)).post("/api/events")
                .then().statusCode(201);
        long old = admin().contentType(ContentType.JSON).body(f.event("SIGHTING", "2018-06-01", null))
                .post("/api/events").then().statusCode(201).extract().jsonPath().getLong("id");
        // Data stored before the accepted range was enforced: moved back by hand, as only a migration could.
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("update voyage_event set occurred_from = '1600-01-01T00:00:00Z', "
                     + "occurred_to = '1600-01-02T00:00:00Z' where id = ?")) {
            s.setLong(1, old);
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
        String cursor = admin().get("/api/timeline?kind=EVENT&limit=1&tanker=" + f.tankerId).then().statusCode(200)
                .body("entries[0].id", equalTo(Long.toString(old))).extract().jsonPath().getString("nextCursor");
        assertThat(cursor).isNotBlank();
        admin().get("/api/timeline?kind=EVENT&limit=1&tanker=" + f.tankerId + "&cursor=" + cursor)
                .then().statusCode(200).body("entries[0].at", containsString("2018-06-02"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/tankers", "/api/ports", "/api/sources", "/api/users"})
    void concurrentDuplicateRegistrationsGet409NotA500AndLogNoHash(String path) throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String body = switch (path) {
            case "/api/tankers" -> "{\"name\":\"Race tanker " + unique + "\"}";
            case "/api/ports" -> "{\"name\":\"Race port " + unique + "\",\"country\":\"RU\",\"latitude\":1,\"longitude\":1,\"role\":\"LOADING\"}";
            case "/api/sources" -> "{\"key\":\"race-" + unique + "\",\"publisher\":\"P\",\"title\":\"T\"}";
            default -> "{\"username\":\"race-" + unique + "\",\"password\":\"a long race password\",\"role\":\"viewer\"}";
        };
        ConcurrentLinkedQueue<String> logged = new ConcurrentLinkedQueue<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                StringBuilder text = new StringBuilder(String.valueOf(record.getMessage()));
                if (record.getParameters() != null) {
                    for (Object p : record.getParameters()) {
                        text.append(' ').append(p);
                    }
                }
                for (Throwable t = record.getThrown(); t != null; t = t.getCause()) {
                    text.append(' ').append(t);
                    if (t instanceof java.sql.SQLException sql && sql.getNextException() != null) {
                        text.append(' ').append(sql.getNextException());
                    }
                }
                logged.add(text.toString());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        List<Integer> statuses = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Response>> answers = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                Callable<Response> post = () -> {
                    start.await();
                    return admin().contentType(ContentType.JSON).body(body).post(path);
                };
                answers.add(pool.submit(post));
            }
            start.countDown();
            for (Future<Response> answer : answers) {
                Response r = answer.get();
                statuses.add(r.statusCode());
                if (r.statusCode() != 201) {
                    assertThat(r.contentType()).isEqualTo("application/problem+json");
                    assertThat(r.jsonPath().getString("detail")).isNotBlank();
                }
            }
        } finally {
            pool.shutdownNow();
            root.removeHandler(capture);
        }
        assertThat(statuses).containsOnly(201, 409).containsOnlyOnce(201);
        assertThat(logged).noneMatch(line -> line.matches("(?s).*\\$2[aby]?\\$\\d\\d\\$.*"))
                .noneMatch(line -> line.contains("a long race password"));
    }

    /**
     * Refused by Vert.x while decoding the request, before any route or filter: a plain 4xx that closes
     * the connection. Quarkus has no public hook to answer these in problem+json (quarkusio/quarkus#55082);
     * the README says so. What must hold: a 4xx, never a 5xx, and the server keeps answering.
     */
    @ParameterizedTest
    @ValueSource(strings = {"/api/timeline?limit=%zz", "/api/timeline?tanker=%", "/api/tankers/%zz", "LONG", "HEADER"})
    void requestsTheHttpLayerRefusesGetA4xxNeverA5xx(String target) throws IOException {
        String line = switch (target) {
            case "LONG" -> "GET /api/timeline?tanker=" + "x".repeat(9_000) + " HTTP/1.1\r\n";
            case "HEADER" -> "GET /api/timeline HTTP/1.1\r\nX-Probe: a\u0001b\r\n";
            default -> "GET " + target + " HTTP/1.1\r\n";
        };
        String response = raw(line + "Host: localhost\r\nConnection: close\r\n\r\n");
        assertThat(response).matches("(?s)HTTP/1\\.[01] 4\\d\\d .*");
        admin().get("/api/timeline?limit=1").then().statusCode(200);
    }

    static String raw(String request) throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
