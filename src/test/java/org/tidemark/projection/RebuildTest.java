package org.tidemark.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import javax.sql.DataSource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import org.tidemark.Fixtures;
import org.tidemark.VoyageTable;
import org.tidemark.domain.EventType;
import org.tidemark.domain.EvidenceType;
import org.tidemark.ingest.EventRecorder;
import org.tidemark.ingest.NewVoyageEvent;

@QuarkusTest
@TestSecurity(user = "test-analyst", roles = {"viewer", "analyst"})
class RebuildTest {

    @Inject
    EventRecorder recorder;
    @Inject
    TankerDerivation derivation;
    @Inject
    DataSource dataSource;
    @Inject
    DerivationBasis basis;

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
                    null, null, null, EvidenceType.SATELLITE_IMAGE, 3, f.source, null, false, null, null), "test", null).event().id());
        }
        recorder.retract(recorded.get(7), "test retraction", "test");

        List<List<Object>> incremental = voyagesOf(fleet);
        assertThat(incremental).as("the random history produced voyages").hasSizeGreaterThan(5);

        derivation.rebuildAll();
        assertThat(voyagesOf(fleet)).isEqualTo(incremental);

        forgetVoyages(fleet);
        assertThat(voyagesOf(fleet)).isEmpty();
        derivation.rebuildAll();
        assertThat(voyagesOf(fleet)).as("a rebuild from no derived data at all").isEqualTo(incremental);
    }

    @Test
    void reDerivingWritesOnlyTheVoyagesThatChanged() throws SQLException {
        Fixtures f = Fixtures.create();
        for (int month = 1; month <= 6; month++) {
            record(f, EventType.LOADING, "2024-0" + month + "-02", f.loadingPort);
            record(f, EventType.ARRIVAL, "2024-0" + month + "-10", f.dischargePort);
        }
        long version = dataVersion();

        VoyageChanges again = QuarkusTransaction.requiringNew().call(() -> {
            derivation.lock(f.tankerId);
            return derivation.rederive(f.tankerId);
        });
        assertThat(again).isEqualTo(new VoyageChanges(0, 0, 0, 6));
        assertThat(dataVersion()).as("nothing written, so charts keep their ETag").isEqualTo(version);

        // A sighting at sea during May's delivery becomes its evidence: that voyage alone is rewritten.
        List<List<Object>> beforeSighting = voyagesOf(List.of(f));
        record(f, EventType.SIGHTING, "2024-05-05", null);
        List<List<Object>> afterSighting = voyagesOf(List.of(f));
        assertThat(afterSighting).hasSize(6);
        List<List<Object>> rewritten = new ArrayList<>(afterSighting);
        rewritten.removeAll(beforeSighting);
        assertThat(rewritten).hasSize(1);
        assertThat(rewritten.get(0).toString()).contains("2024-05-02");

        forgetVoyages(List.of(f));
        derivation.rebuildAll();
        assertThat(voyagesOf(List.of(f))).isEqualTo(afterSighting);
    }

    @Test
    void aStartUnderOtherRulesOrSettingsDerivesEveryVoyageAgain() throws SQLException {
        Fixtures f = Fixtures.create();
        record(f, EventType.LOADING, "2024-07-02", f.loadingPort);
        record(f, EventType.ARRIVAL, "2024-07-06", f.dischargePort);
        List<List<Object>> derived = voyagesOf(List.of(f));
        assertThat(derived).hasSize(1);
        assertThat(basis.rebuildIfStale()).as("the basis is current after the start").isFalse();

        // voyages stored by an older release: gone here, and the basis is not this application's
        forgetVoyages(List.of(f));
        assertThat(basis.rebuildIfStale()).as("a current basis rebuilds nothing").isFalse();
        assertThat(voyagesOf(List.of(f))).isEmpty();
        setStoredBasis("an older release's");

        assertThat(basis.rebuildIfStale()).isTrue();
        assertThat(voyagesOf(List.of(f))).isEqualTo(derived);
        assertThat(derivation.storedBasis()).isEqualTo(derivation.basis()).hasSize(64);
        assertThat(basis.rebuildIfStale()).isFalse();
    }

    private void setStoredBasis(String fingerprint) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("update derivation_basis set fingerprint = ? where id = 1")) {
            ps.setString(1, fingerprint);
            assertThat(ps.executeUpdate()).isEqualTo(1);
        }
    }

    private void record(Fixtures f, EventType type, String day, String port) {
        recorder.record(new NewVoyageEvent(f.tanker, type, day, null, null, null, port, null, null, null, null, null,
                EvidenceType.SATELLITE_IMAGE, 3, f.source, null, false, null, null), "test", null);
    }

    private long dataVersion() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select last_value from data_version_seq")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void forgetVoyages(List<Fixtures> fleet) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement evidence = c.prepareStatement(
                "delete from voyage_evidence where voyage_id in (select id from voyage where tanker_id = any (?))");
                PreparedStatement voyages = c.prepareStatement("delete from voyage where tanker_id = any (?)")) {
            Array ids = c.createArrayOf("bigint", fleet.stream().map(f -> f.tankerId).toArray());
            evidence.setArray(1, ids);
            evidence.executeUpdate();
            voyages.setArray(1, ids);
            voyages.executeUpdate();
        }
    }

    private List<List<Object>> voyagesOf(List<Fixtures> fleet) throws SQLException {
        return VoyageTable.rows(dataSource, fleet.stream().map(f -> f.tankerId).toList());
    }
}
