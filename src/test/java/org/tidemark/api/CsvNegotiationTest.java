package org.tidemark.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.tidemark.Fixtures;

/** Accept: text/csv on the timeline and the voyages answers with the matching export for the same filter. */
@QuarkusTest
@TestSecurity(user = "test-viewer", roles = {"viewer", "analyst"})
class CsvNegotiationTest {

    private Fixtures f;

    @BeforeEach
    void trip() {
        f = Fixtures.create();
        Fixtures.post("/api/events", f.event("LOADING", "2024-04-01", f.loadingPort));
        Fixtures.post("/api/events", f.event("DISCHARGE", "2024-04-09", f.dischargePort));
    }

    @Test
    void theTimelineAsCsvIsTheEventsExportOfTheSameFilter() {
        String negotiated = given().accept("text/csv").queryParam("tanker", f.tanker).get("/api/timeline").then()
                .statusCode(200).contentType(startsWith("text/csv")).header("Vary", "Accept")
                .header("Content-Disposition", startsWith("attachment; filename=\"tidemark-events-"))
                .extract().asString();
        String exported = given().queryParam("tanker", f.tanker).get("/api/export/events.csv").then().statusCode(200)
                .extract().asString();
        assertThat(negotiated).isEqualTo(exported).contains("LOADING").contains("DISCHARGE");
    }

    @Test
    void theVoyagesAsCsvAreTheVoyagesExportOfTheSameFilter() {
        String negotiated = given().accept("text/csv").queryParam("tanker", f.tanker).get("/api/voyages").then()
                .statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        String exported = given().queryParam("tanker", f.tanker).get("/api/export/voyages.csv").then().statusCode(200)
                .extract().asString();
        assertThat(negotiated).isEqualTo(exported);
        assertThat(negotiated.lines().count()).isEqualTo(2);
    }

    @Test
    void jsonStaysTheAnswerToJsonAnythingOrNoAccept() {
        for (String accept : new String[] {"application/json", "*/*", "application/json, text/csv;q=0.5"}) {
            given().accept(accept).queryParam("tanker", f.tanker).get("/api/timeline").then().statusCode(200)
                    .contentType(startsWith("application/json")).body("entries.size()", equalTo(3));
        }
        given().queryParam("tanker", f.tanker).get("/api/voyages").then().statusCode(200)
                .contentType(startsWith("application/json")).body("entries.size()", equalTo(1));
    }

    @Test
    void pagesAndVoyageKindsAreRefusedByNameInCsv() {
        given().accept("text/csv").queryParam("limit", 10).get("/api/voyages").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("limit"));
        given().accept("text/csv").queryParam("kind", "VOYAGE").get("/api/timeline").then().statusCode(400)
                .body("errors.field", hasItem("kind"));
        given().accept("text/csv").queryParam("from", "2024-13-01").get("/api/timeline").then().statusCode(400)
                .body("errors.field", hasItem("from"));
    }
}
