package org.tidemark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
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
 * kill -9 of the packaged jar on its embedded PostgreSQL while single events and bulk imports are
 * being recorded, {@code -Dtidemark.crash.rounds} times (2 in every build, 50 with -Preliability):
 * after each restart, with no hand: every acknowledged event is there, every import is there whole
 * or not at all, and the stored voyages equal a rebuild from the events.
 */
class CrashIT {

    @TempDir
    Path work;

    @Test
    void killNineDuringImportsAndSinglePostsLosesNothingAcknowledgedAndHalfAppliesNothing() throws Exception {
        int rounds = Integer.getInteger("tidemark.crash.rounds", 2);
        Random random = new Random(13);
        Path dataDir = work.resolve("data");
        Map<String, String> env = Map.of("TIDEMARK_DATA_DIR", dataDir.toString(), "TIDEMARK_SCENARIO_LOAD_ON_FIRST_START", "false");
        Path log = work.resolve("crash.log");
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        Set<String> verified = new java.util.HashSet<>();
        List<String> imports = new ArrayList<>();
        long restartMillisMax = 0;
        int wholeImports = 0;
        int absentImports = 0;

        try (PackagedServer setup = PackagedServer.start(env, log)) {
            assertThat(setup.postJson("/api/sources", "{\"key\":\"crash-test\",\"publisher\":\"Test\",\"title\":\"Crash\"}").statusCode()).isEqualTo(201);
            for (String port : List.of("Crash loading port\",\"role\":\"LOADING", "Crash discharge port\",\"role\":\"DISCHARGE")) {
                assertThat(setup.postJson("/api/ports", "{\"name\":\"" + port + "\",\"country\":\"RU\",\"latitude\":1,\"longitude\":1}")
                        .statusCode()).isEqualTo(201);
            }
            for (int t = 0; t < 4; t++) {
                assertThat(setup.postJson("/api/tankers", "{\"name\":\"Crash tanker " + t + "\",\"deadweightT\":3000}").statusCode())
                        .isEqualTo(201);
            }
        }

        for (int round = 0; round < rounds; round++) {
            long start = System.nanoTime();
            PackagedServer server = PackagedServer.start(env, log);
            restartMillisMax = Math.max(restartMillisMax, (System.nanoTime() - start) / 1_000_000);
            int[] outcome = verify(server, unverified(acknowledged, verified), imports.subList(Math.max(0, imports.size() - 1), imports.size()));
            wholeImports += outcome[0];
            absentImports += outcome[1];
            verified.addAll(acknowledged);
            ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
            ExecutorService load = Executors.newFixedThreadPool(5);
            List<Future<?>> tasks = new ArrayList<>();
            int r = round;
            for (int w = 0; w < 4; w++) {
                int worker = w;
                tasks.add(load.submit(() -> {
                    for (int i = 0; ; i++) {
                        String key = "crash-" + r + "-" + worker + "-" + i;
                        try {
                            HttpResponse<String> answer = server.post("/api/events", "application/json", event(key, worker, i), "Idempotency-Key", key);
                            if (answer.statusCode() == 201 || answer.statusCode() == 200) {
                                acknowledged.add(key);
                            } else if (answer.statusCode() >= 500) {
                                failures.add(answer.statusCode() + " " + answer.body());
                            }
                        } catch (IOException killed) {
                            return null;
                        }
                    }
                }));
            }
            String importKey = "crash-import-" + round;
            String csv = importFile(importKey, 2_000 + random.nextInt(8_000));
            imports.add(importKey);
            tasks.add(load.submit(() -> {
                try {
                    server.post("/api/events/import", "text/csv", csv);
                } catch (IOException killed) {
                    // whether it committed is what the next start checks
                }
                return null;
            }));
            Thread.sleep(500 + random.nextInt(3_000));
            server.kill();
            for (Future<?> f : tasks) {
                f.get(60, TimeUnit.SECONDS);
            }
            load.shutdownNow();
            assertThat(failures).as("round " + round + ": no 5xx before the kill; see " + log).isEmpty();
        }

        try (PackagedServer last = PackagedServer.start(env, log)) {
            int[] outcome = verify(last, unverified(acknowledged, verified), imports.subList(imports.size() - 1, imports.size()));
            wholeImports += outcome[0];
            absentImports += outcome[1];
            // and once more everything, long after it was acknowledged
            verify(last, acknowledged, imports);
        }
        System.out.println("[reliability] crash.rounds = " + rounds + ", crash.acknowledgedEvents = " + acknowledged.size()
                + ", crash.importsWhole = " + wholeImports + ", crash.importsAbsent = " + absentImports
                + ", crash.slowestRestartMillis = " + restartMillisMax);
    }

    private static Set<String> unverified(Set<String> acknowledged, Set<String> verified) {
        Set<String> fresh = new java.util.HashSet<>(acknowledged);
        fresh.removeAll(verified);
        return fresh;
    }

    /** Checks the invariants on a freshly started server; returns {imports present whole, imports absent}. */
    private static int[] verify(PackagedServer server, Set<String> acknowledged, List<String> imports) throws Exception {
        for (String key : acknowledged) {
            String[] parts = key.split("-");
            HttpResponse<String> retry = server.post("/api/events", "application/json",
                    event(key, Integer.parseInt(parts[2]), Integer.parseInt(parts[3])), "Idempotency-Key", key);
            assertThat(retry.statusCode()).as("acknowledged " + key + " is stored: " + retry.body()).isEqualTo(200);
        }
        int whole = 0;
        int absent = 0;
        for (String importKey : imports) {
            String csv = importFile(importKey, rowsOf(importKey));
            HttpResponse<String> dryRun = server.post("/api/events/import?dryRun=true", "text/csv", csv);
            assertThat(dryRun.statusCode()).as(dryRun.body()).isEqualTo(200);
            int rows = rowsOf(importKey);
            if (dryRun.body().contains("\"duplicatesSkipped\":" + rows)) {
                whole++;
            } else {
                assertThat(dryRun.body()).as(importKey + " is all there or not at all").contains("\"eventsAdded\":" + rows);
                absent++;
            }
        }
        String voyages = server.get("/api/voyages?limit=1000&tanker=Crash%20tanker%200").body();
        assertThat(server.post("/api/admin/rebuild", "application/json", "").statusCode()).isEqualTo(200);
        assertThat(server.get("/api/voyages?limit=1000&tanker=Crash%20tanker%200").body())
                .as("stored voyages equal a rebuild").isEqualTo(voyages);
        return new int[] {whole, absent};
    }

    private static final Map<String, Integer> ROWS = new ConcurrentHashMap<>();

    private static int rowsOf(String importKey) {
        return ROWS.get(importKey);
    }

    private static String importFile(String importKey, int rows) {
        ROWS.put(importKey, rows);
        StringBuilder csv = new StringBuilder("tanker,type,occurredAt,port,evidenceType,confidence,source,idempotencyKey\n");
        Instant base = Instant.parse("2020-01-01T00:00:00Z").plusSeconds(86_400L * 400 * importKey.hashCode() % 3);
        for (int i = 0; i < rows; i++) {
            String type = i % 3 == 0 ? "LOADING,%s,Crash loading port" : i % 3 == 1 ? "SIGHTING,%s," : "DISCHARGE,%s,Crash discharge port";
            csv.append("Crash tanker ").append(i % 4).append(',')
                    .append(String.format(type, base.plusSeconds(3_600L * i)))
                    .append(",AIS,2,crash-test,").append(importKey).append('-').append(i).append('\n');
        }
        return csv.toString();
    }

    private static String event(String key, int worker, int i) {
        String at = Instant.parse("2021-01-01T00:00:00Z").plusSeconds(60L * i + worker).toString();
        return "{\"tanker\":\"Crash tanker " + worker + "\",\"type\":\"SIGHTING\",\"occurredAt\":\"" + at
                + "\",\"evidenceType\":\"AIS\",\"confidence\":2,\"source\":\"crash-test\",\"notes\":\"" + key + "\"}";
    }
}
