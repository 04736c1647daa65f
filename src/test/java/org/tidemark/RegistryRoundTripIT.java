package org.tidemark;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole installation moved through its own files (docs/EXPORTS.md, "Round trip"): the packaged jar on a database
 * with the bundled 2024 scenario exports its registry bundle and its events CSV; a second jar on an EMPTY database
 * imports both; the two then serve the same timeline, voyages, series, cap status and registry, ids aside.
 */
class RegistryRoundTripIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** What each installation assigns itself: ids, authorship, the moment of export, page cursors. */
    private static final Set<String> LOCAL = Set.of("id", "eventId", "eventIds", "voyageId", "tankerId", "portId",
            "sourceId", "counterpartTankerId", "retractsEventId", "recordedAt", "recordedBy", "createdAt",
            "exportedAt", "nextCursor", "crossedByVoyage");
    /** What the two installations are compared on: every figure the API serves for the scenario's year. */
    private static final List<String> VIEWS = List.of(
            "/api/timeline?from=2024-01-01&to=2024-12-31&limit=1000",
            "/api/voyages?from=2024-01-01&to=2024-12-31&limit=1000",
            "/api/series/volume?from=2024-01-01&to=2024-12-31&interval=month&cumulative=true&cap=unscr-2397-refined",
            "/api/series/trips?from=2024-01-01&to=2024-12-31&interval=month&split=dischargePort",
            "/api/caps/unscr-2397-refined/status?year=2024",
            "/api/claims");

    @TempDir
    Path work;

    @Test
    void theRegistryBundleAndTheEventsCsvRebuildTheSameInstallationInAnEmptyDatabase() throws Exception {
        Map<String, JsonNode> before = new HashMap<>();
        String bundle;
        String events;
        try (TestDatabase.Scratch a = TestDatabase.scratch()) {
            Map<String, String> env = new HashMap<>(a.environment());
            env.put("TIDEMARK_DATA_DIR", work.resolve("unused-a").toString());
            try (PackagedServer server = PackagedServer.start(env, work.resolve("a.log"))) {
                bundle = ok(server.get("/api/export/registry"));
                events = ok(server.get("/api/export/events.csv?retracted=false"));
                for (String view : VIEWS) {
                    before.put(view, local(ok(server.get(view))));
                }
            }
        }
        JsonNode exported = JSON.readTree(bundle);
        assertThat(exported.get("tankers").size()).as("the scenario's tankers").isGreaterThan(10);
        assertThat(exported.get("claims").size()).as("the scenario's claims").isGreaterThanOrEqualTo(4);
        assertThat(before.get(VIEWS.get(1)).get("entries").size()).as("the scenario's voyages").isGreaterThanOrEqualTo(43);

        try (TestDatabase.Scratch b = TestDatabase.scratch()) {
            Map<String, String> env = new HashMap<>(b.environment());
            env.put("TIDEMARK_SCENARIO_LOAD_ON_FIRST_START", "false");
            env.put("TIDEMARK_DATA_DIR", work.resolve("unused-b").toString());
            try (PackagedServer server = PackagedServer.start(env, work.resolve("b.log"))) {
                assertThat(JSON.readTree(ok(server.get("/api/tankers"))).size()).as("an empty database").isZero();
                JsonNode registered = JSON.readTree(ok(server.postJson("/api/import/registry", bundle)));
                assertThat(registered.get("tankers").asInt()).isEqualTo(exported.get("tankers").size());
                ok(server.post("/api/events/import", "text/csv", events));

                for (String view : VIEWS) {
                    assertThat(local(ok(server.get(view)))).as(view).isEqualTo(before.get(view));
                }
                assertThat(local(ok(server.get("/api/export/registry")))).as("the registry")
                        .isEqualTo(local(bundle));
                assertThat(ok(server.get("/api/export/events.csv?retracted=false")).lines().count())
                        .as("the events").isEqualTo(events.lines().count());

                // A second import of the same bundle is refused whole, naming the first item already there.
                HttpResponse<String> again = server.postJson("/api/import/registry", bundle);
                assertThat(again.statusCode()).isEqualTo(409);
                assertThat(JSON.readTree(again.body()).at("/errors/0/field").asText()).startsWith("sources[0]");
            }
        }
    }

    private static String ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.uri() + ": " + response.body()).isEqualTo(200);
        return response.body();
    }

    /** The JSON without what each installation assigns itself. */
    private static JsonNode local(String json) throws Exception {
        JsonNode node = JSON.readTree(json);
        strip(node);
        return node;
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            LOCAL.forEach(object::remove);
            object.properties().forEach(e -> strip(e.getValue()));
        } else if (node.isArray()) {
            node.forEach(RegistryRoundTripIT::strip);
        }
    }
}
