package org.tidemark.publication;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.tidemark.Fixtures;
import org.tidemark.Trips;

/**
 * Publishing freezes a brief: its HTML and PDF stay byte for byte as published while the data moves, and
 * {@code changes} lists exactly what moved — here a retraction (with reason and author), the voyage it
 * replaced, a capacity amendment and the new totals.
 */
@QuarkusTest
@TestSecurity(user = "test-analyst", roles = {"viewer", "analyst"})
class PublishedBriefTest {

    private static final String MERGE_PATCH = "application/merge-patch+json";
    private static final String REASON = "Tidemark-Change-Reason";

    @Inject
    DataSource dataSource;

    private Fixtures f;
    private String tanker;
    private long firstLoading;
    private String filter;

    /** A tanker with a 2,000 t capacity and two trips, March and April 2024; the filter is its spring. */
    private void twoTrips() {
        f = Fixtures.create();
        tanker = Trips.tanker(f, "Published", Map.of("cargoCapacityT", 2000, "flag", "KP"));
        firstLoading = Trips.trip(f, tanker, "2024-03-10", f.dischargePort, Map.of());
        Trips.trip(f, tanker, "2024-04-10", f.dischargePort, Map.of());
        filter = "tanker=" + tanker + "&from=2024-03-01&to=2024-05-01";
    }

    @Test
    void aPublishedBriefStaysAsPublishedAndItsChangesListExactlyWhatMoved() throws IOException {
        twoTrips();
        JsonPath published = publish(filter);
        String id = published.getString("id");
        List<String> voyagesThen = voyageIds();
        assertThat(voyagesThen).hasSize(2);
        byte[] html = given().get("/api/briefs/" + id + "/html").then().statusCode(200)
                .header("ETag", "\"" + published.getString("htmlSha256") + "\"").extract().asByteArray();
        byte[] pdf = given().get("/api/briefs/" + id + "/pdf").then().statusCode(200).contentType("application/pdf")
                .extract().asByteArray();
        assertThat(Publications.sha256(html)).isEqualTo(published.getString("htmlSha256"));
        assertThat(Publications.sha256(pdf)).isEqualTo(published.getString("pdfSha256"));
        assertThat(new String(html, java.nio.charset.StandardCharsets.UTF_8))
                .contains("Published by test-analyst").contains("/briefs/" + id)
                .contains("Tidemark counts at least 2 laden trips");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", " "))
                    .contains("/briefs/" + id).contains("at least 2 laden trips");
        }
        JsonPath unchanged = changes(id);
        assertThat(unchanged.getBoolean("changed")).as("nothing moved yet").isFalse();
        assertThat(unchanged.getList("voyages")).isEmpty();
        assertThat(unchanged.getDouble("totals.centralBbl.change")).isZero();
        double centralThen = unchanged.getDouble("totals.centralBbl.published");

        given().contentType(ContentType.JSON).body(Map.of("reason", "the image shows another hull"))
                .post("/api/events/" + firstLoading + "/retraction").then().statusCode(201);
        given().contentType(MERGE_PATCH).header(REASON, "the builder's plan gives 2,600 t")
                .body(Map.of("cargoCapacityT", 2600)).patch("/api/tankers/" + tankerId()).then().statusCode(200);

        assertThat(given().get("/api/briefs/" + id + "/html").then().statusCode(200).extract().asByteArray())
                .as("the published HTML, byte for byte").isEqualTo(html);
        assertThat(given().get("/api/briefs/" + id + "/pdf").then().statusCode(200).extract().asByteArray())
                .as("the published PDF, byte for byte").isEqualTo(pdf);

        JsonPath changes = changes(id);
        assertThat(changes.getBoolean("changed")).isTrue();
        assertThat(changes.getList("eventsRetracted.eventId", Long.class)).containsExactly(firstLoading);
        assertThat(changes.getString("eventsRetracted[0].reason")).isEqualTo("the image shows another hull");
        assertThat(changes.getString("eventsRetracted[0].by")).isEqualTo("test-analyst");
        assertThat(changes.getList("eventsAdded")).isEmpty();
        assertThat(changes.getList("eventsNoLongerMatching")).isEmpty();

        List<String> voyagesNow = voyageIds();
        String replaced = voyagesThen.stream().filter(v -> !voyagesNow.contains(v)).findFirst().orElseThrow();
        String successor = voyagesNow.stream().filter(v -> !voyagesThen.contains(v)).findFirst().orElseThrow();
        String kept = voyagesThen.stream().filter(voyagesNow::contains).findFirst().orElseThrow();
        assertThat(changes.getList("voyages.change", String.class)).containsExactlyInAnyOrder("REPLACED", "AMENDED");
        Map<String, Object> replacement = changes.getMap("voyages.find { it.change == 'REPLACED' }");
        assertThat(replacement).containsEntry("publishedId", replaced).containsEntry("currentId", successor);
        assertThat(changes.getString("voyages.find { it.change == 'AMENDED' }.currentId")).isEqualTo(kept);
        assertThat(changes.getDouble("voyages.find { it.change == 'AMENDED' }.now.barrels.central"))
                .isGreaterThan(changes.getDouble("voyages.find { it.change == 'AMENDED' }.published.barrels.central"));

        assertThat(changes.getList("amendments.change.action", String.class)).containsExactly("AMENDED");
        assertThat(changes.getList("amendments[0].change.changed", String.class)).contains("cargoCapacityT");
        assertThat(changes.getString("amendments[0].change.reason")).isEqualTo("the builder's plan gives 2,600 t");
        assertThat(changes.getBoolean("amendments[0].movedNumbers")).isTrue();

        JsonPath series = given().get("/api/series/volume?" + filter).then().statusCode(200).extract().jsonPath();
        assertThat(changes.getDouble("totals.centralBbl.now")).isEqualTo(series.getDouble("total.central"));
        assertThat(changes.getDouble("totals.centralBbl.published")).isEqualTo(centralThen);
        assertThat(changes.getDouble("totals.centralBbl.change"))
                .isEqualTo(series.getDouble("total.central") - centralThen);
        assertThat(changes.getLong("totals.trips.now")).isEqualTo(series.getLong("voyages"));
    }

    @Test
    void aPublishedBriefIsListedAndItsRowCannotBeEditedOrDeleted() throws Exception {
        twoTrips();
        String id = publish(filter + "&paper=letter").getString("id");
        given().get("/api/briefs").then().statusCode(200).body("find { it.id == '" + id + "' }.paper", equalTo("LETTER"));
        given().get("/api/briefs/" + id).then().statusCode(200).body("trips", equalTo(2))
                .body("publishedBy", equalTo("test-analyst")).body("page", equalTo("/briefs/" + id));
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("update published_brief set title = 'edited' where id = '" + id + "'"))
                    .hasMessageContaining("frozen");
            assertThatThrownBy(() -> s.executeUpdate("delete from published_brief where id = '" + id + "'"))
                    .hasMessageContaining("frozen");
        }
    }

    @Test
    @TestSecurity(user = "test-viewer", roles = "viewer")
    void viewersReadButOnlyAnalystsPublish() {
        given().contentType(ContentType.JSON).post("/api/briefs?from=2024-01-01").then().statusCode(403).contentType("application/problem+json");
        given().get("/api/briefs").then().statusCode(200);
    }

    @Test
    void badFiltersAndUnknownBriefsAreProblems() {
        given().contentType(ContentType.JSON).post("/api/briefs?minConfidence=9").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("minConfidence"));
        given().contentType(ContentType.JSON).post("/api/briefs?paper=a5").then().statusCode(400).body("errors[0].field", equalTo("paper"));
        given().contentType(ContentType.JSON).post("/api/briefs?colour=blue").then().statusCode(400);
        given().get("/api/briefs/00000000-0000-0000-0000-000000000000").then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/briefs/not-an-id/changes").then().statusCode(404).contentType("application/problem+json");
    }

    private JsonPath publish(String query) {
        Response r = given().contentType(ContentType.JSON).post("/api/briefs?" + query).then().statusCode(201).extract().response();
        assertThat(r.header("Location")).endsWith("/api/briefs/" + r.jsonPath().getString("id"));
        return r.jsonPath();
    }

    private static JsonPath changes(String id) {
        return given().get("/api/briefs/" + id + "/changes").then().statusCode(200).extract().jsonPath();
    }

    private List<String> voyageIds() {
        return given().get("/api/voyages?" + filter).then().statusCode(200).extract().jsonPath()
                .getList("entries.id", String.class);
    }

    private long tankerId() {
        return given().get("/api/tankers").then().statusCode(200).extract().jsonPath()
                .getLong("find { it.name == '" + tanker + "' }.id");
    }
}
