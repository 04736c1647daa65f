package org.tidemark.projection;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import javax.sql.DataSource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import org.tidemark.Fixtures;
import org.tidemark.VoyageTable;
import org.tidemark.domain.EventType;
import org.tidemark.domain.EvidenceType;
import org.tidemark.domain.VoyageEvent;
import org.tidemark.ingest.EventRecorder;
import org.tidemark.ingest.NewVoyageEvent;

@QuarkusTest
@TestSecurity(user = "test-analyst", roles = {"viewer", "analyst"})
class ImportRebuildTest {

    @Inject
    EventRecorder recorder;
    @Inject
    TankerDerivation derivation;
    @Inject
    DataSource dataSource;

    @Test
    void voyagesDerivedByAnImportEqualAFullRebuild() throws SQLException {
        Random random = new Random(20240922);
        List<Fixtures> fleet = List.of(Fixtures.create(), Fixtures.create(), Fixtures.create());
        // Events already recorded one by one, which the import's derivation must combine with its own.
        for (int i = 0; i < 20; i++) {
            Fixtures f = fleet.get(random.nextInt(fleet.size()));
            RandomEvent e = RandomEvent.of(random, f);
            recorder.record(new NewVoyageEvent(f.tanker, e.type(), e.day(), null, null, null, e.port(), null, null,
                    null, null, null, EvidenceType.SATELLITE_IMAGE, 3, f.source, null, false, null, null), "test", null);
        }
        StringBuilder csv = new StringBuilder(Fixtures.CSV_HEADER);
        for (int i = 0; i < 400; i++) {
            Fixtures f = fleet.get(random.nextInt(fleet.size()));
            RandomEvent e = RandomEvent.of(random, f);
            csv.append(f.csvRow(e.type().name(), e.day(), e.port(), 1 + random.nextInt(4), "row " + i,
                    random.nextInt(4) == 0 ? "rebuild-" + f.tankerId + "-" + i : null));
        }
        JsonPath report = given().contentType("text/csv").body(csv.toString()).post("/api/events/import")
                .then().statusCode(200).extract().jsonPath();
        assertThat(report.getLong("eventsAdded")).isEqualTo(400);
        assertThat(report.getInt("tankersTouched")).isEqualTo(3);

        List<List<Object>> imported = VoyageTable.rows(dataSource, ids(fleet));
        assertThat(imported).as("the random history produced voyages").hasSizeGreaterThan(10);
        assertThat(report.getInt("voyagesChanged")).as("voyages changed by the import").isPositive();

        derivation.rebuildAll();

        assertThat(VoyageTable.rows(dataSource, ids(fleet))).isEqualTo(imported);
    }

    @Test
    void importedAndSingleEventsShareTheIdSequenceWithoutCollisions() {
        Fixtures f = Fixtures.create();
        Set<Long> ids = new HashSet<>();
        ids.add(recorder.record(sighting(f, "2024-02-01"), "test", null).event().id());
        StringBuilder csv = new StringBuilder(Fixtures.CSV_HEADER);
        for (int i = 0; i < 120; i++) {
            csv.append(f.csvRow("SIGHTING", LocalDate.of(2024, 2, 2).plusDays(i % 60).toString(), f.loadingPort, 3,
                    "imported " + i, null));
        }
        given().contentType("text/csv").body(csv.toString()).post("/api/events/import").then().statusCode(200);
        // More than one allocation block (50) of single events after the import: had the import read the
        // sequence differently from Hibernate, one of these would reuse an imported id and fail.
        for (int i = 0; i < 60; i++) {
            ids.add(recorder.record(sighting(f, LocalDate.of(2024, 6, 1).plusDays(i).toString()), "test", null).event().id());
        }
        assertThat(ids).hasSize(61);
        long stored = QuarkusTransaction.requiringNew().call(() -> VoyageEvent.count("tankerId", f.tankerId));
        assertThat(stored).isEqualTo(181);
    }

    private static NewVoyageEvent sighting(Fixtures f, String day) {
        return new NewVoyageEvent(f.tanker, EventType.SIGHTING, day, null, null, null, f.loadingPort, null, null,
                null, null, null, EvidenceType.AIS, 2, f.source, null, false, null, null);
    }

    private static List<Long> ids(List<Fixtures> fleet) {
        return fleet.stream().map(f -> f.tankerId).toList();
    }

    /** A random but valid event: a type, a day in 2024, and a port that type may have. */
    private record RandomEvent(EventType type, String day, String port) {
        static RandomEvent of(Random random, Fixtures f) {
            EventType type = List.of(EventType.ARRIVAL, EventType.SIGHTING, EventType.LOADING, EventType.DEPARTURE,
                    EventType.AIS_OFF, EventType.DISCHARGE).get(random.nextInt(6));
            String port = switch (type) {
                case LOADING -> f.loadingPort;
                case DISCHARGE -> f.dischargePort;
                case AIS_OFF -> random.nextBoolean() ? null : f.loadingPort;
                default -> random.nextBoolean() ? f.loadingPort : f.dischargePort;
            };
            return new RandomEvent(type, LocalDate.of(2024, 1, 1).plusDays(random.nextInt(300)).toString(), port);
        }
    }
}
