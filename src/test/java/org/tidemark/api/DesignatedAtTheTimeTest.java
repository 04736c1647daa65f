package org.tidemark.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.tidemark.Fixtures;

/**
 * Designation at the time (issue 11, item 8) over HTTP: a voyage says whether its tanker was designated on
 * the day it loaded, from listing and delisting dates known to the day, month or year; the read model filters
 * and counts by it.
 */
@QuarkusTest
@TestSecurity(user = "test-analyst", roles = {"viewer", "analyst"})
class DesignatedAtTheTimeTest {

    private static final String MERGE_PATCH = "application/merge-patch+json";

    private Fixtures f;

    @BeforeEach
    void registerFixtures() {
        f = Fixtures.create();
    }

    /**
     * Designations are written "listed[/PRECISION][..delisted[/PRECISION]]", several separated by ";",
     * "?" for a listing whose date is not known, "-" for none at all.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a tanker never designated was not designated                          | -                                   | 2024-03-07 | false
            listed on 15 March 2018, loading in March 2024: designated            | 2018-03-15                          | 2024-03-07 | true
            listed March 2018 (month only), loading in 2024: designated           | 2018-03-01/MONTH                    | 2024-03-07 | true
            listed March 2024 (month only), loading 7 March 2024: cannot tell     | 2024-03-01/MONTH                    | 2024-03-07 | unknown
            listed March 2024 (month only), loading 7 April 2024: designated      | 2024-03-01/MONTH                    | 2024-04-07 | true
            listed in 2024 (year only), loading 7 March 2024: cannot tell          | 2024-01-01/YEAR                     | 2024-03-07 | unknown
            listed in 2025 (year only), loading in 2024: not designated            | 2025-01-01/YEAR                     | 2024-03-07 | false
            listed on the very day it loaded: designated                           | 2024-03-07                          | 2024-03-07 | true
            listed the day after it loaded: not designated                         | 2024-03-08                          | 2024-03-07 | false
            listed, date not known: cannot tell                                    | ?                                   | 2024-03-07 | unknown
            listed 2018, delisted June 2020: not designated in 2024                | 2018-03-15..2020-06-30              | 2024-03-07 | false
            delisted on the day it loaded: still designated that day              | 2018-03-15..2024-03-07              | 2024-03-07 | true
            delisted March 2024 (month only), loading 7 March: cannot tell         | 2018-03-15..2024-03-01/MONTH        | 2024-03-07 | unknown
            one undated listing and one in force: designated                       | ?;2018-03-01/MONTH                  | 2024-03-07 | true
            one listed after and one delisted before: not designated               | 2024-05-01;2018-03-15..2019-01-31   | 2024-03-07 | false
            an undated listing delisted before the voyage: not designated          | ?..2020-06-30                       | 2024-03-07 | false
            """)
    void aVoyageSaysWhetherItsTankerWasDesignatedWhenItLoaded(String analystSays, String designations, String loadingDay,
                                                              String expected) {
        for (Map<String, Object> d : designations(designations)) {
            Fixtures.post("/api/tankers/" + f.tankerId + "/designations", d);
        }
        recordDelivery(f.tanker, loadingDay);

        JsonPath voyages = given().queryParam("tanker", f.tankerId).get("/api/voyages").then().statusCode(200)
                .body("entries", hasSize(1)).extract().jsonPath();
        assertThat(voyages.getString("entries[0].designatedAtTheTime")).as(analystSays).isEqualTo(expected);
        String id = voyages.getString("entries[0].id");
        given().get("/api/voyages/" + id).then().statusCode(200).body("designatedAtTheTime", equalTo(expected));
        given().queryParam("tanker", f.tankerId).queryParam("kind", "VOYAGE").get("/api/timeline").then()
                .statusCode(200).body("entries[0].voyage.designatedAtTheTime", equalTo(expected));
    }

    @Test
    void delistingADesignationByMergePatchChangesWhatVoyagesSay() {
        long designation = Fixtures.post("/api/tankers/" + f.tankerId + "/designations",
                        Map.of("regime", "UN 1718 Committee", "listedOn", "2018-03-01", "listedOnPrecision", "MONTH"))
                .jsonPath().getLong("designations[0].id");
        recordDelivery(f.tanker, "2024-03-07");
        assertThat(designatedOfOnlyVoyage()).isEqualTo("true");

        given().contentType(MERGE_PATCH).body(Map.of("delistedOn", "2024-01-15"))
                .patch("/api/tankers/" + f.tankerId + "/designations/" + designation).then().statusCode(200)
                .body("designations[0].listedOnPrecision", equalTo("MONTH"))
                .body("designations[0].delistedOn", equalTo("2024-01-15"))
                .body("designations[0].delistedOnPrecision", equalTo("DAY"));
        assertThat(designatedOfOnlyVoyage()).isEqualTo("false");

        given().contentType(MERGE_PATCH).body("{\"delistedOn\": null}")
                .patch("/api/tankers/" + f.tankerId + "/designations/" + designation).then().statusCode(200)
                .body("designations[0].delistedOn", org.hamcrest.Matchers.nullValue());
        assertThat(designatedOfOnlyVoyage()).isEqualTo("true");
    }

    @Test
    void aDateKnownOnlyToTheMonthMustBeWrittenAsTheMonthsFirstDay() {
        given().contentType(ContentType.JSON)
                .body(Map.of("regime", "UN 1718 Committee", "listedOn", "2018-03-15", "listedOnPrecision", "MONTH"))
                .post("/api/tankers/" + f.tankerId + "/designations").then().statusCode(400)
                .body("errors[0].field", equalTo("listedOn"))
                .body("detail", containsString("2018-03-01 for March 2018"));
        given().contentType(ContentType.JSON).body(Map.of("regime", "UN 1718 Committee", "listedOnPrecision", "YEAR"))
                .post("/api/tankers/" + f.tankerId + "/designations").then().statusCode(400)
                .body("errors[0].field", equalTo("listedOnPrecision"));
        given().contentType(ContentType.JSON).body(Map.of("regime", "UN 1718 Committee", "listedOn", "2020-01-01",
                        "delistedOn", "2019-01-01"))
                .post("/api/tankers/" + f.tankerId + "/designations").then().statusCode(400)
                .body("errors[0].field", equalTo("delistedOn"));
        given().contentType(MERGE_PATCH).body(Map.of("delistedOn", "2024-01-15"))
                .patch("/api/tankers/" + f.tankerId + "/designations/" + Long.MAX_VALUE).then().statusCode(404);
    }

    @Test
    void theFiltersCapStatusAndReconciliationCountTripsByDesignationAtTheTime() {
        // at the fixture's own loading port: one designated, one undecided, one never designated tanker
        Fixtures.post("/api/tankers/" + f.tankerId + "/designations",
                Map.of("regime", "UN 1718 Committee", "listedOn", "2018-03-01", "listedOnPrecision", "MONTH"));
        String undecided = tanker("Undecided " + f.tanker, Map.of("regime", "UN 1718 Committee"));
        String never = tanker("Never designated " + f.tanker, null);
        recordDelivery(f.tanker, "2024-03-07");
        recordDelivery(undecided, "2024-03-09");
        recordDelivery(never, "2024-03-11");

        assertThat(voyageTankers("true")).containsExactly(f.tanker);
        assertThat(voyageTankers("false")).containsExactly(never);
        assertThat(voyageTankers("unknown")).containsExactly(undecided);
        given().queryParam("port", f.loadingPort).queryParam("designated", "true").queryParam("kind", "VOYAGE")
                .get("/api/timeline").then().statusCode(200).body("entries", hasSize(1));
        given().queryParam("port", f.loadingPort).queryParam("designated", "false").queryParam("from", "2024-03-01")
                .queryParam("to", "2024-03-31").get("/api/series/trips").then().statusCode(200).body("trips", equalTo(1));
        given().queryParam("port", f.loadingPort).queryParam("designated", "maybe").get("/api/voyages").then()
                .statusCode(400).body("errors[0].field", equalTo("designated"));
        String all = given().queryParam("port", f.loadingPort).get("/api/charts/monthly-trips.png").then()
                .statusCode(200).contentType("image/png").extract().header("ETag");
        String designatedOnly = given().queryParam("port", f.loadingPort).queryParam("designated", "true")
                .get("/api/charts/monthly-trips.png").then().statusCode(200).contentType("image/png")
                .extract().header("ETag");
        assertThat(designatedOnly).as("the chart's ETag depends on the filter").isNotEqualTo(all);
        given().queryParam("designated", "maybe").get("/api/charts/monthly-trips.png").then().statusCode(400)
                .body("errors[0].field", equalTo("designated"));

        JsonPath status = given().queryParam("port", f.loadingPort).queryParam("year", 2024)
                .get("/api/caps/unscr-2397-refined/status").then().statusCode(200).extract().jsonPath();
        assertThat(status.getLong("designatedShare.designatedTrips")).isEqualTo(1);
        assertThat(status.getLong("designatedShare.unknownTrips")).isEqualTo(1);
        assertThat(status.getLong("designatedShare.notDesignatedTrips")).isEqualTo(1);
        assertThat(status.getDouble("designatedShare.share")).isCloseTo(1 / 3.0, within(1e-6));
        assertThat(status.getDouble("designatedShare.shareIfUnknownDesignated")).isCloseTo(2 / 3.0, within(1e-6));
        given().queryParam("port", f.loadingPort).queryParam("year", 2024).queryParam("designated", "true")
                .get("/api/caps/unscr-2397-refined/status").then().statusCode(200).body("voyages", equalTo(1));

        // "more than half": the known third says no, the two thirds if the undated listing was in force say maybe
        long half = claim(0.5);
        JsonPath r = given().get("/api/claims/" + half + "/reconciliation").then().statusCode(200).extract().jsonPath();
        assertThat(r.getLong("tracked.designated.designatedTrips")).isEqualTo(1);
        assertThat(r.getBoolean("consistent")).isTrue();
        assertThat(r.getString("summary")).contains("tracked 1 of 3 trips").contains("(33 %)").contains("up to 67 %")
                .contains("more than 50 % claimed");
        assertThat(r.getDouble("difference.central")).isCloseTo(1 / 3.0 - 0.5, within(1e-6));
        assertThat(r.getDouble("difference.high")).isCloseTo(2 / 3.0 - 0.5, within(1e-6));
        // "more than three quarters" cannot be met even if the undecided trip was designated
        JsonPath threeQuarters = given().get("/api/claims/" + claim(0.75) + "/reconciliation").then().statusCode(200)
                .extract().jsonPath();
        assertThat(threeQuarters.getBoolean("consistent")).isFalse();

        given().contentType(ContentType.JSON).body(shareClaim(1.5)).post("/api/claims").then().statusCode(400)
                .body("errors[0].field", equalTo("value")).body("detail", containsString("fraction from 0 to 1"));
    }

    private List<String> voyageTankers(String designated) {
        return given().queryParam("port", f.loadingPort).queryParam("designated", designated).get("/api/voyages")
                .then().statusCode(200).extract().jsonPath().getList("entries.tanker.name");
    }

    private long claim(double share) {
        return Fixtures.post("/api/claims", shareClaim(share)).jsonPath().getLong("id");
    }

    private Map<String, Object> shareClaim(double share) {
        return Map.of("publisher", "Test publisher", "subject", "DESIGNATED_SHARE", "comparator", "MORE_THAN",
                "value", share, "periodFrom", "2024-03-01", "periodTo", "2024-03-31", "port", f.loadingPort);
    }

    private String designatedOfOnlyVoyage() {
        return given().queryParam("tanker", f.tankerId).get("/api/voyages").then().statusCode(200)
                .extract().jsonPath().getString("entries[0].designatedAtTheTime");
    }

    private static String tanker(String name, Map<String, Object> designation) {
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "deadweightT", 3003));
        if (designation != null) {
            body.put("designations", List.of(designation));
        }
        Fixtures.post("/api/tankers", body);
        return name;
    }

    private void recordDelivery(String tanker, String loadingDay) {
        Map<String, Object> loading = new HashMap<>(f.event("LOADING", loadingDay, f.loadingPort));
        loading.put("tanker", tanker);
        Fixtures.post("/api/events", loading);
        Map<String, Object> arrival = new HashMap<>(f.event("ARRIVAL",
                java.time.LocalDate.parse(loadingDay).plusDays(3).toString(), f.dischargePort));
        arrival.put("tanker", tanker);
        Fixtures.post("/api/events", arrival);
    }

    private static List<Map<String, Object>> designations(String spec) {
        List<Map<String, Object>> out = new ArrayList<>();
        if (spec.equals("-")) {
            return out;
        }
        for (String one : spec.split(";")) {
            Map<String, Object> d = new HashMap<>(Map.of("regime", "UN 1718 Committee"));
            String[] listedDelisted = one.split("\\.\\.");
            date(d, "listedOn", listedDelisted[0]);
            if (listedDelisted.length > 1) {
                date(d, "delistedOn", listedDelisted[1]);
            }
            out.add(d);
        }
        return out;
    }

    private static void date(Map<String, Object> d, String field, String spec) {
        if (spec.equals("?")) {
            return;
        }
        String[] dateAndPrecision = spec.split("/");
        d.put(field, dateAndPrecision[0]);
        if (dateAndPrecision.length > 1) {
            d.put(field + "Precision", dateAndPrecision[1]);
        }
    }
}
