package org.tidemark;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two packaged instances on one PostgreSQL database, recording concurrently: the same tankers through
 * both, the same idempotency keys sent to both at once, and an import on each. Nothing is duplicated
 * or lost, no answer is a 5xx, and the stored voyages equal a single rebuild from the events.
 * {@code -Dtidemark.twin.events} events per worker (40 in every build).
 */
class TwoInstancesIT {

    private static final int TANKERS = 3;
    private static final int WORKERS = 3;

    @TempDir
    Path work;

    @Test
    void twoInstancesOnOneDatabaseDuplicateNothingLoseNothingAndDeriveAsOneRebuildWould() throws Exception {
        int perWorker = Integer.getInteger("tidemark.twin.events", 40);
        try (TestDatabase.Scratch scratch = TestDatabase.scratch()) {
            Map<String, String> env = new HashMap<>(scratch.environment());
            env.put("TIDEMARK_SCENARIO_LOAD_ON_FIRST_START", "false");
            env.put("TIDEMARK_DATA_DIR", work.resolve("unused").toString());
            // the first start migrates and creates the administrator; the second finds both done
            try (PackagedServer a = PackagedServer.start(env, work.resolve("a.log"))) {
                register(a);
                try (PackagedServer b = PackagedServer.start(env, work.resolve("b.log"))) {
                    record(a, b, perWorker, scratch.db());
                }
            }
        }
    }

    private static void register(PackagedServer a) throws Exception {
        assertThat(a.postJson("/api/sources", "{\"key\":\"twin\",\"publisher\":\"Test\",\"title\":\"Two instances\"}")
                .statusCode()).isEqualTo(201);
        for (String port : List.of("Twin loading port\",\"role\":\"LOADING", "Twin discharge port\",\"role\":\"DISCHARGE")) {
            assertThat(a.postJson("/api/ports", "{\"name\":\"" + port + "\",\"country\":\"RU\",\"latitude\":1,\"longitude\":1}")
                    .statusCode()).isEqualTo(201);
        }
        for (int t = 0; t < TANKERS; t++) {
            assertThat(a.postJson("/api/tankers", "{\"name\":\"Twin tanker " + t + "\",\"deadweightT\":3000}").statusCode())
                    .isEqualTo(201);
        }
    }

    private static void record(PackagedServer a, PackagedServer b, int perWorker, TestDatabase.Database db) throws Exception {
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        Map<String, Long> idByKey = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        ExecutorService load = Executors.newFixedThreadPool(2 * WORKERS + 2);
        List<Future<?>> tasks = new ArrayList<>();
        for (PackagedServer instance : List.of(a, b)) {
            for (int w = 0; w < WORKERS; w++) {
                int worker = w;
                // both instances send the same keys with the same bodies, at the same time
                tasks.add(load.submit(() -> {
                    for (int i = 0; i < perWorker; i++) {
                        String key = "twin-" + worker + "-" + i;
                        HttpResponse<String> answer = postUntilSettled(instance, key, event(worker, i));
                        if (answer.statusCode() == 201 || answer.statusCode() == 200) {
                            acknowledged.add(key);
                            long id = Long.parseLong(answer.body().replaceAll(".*\"id\":(\\d+).*", "$1"));
                            Long other = idByKey.putIfAbsent(key, id);
                            if (other != null && other != id) {
                                failures.add(key + " answered with two ids, " + other + " and " + id);
                            }
                        } else {
                            failures.add(key + ": " + answer.statusCode() + " " + answer.body());
                        }
                    }
                    return null;
                }));
            }
            String file = importFile(instance == a ? "twin-import-a" : "twin-import-b", 600);
            tasks.add(load.submit(() -> {
                HttpResponse<String> answer = instance.post("/api/events/import", "text/csv", file);
                if (answer.statusCode() != 200) {
                    failures.add("import: " + answer.statusCode() + " " + answer.body());
                }
                return null;
            }));
        }
        for (Future<?> f : tasks) {
            f.get(10, TimeUnit.MINUTES);
        }
        load.shutdownNow();
        assertThat(failures).as("no 5xx, no key answered twice with different events").isEmpty();
        assertThat(acknowledged).hasSize(WORKERS * perWorker);

        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
             ResultSet rs = c.createStatement().executeQuery(
                     "select count(*), count(distinct idempotency_key) from voyage_event where idempotency_key like 'twin-%'")) {
            rs.next();
            assertThat(rs.getInt(1)).as("every key stored once").isEqualTo(rs.getInt(2))
                    .isEqualTo(WORKERS * perWorker + 2 * 600);
        }
        List<String> before = voyages(a);
        assertThat(before).allSatisfy(page -> assertThat(page).contains("\"status\""));
        assertThat(a.post("/api/admin/rebuild", "application/json", "").statusCode()).isEqualTo(200);
        assertThat(voyages(b)).as("voyages derived by two instances at once equal one rebuild").isEqualTo(before);
    }

    /** A 409 says the same key is in flight on the other instance: try again, as a client would. */
    private static HttpResponse<String> postUntilSettled(PackagedServer instance, String key, String body) throws Exception {
        HttpResponse<String> answer = instance.post("/api/events", "application/json", body, "Idempotency-Key", key);
        for (int attempt = 0; answer.statusCode() == 409 && attempt < 50; attempt++) {
            Thread.sleep(20);
            answer = instance.post("/api/events", "application/json", body, "Idempotency-Key", key);
        }
        return answer;
    }

    private static List<String> voyages(PackagedServer server) throws Exception {
        List<String> pages = new ArrayList<>();
        for (int t = 0; t < TANKERS; t++) {
            pages.add(server.get("/api/voyages?limit=1000&tanker=Twin%20tanker%20" + t).body());
        }
        return pages;
    }

    /** Loading, a sighting at sea and a discharge by turns, on every tanker. */
    private static String event(int worker, int i) {
        String at = Instant.parse("2022-01-01T00:00:00Z").plusSeconds(3_600L * (WORKERS * i + worker)).toString();
        String[] shapes = {"\"LOADING\",\"port\":\"Twin loading port\"", "\"SIGHTING\"", "\"DISCHARGE\",\"port\":\"Twin discharge port\""};
        return "{\"tanker\":\"Twin tanker " + (i % TANKERS) + "\",\"type\":" + shapes[(i + worker) % 3]
                + ",\"occurredAt\":\"" + at + "\",\"evidenceType\":\"AIS\",\"confidence\":2,\"source\":\"twin\"}";
    }

    private static String importFile(String prefix, int rows) {
        StringBuilder csv = new StringBuilder("tanker,type,occurredAt,port,evidenceType,confidence,source,idempotencyKey\n");
        Instant base = Instant.parse(prefix.endsWith("a") ? "2023-01-01T00:00:00Z" : "2023-01-01T00:30:00Z");
        for (int i = 0; i < rows; i++) {
            String type = i % 3 == 0 ? "LOADING,%s,Twin loading port" : i % 3 == 1 ? "SIGHTING,%s," : "DISCHARGE,%s,Twin discharge port";
            csv.append("Twin tanker ").append(i % TANKERS).append(',')
                    .append(String.format(type, base.plusSeconds(3_600L * i)))
                    .append(",AIS,2,twin,").append(prefix).append('-').append(i).append('\n');
        }
        return csv.toString();
    }
}
