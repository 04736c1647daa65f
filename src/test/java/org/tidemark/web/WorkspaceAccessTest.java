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
import org.junit.jupiter.api.Test;

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
}
