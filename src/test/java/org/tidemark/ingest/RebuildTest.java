package org.tidemark.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import javax.sql.DataSource;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import org.tidemark.Fixtures;
import org.tidemark.domain.EventType;
import org.tidemark.domain.EvidenceType;

@QuarkusTest
@TestSecurity(user = "test-analyst", roles = {"viewer", "analyst"})
class RebuildTest {

    @Inject
    EventRecorder recorder;
    @Inject
    TankerDerivation derivation;
    @Inject
    DataSource dataSource;

    @Test
    void derivingAfterEachEventEqualsAFullRebuild() throws SQLException {
        Random random = new Random(20240307);
        List<Fixtures> fleet = List.of(Fixtures.create(), Fixtures.create(), Fixtures.create());
        List<Long> recorded = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            Fixtures f = fleet.get(random.nextInt(fleet.size()));
            EventType type = List.of(EventType.ARRIVAL, EventType.SIGHTING, EventType.LOADING, EventType.DEPARTURE,
                    EventType.AIS_OFF).get(random.nextInt(5));
            String port = switch (random.nextInt(3)) {
                case 0 -> f.loadingPort;
                case 1 -> type == EventType.LOADING ? f.loadingPort : f.dischargePort;
                default -> type == EventType.AIS_OFF ? null : f.loadingPort;
            };
            String day = LocalDate.of(2024, 3, 1).plusDays(random.nextInt(240)).toString();
            recorded.add(recorder.record(new NewVoyageEvent(f.tanker, type, day, null, null, null, port, null, null,
                    null, null, null, EvidenceType.SATELLITE_IMAGE, 3, f.source, null, false), "test", null).event().id());
        }
        recorder.retract(recorded.get(7), "test retraction", "test");

        List<List<Object>> incremental = voyagesOf(fleet);
        assertThat(incremental).as("the random history produced voyages").hasSizeGreaterThan(5);

        derivation.rebuildAll();

        assertThat(voyagesOf(fleet)).isEqualTo(incremental);
    }

    private List<List<Object>> voyagesOf(List<Fixtures> fleet) throws SQLException {
        return VoyageTable.rows(dataSource, fleet.stream().map(f -> f.tankerId).toList());
    }
}
