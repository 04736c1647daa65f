package org.tidemark.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

import javax.sql.DataSource;

import io.micrometer.core.instrument.Metrics;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.tidemark.Fixtures;
import org.tidemark.domain.EventType;
import org.tidemark.domain.EvidenceType;
import org.tidemark.domain.LadenState;
import org.tidemark.domain.StsDirection;
import org.tidemark.domain.TimePrecision;
import org.tidemark.domain.VolumeUnit;
import org.tidemark.ingest.EventRecorder;
import org.tidemark.ingest.NewVoyageEvent;

/**
 * Over the stored rows: from the same state, a write through the bounded path leaves the same voyages, evidence
 * and lineage (successors and reasons) as the same write through a full derivation; random writes into a long
 * history, at random places, retractions and transfers included.
 */
@QuarkusTest
@TestSecurity(user = "test-analyst", roles = {"viewer", "analyst"})
class BoundedDerivationTest {

    private static final Instant START = Instant.parse("2024-01-01T00:00:00Z");

    @Inject
    EventRecorder recorder;
    @Inject
    TankerDerivation derivation;
    @Inject
    DataSource dataSource;

    @AfterEach
    void boundedAgain() {
        derivation.bounded(true);
    }

    @Test
    void aBoundedWriteStoresWhatAFullDerivationStores() throws SQLException {
        Random random = new Random(20240307);
        Fixtures f = Fixtures.create();
        Fixtures other = Fixtures.create();
        List<Long> tankers = List.of(f.tankerId, other.tankerId);
        List<Long> recorded = new ArrayList<>();
        for (int c = 0; c < 25; c++) {
            Instant t = START.plus(Duration.ofHours(c * 100L));
            recorded.add(record(f, EventType.ARRIVAL, t, f.loadingPort, null));
            recorded.add(record(f, EventType.LOADING, t.plus(Duration.ofHours(8)), f.loadingPort, null));
            recorded.add(record(f, EventType.DEPARTURE, t.plus(Duration.ofHours(14)), f.loadingPort, LadenState.LADEN));
            recorded.add(record(f, EventType.SIGHTING, t.plus(Duration.ofHours(24)), null, LadenState.LADEN));
            if (c % 4 != 3) {
                recorded.add(record(f, EventType.ARRIVAL, t.plus(Duration.ofHours(40)), f.dischargePort, null));
                recorded.add(record(f, EventType.DEPARTURE, t.plus(Duration.ofHours(60)), f.dischargePort, LadenState.BALLAST));
            }
        }
        long voyages = voyagesOf(f.tankerId);
        int bounded = 0;
        for (int step = 0; step < 40; step++) {
            Supplier<Object> write;
            if (step % 5 == 4) {
                long target = recorded.remove(random.nextInt(recorded.size()));
                write = () -> recorder.retract(target, "test retraction", "test");
            } else {
                NewVoyageEvent event = randomEvent(random, f, other);
                write = () -> recorder.record(event, "test", null);
            }
            derivation.bounded(true);
            double spansBefore = spans();
            Snapshot viaSpan;
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    throw new RolledBack(snapshot(tankers, write.get()));
                });
                throw new IllegalStateException("the write was not rolled back");
            } catch (RolledBack r) {
                viaSpan = r.snapshot;
            }
            derivation.bounded(false);
            Snapshot viaFull = QuarkusTransaction.requiringNew().call(() -> snapshot(tankers, write.get()));
            assertThat(viaSpan.rows()).as("step %d", step).isEqualTo(viaFull.rows());
            if (viaFull.newEventId() != null) {
                recorded.add(viaFull.newEventId());
            }
            bounded += spans() > spansBefore ? 1 : 0;
        }
        assertThat(voyages).as("a history of many voyages").isGreaterThan(20);
        assertThat(bounded).as("writes that derived a span, not the history").isGreaterThan(20);
    }

    private NewVoyageEvent randomEvent(Random random, Fixtures f, Fixtures other) {
        Instant at = START.plus(Duration.ofHours(random.nextInt(25 * 100)));
        EventType type = List.of(EventType.ARRIVAL, EventType.SIGHTING, EventType.LOADING, EventType.DISCHARGE,
                EventType.DEPARTURE, EventType.AIS_OFF, EventType.SHIP_TO_SHIP).get(random.nextInt(7));
        String port = switch (type) {
            case LOADING -> f.loadingPort;
            case DISCHARGE -> f.dischargePort;
            case AIS_OFF, SHIP_TO_SHIP -> null;
            case SIGHTING -> List.of(f.loadingPort, f.dischargePort, "").get(random.nextInt(3));
            default -> List.of(f.loadingPort, f.dischargePort).get(random.nextInt(2));
        };
        LadenState laden = type == EventType.DEPARTURE || type == EventType.SIGHTING
                ? List.of(LadenState.LADEN, LadenState.BALLAST, LadenState.UNKNOWN).get(random.nextInt(3)) : null;
        String occurredAt = random.nextInt(4) == 0 ? at.toString().substring(0, 10) : at.toString();
        TimePrecision precision = occurredAt.length() == 10 ? (random.nextInt(3) == 0 ? TimePrecision.WEEK : TimePrecision.DAY)
                : null;
        boolean transfer = type == EventType.SHIP_TO_SHIP;
        Double volume = random.nextInt(6) == 0 ? 10_000.0 + random.nextInt(10_000) : null;
        return new NewVoyageEvent(f.tanker, type, occurredAt, precision, null, null, port == null || port.isEmpty() ? null : port,
                laden, null, volume, volume == null ? null : VolumeUnit.BARREL, null,
                EvidenceType.SATELLITE_IMAGE, 1 + random.nextInt(4), f.source, null, false,
                transfer ? other.tanker : null, transfer ? (random.nextBoolean() ? StsDirection.GAVE : StsDirection.RECEIVED) : null);
    }

    private long record(Fixtures f, EventType type, Instant at, String port, LadenState laden) {
        return recorder.record(new NewVoyageEvent(f.tanker, type, at.toString(), null, null, null, port, laden, null, null,
                null, null, EvidenceType.AIS, 3, f.source, null, false, null, null), "test", null).event().id();
    }

    /** Carries what a write stored out of its transaction, and rolls the transaction back. */
    static final class RolledBack extends RuntimeException {
        final Snapshot snapshot;

        RolledBack(Snapshot snapshot) {
            super(null, null, false, false);
            this.snapshot = snapshot;
        }
    }

    /** The stored rows, with the id of an event recorded by this write written as NEW (the two writes get different ids). */
    record Snapshot(List<String> rows, Long newEventId) {
    }

    private Snapshot snapshot(List<Long> tankers, Object outcome) {
        Long newId = null;
        if (outcome instanceof EventRecorder.Outcome o && o.event().type() != EventType.RETRACTION) {
            newId = o.event().id();
        }
        List<String> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            query(c, """
                    select v.id, v.tanker_id, v.load_port_id, v.discharge_port_id, v.loading_from, v.loading_to,
                           v.discharge_from, v.discharge_to, v.status, v.opening_event_id, v.closing_event_id,
                           v.illustrative, v.includes_illustrative, v.estimate_method, v.low_bbl, v.central_bbl,
                           v.high_bbl, v.low_t, v.central_t, v.high_t, v.estimate_inputs::text, v.confidence,
                           v.loaded_from_tanker_id, v.conflicts::text,
                           (select array_agg(event_id order by position) from voyage_evidence where voyage_id = v.id)::text
                    from voyage v where v.tanker_id = any (?) order by v.id""", tankers, rows);
            query(c, "select voyage_id, tanker_id, successor_id, reason from voyage_lineage where tanker_id = any (?)"
                    + " order by voyage_id", tankers, rows);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        if (newId != null) {
            String pattern = "(?<![0-9A-Za-z.-])" + newId + "(?![0-9A-Za-z.-])";
            rows.replaceAll(r -> r.replaceAll(pattern, "NEW"));
        }
        return new Snapshot(rows, newId);
    }

    private static void query(Connection c, String sql, List<Long> tankers, List<String> rows) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setArray(1, c.createArrayOf("bigint", tankers.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int i = 1; i <= columns; i++) {
                        row.append(rs.getObject(i)).append(" | ");
                    }
                    rows.add(row.toString());
                }
            }
        }
    }

    /** Derivations of a span around a change, from the metric. */
    private static double spans() {
        return Metrics.globalRegistry.timer("tidemark.derivations", "scope", "span").count();
    }

    private long voyagesOf(long tankerId) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select count(*) from voyage where tanker_id = ?")) {
            ps.setLong(1, tankerId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
