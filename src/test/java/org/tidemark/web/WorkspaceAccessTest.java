package org.tidemark.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import org.tidemark.Fixtures;

/** Without public reads the workspace asks a browser to sign in, while the API keeps answering HTTP Basic. */
@QuarkusTest
class WorkspaceAccessTest {

    @Test
    void theWorkspaceSendsAnAnonymousBrowserToTheSignInPage() {
        given().redirects().follow(false).get("/").then().statusCode(303).header("Location", endsWith("/signin"));
        given().redirects().follow(false).get("/record").then().statusCode(303).header("Location", endsWith("/signin"));
        given().get("/signin").then().statusCode(200).body(containsString("j_security_check"));
    }

    @Test
    void theApiStillAnswersBasicWithProblemJson() {
        given().get("/api/tankers").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Basic realm=\"Tidemark\"");
        given().auth().preemptive().basic("admin", "test-admin-password").get("/api/tankers").then().statusCode(200);
    }

    @Test
    void aFormPostWithoutItsCsrfTokenIsRefused() {
        given().auth().preemptive().basic("admin", "test-admin-password").redirects().follow(false)
                .contentType("application/x-www-form-urlencoded").formParam("tanker", "x").post("/record")
                .then().statusCode(400);
    }

    @Test
    void aViewerIsToldRecordingNeedsAnAnalyst() {
        given().auth().preemptive().basic("admin", "test-admin-password").get("/").then().statusCode(200)
                .contentType(containsString("text/html")).body(containsString("Record an event"));
    }

    @Test
    void theOverviewLinksTheExportsAndTheBriefOfItsFilterAndEachLinkAnswers() {
        String page = given().auth().preemptive().basic("admin", "test-admin-password")
                .get("/?from=2024-03-01&to=2024-11-30&minConfidence=2").then().statusCode(200).extract().asString();
        Matcher links = Pattern.compile("href=\"(/api/(?:export/[a-z.]+|briefs/preview)\\?[^\"]*)\"").matcher(page);
        List<String> found = new ArrayList<>();
        while (links.find()) {
            found.add(links.group(1).replace("&amp;", "&"));
        }
        assertThat(found).hasSize(7).allMatch(href -> href.contains("minConfidence=2"));
        for (String href : found) {
            given().auth().preemptive().basic("admin", "test-admin-password").urlEncodingEnabled(false).get(href)
                    .then().statusCode(200);
        }
    }

    @Test
    void aFormPostedToTheApiIsRefusedUnread() {
        given().auth().preemptive().basic("admin", "test-admin-password")
                .contentType("multipart/form-data; boundary=x").body("--x\r\nbroken".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .post("/api/admin/rebuild").then().statusCode(415).contentType("application/problem+json");
        given().auth().preemptive().basic("admin", "test-admin-password")
                .contentType("application/x-www-form-urlencoded").formParam("a", "b")
                .post("/api/sources").then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void aStepOfTheCumulativeChartListsTheVoyagesLoadedThatDay() {
        RestAssured.authentication = RestAssured.preemptive().basic("admin", "test-admin-password");
        try {
            Fixtures f = Fixtures.create();
            Fixtures.post("/api/events", f.event("LOADING", "2024-03-05", f.loadingPort));
            Fixtures.post("/api/events", f.event("DISCHARGE", "2024-03-07", f.dischargePort));
            Fixtures.post("/api/events", f.event("LOADING", "2024-03-20", f.loadingPort));
            Fixtures.post("/api/events", f.event("DISCHARGE", "2024-03-22", f.dischargePort));
            List<String> voyages = given().queryParam("tanker", f.tanker).get("/api/voyages").then().statusCode(200)
                    .extract().path("entries.id");
            assertThat(voyages).hasSize(2);
            String tanker = "tanker=" + f.tanker.replace(' ', '+');

            String page = given().queryParam("tanker", f.tanker).get("/").then().statusCode(200).extract().asString();
            List<String> steps = links(page, "xlink:href=\"(/voyages\\?[^\"]*)\"");
            assertThat(steps).containsExactly("/voyages?" + tanker + "&from=2024-03-05&to=2024-03-05",
                    "/voyages?" + tanker + "&from=2024-03-20&to=2024-03-20");
            assertThat(voyageLinks(steps.get(0))).containsExactly("/voyages/" + voyages.get(0));
            assertThat(voyageLinks(steps.get(1))).containsExactly("/voyages/" + voyages.get(1));

            // the table behind the chart links each month's voyages the same way
            List<String> months = links(page, " href=\"(/voyages\\?from=[^\"]*)\"");
            assertThat(months).containsExactly("/voyages?from=2024-03-01&to=2024-03-31&" + tanker);
            assertThat(voyageLinks(months.get(0))).containsExactly("/voyages/" + voyages.get(0), "/voyages/" + voyages.get(1));
        } finally {
            RestAssured.reset();
        }
    }

    @Test
    void aBadFilterOnTheVoyageListIsAPageNotAServerError() {
        given().auth().preemptive().basic("admin", "test-admin-password").get("/voyages?from=2024-13-01")
                .then().statusCode(400).contentType(containsString("text/html")).body(containsString("from"));
        given().auth().preemptive().basic("admin", "test-admin-password").get("/voyages?cursor=not-a-cursor")
                .then().statusCode(400).contentType(containsString("text/html"));
    }

    /** The voyage pages a page links to, in order. */
    private static List<String> voyageLinks(String listPage) {
        String page = given().urlEncodingEnabled(false).get(listPage).then().statusCode(200)
                .contentType(containsString("text/html")).extract().asString();
        return links(page, "href=\"(/voyages/[0-9a-f-]{36})\" class=\"voyage-link\"");
    }

    private static List<String> links(String page, String pattern) {
        Matcher m = Pattern.compile(pattern).matcher(page);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group(1).replace("&amp;", "&"));
        }
        return found;
    }
}
