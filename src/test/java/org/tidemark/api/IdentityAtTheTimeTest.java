package org.tidemark.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

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
 * Identity at the time (issue 11, item 7) over HTTP: an event's tanker reference resolves against the
 * names, aliases and MMSIs valid at the event's time, for single events and imports alike.
 * <p>
 * MMSIs here are placeholders starting "00" (the group-call prefix, which no ship holds), random per test so
 * that tests sharing the database never meet each other's.
 */
@QuarkusTest
@TestSecurity(user = "test-analyst", roles = {"viewer", "analyst"})
class IdentityAtTheTimeTest {

    private Fixtures f;
    private long other;
    private Map<String, String> refs;

    /**
     * The fixture tanker (A) sailed as "Former name …" from 2020 to 2023 and held MMSI M until
     * 15 March 2024; tanker B has held M since 1 April 2024 and has its own current MMSI N.
     */
    @BeforeEach
    void registerTwoTankersSharingAnMmsi() {
        f = Fixtures.create();
        String mmsi = placeholderMmsi();
        String current = placeholderMmsi();
        String former = "Former name of " + f.tanker;
        addIdentity(f.tankerId, Map.of("kind", "NAME", "value", former, "validFrom", "2020-01-01", "validTo", "2023-12-31"));
        addIdentity(f.tankerId, Map.of("kind", "MMSI", "value", mmsi, "validTo", "2024-03-15"));
        other = Fixtures.post("/api/tankers", Map.of("name", "Second " + f.tanker, "mmsi", current,
                "identities", List.of(Map.of("kind", "MMSI", "value", mmsi, "validFrom", "2024-04-01"))))
                .jsonPath().getLong("id");
        refs = Map.of("FORMER_NAME", former, "FORMER_NAME_UPPER", former.toUpperCase(), "SHARED_MMSI", mmsi,
                "CURRENT_MMSI", current, "NAME", f.tanker);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a name held 2020–2023 identifies the tanker in a 2022 sighting             | FORMER_NAME       | 2022-06-01 |     | A |
            the former name in capitals identifies it just the same                     | FORMER_NAME_UPPER | 2022-06-01 |     | A |
            a name held 2020–2023 does not identify it in a 2024 sighting               | FORMER_NAME       | 2024-03-07 |     |   | from 2020-01-01 to 2023-12-31
            an MMSI identifies the tanker that held it in early March                   | SHARED_MMSI       | 2024-03-07 |     | A |
            the same MMSI, reused from April, identifies the new holder in May          | SHARED_MMSI       | 2024-05-02 |     | B |
            between the two holders nobody held the MMSI                                 | SHARED_MMSI       | 2024-03-20 |     |   | to 2024-03-15
            a window known only to March resolves: only A held the MMSI in March        | SHARED_MMSI       | 2024-03-15 | MONTH | A |
            a week from 28 March reaches into B's time only, so it is B's              | SHARED_MMSI       | 2024-03-28 | WEEK | B |
            a tanker's current MMSI identifies it                                        | CURRENT_MMSI      | 2024-05-02 |     | B |
            """)
    void anEventsTankerIsWhoHeldTheReferenceAtTheTime(String analystSays, String ref, String day, String precision,
                                                      String expected, String errorMentions) {
        Map<String, Object> event = event(refs.get(ref), day);
        if (precision != null) {
            event.put("precision", precision);
        }
        var response = given().contentType(ContentType.JSON).body(event).post("/api/events");
        if (expected != null) {
            response.then().statusCode(201).body("tankerId", equalTo((int) tanker(expected)));
        } else {
            JsonPath problem = response.then().statusCode(422).contentType(containsString("application/problem+json"))
                    .body("errors[0].field", equalTo("tanker")).extract().jsonPath();
            assertThat(problem.getString("detail")).as(analystSays)
                    .contains("'" + refs.get(ref) + "'").contains(errorMentions);
        }
    }

    @Test
    void anAmbiguousReferenceNamesBothTankers() {
        Map<String, Object> event = event(refs.get("SHARED_MMSI"), "2024-03-10");
        event.put("occurredFrom", "2024-03-10T00:00:00Z");
        event.put("occurredTo", "2024-04-05T00:00:00Z");
        event.remove("occurredAt");
        String detail = given().contentType(ContentType.JSON).body(event).post("/api/events")
                .then().statusCode(422).extract().jsonPath().getString("detail");
        assertThat(detail).contains("tanker " + f.tankerId + " (" + f.tanker + ")")
                .contains("tanker " + other + " (Second " + f.tanker + ")")
                .contains("id or IMO number");
    }

    @Test
    void anImportResolvesEachRowAtItsOwnTime() {
        String mmsi = refs.get("SHARED_MMSI");
        String csv = "tanker,type,occurredAt,port,evidenceType,confidence,source\n"
                + mmsi + ",SIGHTING,2024-03-07," + f.loadingPort + ",SATELLITE_IMAGE,3," + f.source + "\n"
                + mmsi + ",SIGHTING,2024-05-02," + f.loadingPort + ",SATELLITE_IMAGE,3," + f.source + "\n"
                + mmsi + ",SIGHTING,2024-05-09," + f.loadingPort + ",SATELLITE_IMAGE,3," + f.source + "\n";
        given().contentType("text/csv").body(csv).post("/api/events/import").then().statusCode(200)
                .body("eventsAdded", equalTo(3));

        assertThat(eventDays(f.tankerId)).containsExactly("2024-03-07T00:00:00Z");
        assertThat(eventDays(other)).containsExactly("2024-05-02T00:00:00Z", "2024-05-09T00:00:00Z");
    }

    @Test
    void anImportRowWhoseNameWasNotHeldThenIsRefusedWithItsRow() {
        String csv = "tanker,type,occurredAt,port,evidenceType,confidence,source\n"
                + "\"" + refs.get("FORMER_NAME") + "\",SIGHTING,2022-06-01," + f.loadingPort + ",SATELLITE_IMAGE,3," + f.source + "\n"
                + "\"" + refs.get("FORMER_NAME") + "\",SIGHTING,2024-06-01," + f.loadingPort + ",SATELLITE_IMAGE,3," + f.source + "\n";
        given().contentType("text/csv").body(csv).post("/api/events/import").then().statusCode(422)
                .body("errors", org.hamcrest.Matchers.hasSize(1))
                .body("errors[0].row", equalTo(2))
                .body("errors[0].field", equalTo("tanker"))
                .body("errors[0].message", containsString("from 2020-01-01 to 2023-12-31"));
    }

    @Test
    void aQueryFilterMatchesAnIdentityHeldAtAnyTimeAndRefusesOneTwoTankersHeld() {
        given().queryParam("tanker", refs.get("CURRENT_MMSI")).get("/api/voyages").then().statusCode(200);
        given().queryParam("tanker", refs.get("FORMER_NAME")).get("/api/voyages").then().statusCode(200);
        given().queryParam("tanker", refs.get("SHARED_MMSI")).get("/api/voyages").then().statusCode(400)
                .body("errors[0].field", equalTo("tanker"))
                .body("detail", containsString("names 2 tankers"));
    }

    private long tanker(String which) {
        return "A".equals(which) ? f.tankerId : other;
    }

    private Map<String, Object> event(String tanker, String day) {
        Map<String, Object> event = new HashMap<>(f.event("SIGHTING", day, f.loadingPort));
        event.put("tanker", tanker);
        return event;
    }

    private static List<String> eventDays(long tankerId) {
        return given().queryParam("tanker", tankerId).queryParam("kind", "EVENT").get("/api/timeline")
                .then().statusCode(200).extract().jsonPath().getList("entries.event.occurredFrom");
    }

    private static void addIdentity(long tankerId, Map<String, Object> identity) {
        Fixtures.post("/api/tankers/" + tankerId + "/identities", identity);
    }

    private static String placeholderMmsi() {
        return "00" + ThreadLocalRandom.current().nextInt(1_000_000, 10_000_000);
    }
}
