package org.tidemark.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.tidemark.Fixtures;
import org.tidemark.Trips;

/**
 * Publishing from the workspace: the overview's button freezes the brief of its view, the brief's page serves
 * the published bytes, and after a retraction and an amendment its "what changed" page and the voyage's page
 * say what moved, by whom and why.
 */
@QuarkusTest
class PublishedBriefPagesTest {

    @BeforeEach
    void signInAsAdmin() {
        RestAssured.authentication = RestAssured.preemptive().basic("admin", "test-admin-password");
    }

    @AfterEach
    void signOut() {
        RestAssured.authentication = RestAssured.DEFAULT_AUTH;
    }

    @Test
    void theOverviewPublishesItsViewAndTheChangesPageListsWhatMovedSince() {
        Fixtures f = Fixtures.create();
        String tanker = Trips.tanker(f, "Paged", Map.of("cargoCapacityT", 2000, "flag", "KP"));
        long loading = Trips.trip(f, tanker, "2024-03-10", f.dischargePort, Map.of());
        Trips.trip(f, tanker, "2024-04-10", f.dischargePort, Map.of());
        String query = "tanker=" + tanker.replace(" ", "+") + "&from=2024-03-01&to=2024-05-01";

        Response overview = admin().get("/?" + query).then().statusCode(200).extract().response();
        String page = overview.asString();
        assertThat(page).contains("Publish this brief");
        Matcher csrf = Pattern.compile("<form method=\"post\" action=\"(/briefs\\?[^\"]+)\" class=\"publish\">\\s*"
                + "<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]+)\">").matcher(page);
        assertThat(csrf.find()).as("the publish form with its CSRF token").isTrue();
        String published = admin().redirects().follow(false).urlEncodingEnabled(false)
                .cookies(overview.cookies()).contentType(ContentType.URLENC).formParam(csrf.group(2), csrf.group(3))
                .post(csrf.group(1).replace("&amp;", "&")).then().statusCode(303).extract().header("Location");
        String id = published.substring(published.lastIndexOf('/') + 1);
        assertThat(published).endsWith("/briefs/" + id);

        byte[] html = admin().get("/briefs/" + id).then().statusCode(200).extract().asByteArray();
        assertThat(html).isEqualTo(admin().get("/api/briefs/" + id + "/html").then().statusCode(200).extract().asByteArray());
        assertThat(admin().get("/briefs").then().statusCode(200).extract().asString()).contains("/briefs/" + id);
        assertThat(admin().get("/briefs/" + id + "/changes").then().statusCode(200).extract().asString())
                .contains("Nothing has changed");

        admin().contentType(ContentType.JSON).body(Map.of("reason", "wrong hull in the image"))
                .post("/api/events/" + loading + "/retraction").then().statusCode(201);
        admin().contentType("application/merge-patch+json").header("Tidemark-Change-Reason", "builder's plan")
                .body(Map.of("cargoCapacityT", 2600)).patch("/api/tankers/" + tankerId(tanker)).then().statusCode(200);

        assertThat(admin().get("/briefs/" + id).then().statusCode(200).extract().asByteArray()).isEqualTo(html);
        String changes = admin().get("/briefs/" + id + "/changes").then().statusCode(200).extract().asString();
        assertThat(changes).contains("retracted by admin").contains("wrong hull in the image")
                .contains("REPLACED").contains("AMENDED").contains("builder&#39;s plan").contains("moved the numbers");

        List<String> voyages = admin().queryParam("tanker", tanker).get("/api/voyages?from=2024-03-01&to=2024-05-01").then().statusCode(200)
                .extract().jsonPath().getList("entries.id", String.class);
        assertThat(voyages).hasSize(2);
        for (String voyage : voyages) {
            assertThat(admin().get("/voyages/" + voyage).then().statusCode(200).extract().asString())
                    .as("voyage %s shows the capacity amendment", voyage)
                    .contains("cargoCapacityT").contains("builder&#39;s plan");
        }
    }

    @Test
    @TestSecurity(user = "test-viewer", roles = "viewer")
    void aViewerReadsBriefsButSeesNoPublishButtonAndCannotPublish() {
        String page = given().auth().none().get("/").then().statusCode(200).extract().asString();
        assertThat(page).doesNotContain("Publish this brief").contains("href=\"/briefs\"");
        assertThat(given().auth().none().get("/briefs").then().statusCode(200).extract().asString())
                .contains("Published briefs");
    }

    private static long tankerId(String name) {
        return admin().get("/api/tankers").then().statusCode(200).extract().jsonPath()
                .getLong("find { it.name == '" + name + "' }.id");
    }

    private static RequestSpecification admin() {
        return given();
    }
}
