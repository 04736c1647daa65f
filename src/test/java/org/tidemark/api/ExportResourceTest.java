package org.tidemark.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import javax.xml.parsers.DocumentBuilderFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import org.tidemark.Fixtures;

/**
 * The exports over HTTP, each parsed with a real parser and checked for content: CSV (Jackson CSV) round-trips
 * through the import into a fresh registry with the same timeline, voyages and totals; GeoJSON coordinates are
 * [longitude, latitude] where the registry says; KML (namespace-aware DOM) has a TimeSpan per voyage; TimelineJS
 * groups slides by tanker.
 */
@QuarkusTest
@TestSecurity(user = "test-analyst", roles = {"viewer", "analyst"})
class ExportResourceTest {

    private static final String FORMULA_TANKER = "=HYPERLINK(\"http://x\",\"y\")";
    private static final String KML = "http://www.opengis.net/kml/2.2";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final CsvMapper CSV = new CsvMapper();

    private Fixtures f;
    private String tanker;

    @BeforeEach
    void events() {
        f = Fixtures.create();
        tanker = FORMULA_TANKER + " " + f.tankerId;
        Fixtures.post("/api/tankers", Map.of("name", tanker, "deadweightT", 3003, "flag", "KP"));
        recordTrips(f, tanker, "a-" + f.tankerId);
    }

    /** Three voyages (complete, inferred, in progress), a positioned sighting at sea, a retracted sighting. */
    private static void recordTrips(Fixtures f, String tanker, String keys) {
        Map<String, Object> load = on(tanker, f.event("LOADING", "2024-03-07", f.loadingPort));
        load.put("reportedVolume", 20000);
        load.put("reportedVolumeUnit", "BARREL");
        load.put("notes", "=SUM(A1:A9) from the notice");
        given().contentType(ContentType.JSON).header("Idempotency-Key", keys + "-load-1").body(load)
                .post("/api/events").then().statusCode(201);
        Map<String, Object> sighting = on(tanker, f.event("SIGHTING", "2024-03-08", null));
        sighting.remove("occurredAt");
        sighting.put("occurredFrom", "2024-03-08T03:00:00Z");
        sighting.put("occurredTo", "2024-03-08T14:00:00Z");
        sighting.put("latitude", 41.9);
        sighting.put("longitude", 131.5);
        sighting.put("positionSource", "SATELLITE_IMAGE");
        sighting.put("notes", "-12 knots, +3 \"quoted\", a line\nbreak, @here");
        Fixtures.post("/api/events", sighting);
        Fixtures.post("/api/events", on(tanker, f.event("ARRIVAL", "2024-03-10T05:00:00Z", f.dischargePort)));
        Map<String, Object> second = on(tanker, f.event("LOADING", "2024-04-01T06:30:00Z", f.loadingPort));
        second.put("precision", "HOUR");
        Fixtures.post("/api/events", second);
        Map<String, Object> third = on(tanker, f.event("LOADING", "2024-04-20", f.loadingPort));
        third.put("precision", "WEEK");
        Fixtures.post("/api/events", third);
        Map<String, Object> wrong = on(tanker, f.event("SIGHTING", "2024-03-20", f.loadingPort));
        wrong.put("latitude", 42.7);
        wrong.put("longitude", 133.0);
        wrong.put("positionSource", "PORT");
        long wrongId = Fixtures.post("/api/events", wrong).jsonPath().getLong("id");
        Fixtures.post("/api/events/" + wrongId + "/retraction", Map.of("reason", "a different hull"));
    }

    private static Map<String, Object> on(String tanker, Map<String, Object> event) {
        Map<String, Object> body = new HashMap<>(event);
        body.put("tanker", tanker);
        return body;
    }

    @Test
    void theEventCsvIsInertInASpreadsheetAndRoundTripsIntoAFreshRegistry() throws IOException {
        Response export = given().queryParam("tanker", tanker).queryParam("from", "2024-03-01")
                .queryParam("to", "2024-06-30").queryParam("retracted", "false").get("/api/export/events.csv");
        export.then().statusCode(200);
        assertThat(export.contentType()).startsWith("text/csv");
        assertThat(export.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"tidemark-events-2024-03-01_2024-06-30.csv\"");
        String csv = export.asString();
        assertThat(csv).contains("\r\n");
        List<Map<String, String>> rows = rows(csv);
        assertThat(rows).hasSize(5);
        assertThat(rows).allSatisfy(r -> assertThat(r.get("tanker")).isEqualTo("'" + tanker));
        assertThat(rows).extracting(r -> r.get("type"))
                .containsExactly("LOADING", "SIGHTING", "ARRIVAL", "LOADING", "LOADING");
        assertThat(rows.get(0).get("notes")).isEqualTo("'=SUM(A1:A9) from the notice");
        assertThat(rows.get(0).get("occurredAt")).isEqualTo("2024-03-07");
        assertThat(rows.get(0).get("reportedVolume")).isEqualTo("20000");
        Map<String, String> sighting = rows.get(1);
        assertThat(sighting.get("notes")).isEqualTo("'-12 knots, +3 \"quoted\", a line\nbreak, @here");
        assertThat(sighting.get("occurredAt")).isEmpty();
        assertThat(sighting.get("occurredFrom")).isEqualTo("2024-03-08T03:00:00Z");
        assertThat(sighting.get("precision")).isEqualTo("WINDOW");
        assertThat(sighting.get("latitude")).isEqualTo("41.9");
        assertThat(sighting.get("longitude")).isEqualTo("131.5");
        assertThat(sighting.get("positionSource")).isEqualTo("SATELLITE_IMAGE");
        assertThat(rows.get(3).get("occurredAt")).isEqualTo("2024-04-01T06:00:00Z");
        assertThat(rows.get(3).get("precision")).isEqualTo("HOUR");
        assertThat(rows).allSatisfy(r -> assertThat(r.get("sourceTitle")).startsWith("Test source"));

        // A fresh registry: the same particulars under other names (the tanker's still a formula).
        Fixtures g = Fixtures.create();
        String copy = tanker + " copy";
        Fixtures.post("/api/tankers", Map.of("name", copy, "deadweightT", 3003, "flag", "KP"));
        Map<String, String> renames = Map.of("'" + tanker, "'" + copy, f.loadingPort, g.loadingPort,
                f.dischargePort, g.dischargePort, f.source, g.source);
        String again = write(csv, rows, row -> {
            Map<String, String> moved = new LinkedHashMap<>(row);
            for (String column : List.of("tanker", "port", "source")) {
                moved.put(column, renames.getOrDefault(row.get(column), row.get(column)));
            }
            if (!row.get("idempotencyKey").isEmpty()) {
                moved.put("idempotencyKey", "copy-" + row.get("idempotencyKey"));
            }
            return moved;
        });
        given().contentType("text/csv").body(again).post("/api/events/import").then().statusCode(200)
                .body("eventsAdded", org.hamcrest.Matchers.equalTo(5));

        List<Map<String, String>> reimported = rows(given().queryParam("tanker", copy).queryParam("from", "2024-03-01")
                .queryParam("to", "2024-06-30").get("/api/export/events.csv").then().statusCode(200).extract().asString());
        List<String> event = List.of("type", "occurredAt", "precision", "occurredFrom", "occurredTo", "latitude",
                "longitude", "positionSource", "ladenState", "observedDraftM", "reportedVolume", "reportedVolumeUnit",
                "product", "evidenceType", "confidence", "notes", "illustrative", "counterpart", "stsDirection",
                "retracted");
        assertThat(project(reimported, event)).isEqualTo(project(rows, event));
        assertThat(reimported).allSatisfy(r -> assertThat(r.get("tanker")).isEqualTo("'" + copy));

        // The same voyages and totals.
        List<String> voyage = List.of("status", "loadingFrom", "loadingTo", "dischargeFrom", "dischargeTo", "lowBbl",
                "centralBbl", "highBbl", "lowT", "centralT", "highT", "estimateMethod", "confidence",
                "designatedAtTheTime", "illustrative", "includesIllustrative");
        List<Map<String, String>> before = rows(given().queryParam("tanker", tanker).get("/api/export/voyages.csv")
                .then().statusCode(200).extract().asString());
        List<Map<String, String>> after = rows(given().queryParam("tanker", copy).get("/api/export/voyages.csv")
                .then().statusCode(200).extract().asString());
        assertThat(before).extracting(r -> r.get("status")).containsExactly("COMPLETE", "INFERRED", "IN_PROGRESS");
        assertThat(project(after, voyage)).isEqualTo(project(before, voyage));
        assertThat(after).extracting(r -> r.get("loadPort")).containsOnly(g.loadingPort);
        assertThat(volume(copy)).isEqualTo(volume(tanker));
        assertThat(timeline(copy)).isEqualTo(timeline(tanker));

        // And the name comes back unchanged through the import.
        given().queryParam("tanker", copy).get("/api/timeline").then().statusCode(200)
                .body("entries.tanker.name", hasItem(copy));
    }

    @Test
    void aFullExportFlagsTheRetractedEventWithItsReason() throws IOException {
        List<Map<String, String>> rows = rows(given().queryParam("tanker", tanker).get("/api/export/events.csv")
                .then().statusCode(200).extract().asString());
        assertThat(rows).hasSize(6).noneMatch(r -> r.get("type").equals("RETRACTION"));
        Map<String, String> retracted = rows.stream().filter(r -> r.get("retracted").equals("true")).findFirst().orElseThrow();
        assertThat(retracted.get("retractionReason")).isEqualTo("a different hull");
        assertThat(retracted.get("retractedByEventId")).matches("\\d+");
    }

    @Test
    void theGeoJsonPutsPortsWhereTheRegistrySaysLongitudeFirst() throws IOException {
        Response export = given().queryParam("tanker", tanker).get("/api/export/map.geojson");
        export.then().statusCode(200);
        assertThat(export.contentType()).startsWith("application/geo+json");
        assertThat(export.header("Content-Disposition")).startsWith("attachment; filename=\"tidemark-map-start_")
                .endsWith(".geojson\"");
        JsonNode map = JSON.readTree(export.asByteArray());
        assertThat(map.path("type").asText()).isEqualTo("FeatureCollection");
        List<JsonNode> features = new ArrayList<>();
        map.path("features").forEach(features::add);
        for (JsonNode feature : features) {
            for (JsonNode position : positions(feature.path("geometry"))) {
                assertThat(position.get(0).asDouble()).as("longitude").isBetween(-180.0, 180.0);
                assertThat(position.get(1).asDouble()).as("latitude").isBetween(-90.0, 90.0);
            }
        }
        Map<String, JsonNode> ports = new HashMap<>();
        features.stream().filter(x -> x.path("properties").path("kind").asText().equals("port"))
                .forEach(p -> ports.put(p.path("properties").path("name").asText(), p.path("geometry").path("coordinates")));
        assertThat(ports).containsOnlyKeys(f.loadingPort, f.dischargePort);
        for (Map.Entry<String, JsonNode> port : ports.entrySet()) {
            JsonNode registered = given().get("/api/ports").then().statusCode(200).extract().as(JsonNode.class);
            JsonNode match = null;
            for (JsonNode p : registered) {
                if (p.path("name").asText().equals(port.getKey())) {
                    match = p;
                }
            }
            assertThat(match).as(port.getKey()).isNotNull();
            assertThat(port.getValue().get(0).asDouble()).isEqualTo(match.path("longitude").asDouble());
            assertThat(port.getValue().get(1).asDouble()).isEqualTo(match.path("latitude").asDouble());
        }
        JsonNode sighting = features.stream().filter(x -> x.path("properties").path("positionSource").asText()
                .equals("SATELLITE_IMAGE")).findFirst().orElseThrow();
        assertThat(sighting.path("geometry").path("coordinates").toString()).isEqualTo("[131.5,41.9]");
        JsonNode arrival = features.stream().filter(x -> x.path("properties").path("type").asText().equals("ARRIVAL"))
                .findFirst().orElseThrow();
        assertThat(arrival.path("properties").path("positionSource").asText()).isEqualTo("PORT");
        assertThat(arrival.path("geometry").path("coordinates")).isEqualTo(ports.get(f.dischargePort));
        JsonNode complete = features.stream().filter(x -> x.path("properties").path("status").asText().equals("COMPLETE"))
                .findFirst().orElseThrow();
        assertThat(complete.path("geometry").path("type").asText()).isEqualTo("LineString");
        assertThat(complete.path("geometry").path("coordinates").toString()).isEqualTo(
                "[" + ports.get(f.loadingPort) + ",[131.5,41.9]," + ports.get(f.dischargePort) + "]");
        assertThat(complete.path("properties").path("band").path("central").asDouble()).isPositive();
        assertThat(complete.path("properties").path("sources").get(0).path("key").asText()).isEqualTo(f.source);
    }

    @Test
    void theKmlHasAFolderForTheTankerAndATimeSpanForEachVoyage() throws Exception {
        Response export = given().queryParam("tanker", tanker).get("/api/export/map.kml");
        export.then().statusCode(200);
        assertThat(export.contentType()).startsWith("application/vnd.google-earth.kml+xml");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document kml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(export.asByteArray()));
        assertThat(kml.getDocumentElement().getNamespaceURI()).isEqualTo(KML);
        NodeList folders = kml.getElementsByTagNameNS(KML, "Folder");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < folders.getLength(); i++) {
            names.add(child((Element) folders.item(i), "name").getTextContent());
        }
        assertThat(names).containsExactly(tanker, "Ports");
        NodeList placemarks = kml.getElementsByTagNameNS(KML, "Placemark");
        int voyages = 0;
        for (int i = 0; i < placemarks.getLength(); i++) {
            Element placemark = (Element) placemarks.item(i);
            if (placemark.getAttribute("id").startsWith("voyage-")) {
                voyages++;
                Element span = child(placemark, "TimeSpan");
                assertThat(span).as(placemark.getAttribute("id")).isNotNull();
                assertThat(child(span, "begin").getTextContent()).startsWith("2024-");
                assertThat(child(placemark, "styleUrl").getTextContent()).startsWith("#voyage-");
                assertThat(child(placemark, "description").getTextContent()).contains("Sources: Test publisher, Test source");
            }
        }
        assertThat(voyages).isEqualTo(3);
    }

    @Test
    void theTimelineJsGroupsVoyagesByTankerWithUtcDates() throws IOException {
        Response export = given().queryParam("tanker", tanker).get("/api/export/timelinejs.json");
        export.then().statusCode(200);
        JsonNode timeline = JSON.readTree(export.asByteArray());
        JsonNode events = timeline.path("events");
        assertThat(events).hasSize(3);
        for (JsonNode slide : events) {
            assertThat(slide.path("start_date").path("year").asInt()).isEqualTo(2024);
            assertThat(slide.path("group").asText()).isEqualTo(tanker);
            assertThat(slide.path("text").path("text").asText()).contains("Cargo estimate").contains("Sources: Test publisher");
            assertThat(slide.path("credit").asText()).isEqualTo("Test publisher");
        }
        assertThat(events.get(0).path("start_date").path("display_date").asText()).contains("7 Mar 2024");
        assertThat(events.get(0).path("text").path("headline").asText()).contains("&quot;http://x&quot;");
        assertThat(timeline.path("eras").get(0).path("start_date").path("year").asInt()).isEqualTo(2024);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/api/export/events.csv|from|2024-13-01|from",
            "/api/export/voyages.csv|tanker|No Such Tanker Anywhere|tanker",
            "/api/export/map.geojson|minConfidence|5|minConfidence",
            "/api/export/map.kml|illustrative|sometimes|illustrative",
            "/api/export/timelinejs.json|port|Atlantis|port"})
    void badArgumentsAreProblemsNamingTheParameter(String path, String name, String value, String field) {
        given().queryParam(name, value).get(path).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem(field));
    }

    private static List<Map<String, String>> rows(String csv) throws IOException {
        try (MappingIterator<Map<String, String>> it = CSV.readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
            return it.readAll();
        }
    }

    /** The rows written back with Jackson's CSV writer, in the export's column order. */
    private static String write(String exported, List<Map<String, String>> rows, UnaryOperator<Map<String, String>> change)
            throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder();
        for (String column : exported.substring(0, exported.indexOf('\r')).split(",")) {
            schema.addColumn(column);
        }
        List<Map<String, String>> changed = rows.stream().map(change).toList();
        return CSV.writer(schema.build().withHeader()).writeValueAsString(changed);
    }

    private static List<List<String>> project(List<Map<String, String>> rows, List<String> columns) {
        return rows.stream().map(r -> columns.stream().map(r::get).toList()).toList();
    }

    private static String volume(String tanker) {
        return given().queryParam("tanker", tanker).queryParam("from", "2024-01-01").queryParam("to", "2024-12-31")
                .queryParam("interval", "month").get("/api/series/volume").then().statusCode(200)
                .extract().jsonPath().getList("points").toString();
    }

    /**
     * The timeline's entries without ids or names: kind, time, event type or voyage status. RETRACTION events are
     * left out: a re-import (of an export with retracted=false) carries no retractions, only the live events.
     */
    private static List<String> timeline(String tanker) {
        var page = given().queryParam("tanker", tanker).queryParam("retracted", "false").queryParam("limit", 1000)
                .get("/api/timeline").then().statusCode(200).extract().jsonPath();
        List<String> entries = new ArrayList<>();
        for (int i = 0; i < page.getList("entries").size(); i++) {
            String entry = "entries[" + i + "].";
            if (!"RETRACTION".equals(page.getString(entry + "event.type"))) {
                entries.add(page.getString(entry + "kind") + " " + page.getString(entry + "at") + " "
                        + page.getString(entry + "event.type") + " " + page.getString(entry + "voyage.status"));
            }
        }
        return entries;
    }

    private static List<JsonNode> positions(JsonNode geometry) {
        List<JsonNode> positions = new ArrayList<>();
        if (geometry.path("type").asText().equals("Point")) {
            positions.add(geometry.path("coordinates"));
        } else if (geometry.path("type").asText().equals("LineString")) {
            geometry.path("coordinates").forEach(positions::add);
        }
        return positions;
    }

    private static Element child(Element parent, String name) {
        NodeList children = parent.getElementsByTagNameNS(KML, name);
        return children.getLength() == 0 ? null : (Element) children.item(0);
    }
}
