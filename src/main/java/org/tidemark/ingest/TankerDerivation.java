package org.tidemark.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import org.tidemark.derive.CargoEstimate;
import org.tidemark.derive.DerivationEvent;
import org.tidemark.derive.DerivedVoyage;
import org.tidemark.derive.TankerParticulars;
import org.tidemark.derive.VoyageDeriver;
import org.tidemark.domain.CargoBand;
import org.tidemark.domain.EventType;
import org.tidemark.domain.LadenState;
import org.tidemark.domain.PortRole;
import org.tidemark.domain.Product;
import org.tidemark.domain.Tanker;
import org.tidemark.domain.TimePrecision;
import org.tidemark.domain.TimeWindow;
import org.tidemark.domain.Volume;
import org.tidemark.domain.VolumeUnit;

/**
 * Re-derives a tanker's voyages from its events and replaces the stored ones. The same code
 * serves the write path (after each change) and the full rebuild, so the two cannot disagree.
 * Reads and writes go through plain JDBC on the transaction's connection: derivation touches
 * every event of a tanker, and entities would only add weight.
 */
@ApplicationScoped
public class TankerDerivation {

    private final EntityManager em;
    private final VoyageDeriver deriver;
    private final ObjectMapper json;

    TankerDerivation(EntityManager em, EstimateConfig config, ObjectMapper json) {
        this.em = em;
        this.deriver = new VoyageDeriver(config.settings());
        this.json = json;
    }

    /** Locks the tanker row so that concurrent writers to one tanker take turns. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Tanker lock(long tankerId) {
        return em.find(Tanker.class, tankerId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Derives the tanker's voyages afresh and replaces the stored ones; the caller holds the tanker's lock. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<DerivedVoyage> rederive(Tanker tanker) {
        em.flush();
        TankerParticulars particulars = new TankerParticulars(tanker.id, tanker.deadweightT, tanker.cargoCapacityT,
                tanker.tpcTonnesPerCm, tanker.ballastDraftM, tanker.illustrative);
        return em.unwrap(Session.class).doReturningWork(connection -> {
            List<DerivedVoyage> voyages = deriver.derive(particulars, loadEvents(connection, tanker.id));
            replaceVoyages(connection, tanker.id, voyages);
            return voyages;
        });
    }

    /**
     * Rebuilds every tanker's voyages from the events alone; returns the number of voyages written.
     * One transaction per tanker, so writers to other tankers are not held up for the whole rebuild.
     */
    @Transactional(Transactional.TxType.NEVER)
    public int rebuildAll() {
        List<Long> ids = QuarkusTransaction.requiringNew().call(() ->
                em.createQuery("select t.id from Tanker t order by t.id", Long.class).getResultList());
        int voyages = 0;
        long started = System.nanoTime();
        for (int i = 0; i < ids.size(); i++) {
            long id = ids.get(i);
            voyages += QuarkusTransaction.requiringNew().call(() -> rederive(lock(id)).size());
            if ((i + 1) % 100 == 0 || i + 1 == ids.size()) {
                Log.infof("Rebuild: %d of %d tankers, %d voyages, %.1f s", i + 1, ids.size(), voyages,
                        (System.nanoTime() - started) / 1e9);
            }
        }
        return voyages;
    }

    private static List<DerivationEvent> loadEvents(Connection c, long tankerId) throws SQLException {
        List<DerivationEvent> events = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                select e.id, e.type, e.occurred_from, e.occurred_to, e.precision, e.port_id, p.role, e.laden_state,
                       e.observed_draft_m, e.reported_volume, e.reported_volume_unit, e.product, e.illustrative,
                       e.retracts_event_id, e.content_key
                from voyage_event e left join port p on p.id = e.port_id
                where e.tanker_id = ?
                """)) {
            ps.setLong(1, tankerId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    events.add(toDerivationEvent(rs));
                }
            }
        }
        return events;
    }

    private static DerivationEvent toDerivationEvent(ResultSet rs) throws SQLException {
        String unit = rs.getString(11);
        Double volume = (Double) rs.getObject(10);
        String role = rs.getString(7);
        String laden = rs.getString(8);
        String product = rs.getString(12);
        return new DerivationEvent(
                rs.getLong(1),
                EventType.valueOf(rs.getString(2)),
                new TimeWindow(instant(rs, 3), instant(rs, 4), TimePrecision.valueOf(rs.getString(5))),
                (Long) rs.getObject(6),
                role == null ? null : PortRole.valueOf(role),
                laden == null ? null : LadenState.valueOf(laden),
                (Double) rs.getObject(9),
                volume == null ? null : new Volume(volume, VolumeUnit.valueOf(unit)),
                product == null ? null : Product.valueOf(product),
                rs.getBoolean(13),
                (Long) rs.getObject(14),
                rs.getString(15));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getTimestamp(column).toInstant();
    }

    private void replaceVoyages(Connection c, long tankerId, List<DerivedVoyage> voyages) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("delete from voyage where tanker_id = ?")) {
            delete.setLong(1, tankerId);
            delete.executeUpdate();
        }
        if (voyages.isEmpty()) {
            return;
        }
        try (PreparedStatement voyage = c.prepareStatement("""
                insert into voyage (id, tanker_id, load_port_id, discharge_port_id, loading_from, loading_to,
                    discharge_from, discharge_to, status, opening_event_id, closing_event_id, illustrative,
                    includes_illustrative, estimate_method, low_bbl, central_bbl, high_bbl, low_t, central_t, high_t,
                    estimate_inputs)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))
                """);
             PreparedStatement evidence = c.prepareStatement(
                     "insert into voyage_evidence (voyage_id, event_id, position) values (?, ?, ?)")) {
            for (DerivedVoyage v : voyages) {
                CargoEstimate estimate = v.estimate();
                voyage.setObject(1, v.id());
                voyage.setLong(2, v.tankerId());
                voyage.setLong(3, v.loadPortId());
                voyage.setObject(4, v.dischargePortId(), Types.BIGINT);
                voyage.setTimestamp(5, Timestamp.from(v.loadingFrom()));
                voyage.setTimestamp(6, Timestamp.from(v.loadingTo()));
                voyage.setTimestamp(7, v.dischargeFrom() == null ? null : Timestamp.from(v.dischargeFrom()));
                voyage.setTimestamp(8, v.dischargeTo() == null ? null : Timestamp.from(v.dischargeTo()));
                voyage.setString(9, v.status().name());
                voyage.setLong(10, v.openingEventId());
                voyage.setObject(11, v.closingEventId(), Types.BIGINT);
                voyage.setBoolean(12, v.illustrative());
                voyage.setBoolean(13, v.includesIllustrative());
                voyage.setString(14, estimate.method().name());
                setBand(voyage, 15, estimate.barrels());
                setBand(voyage, 18, estimate.tonnes());
                voyage.setString(21, toJson(estimate));
                voyage.addBatch();
                int position = 0;
                for (Long eventId : v.eventIds()) {
                    evidence.setObject(1, v.id());
                    evidence.setLong(2, eventId);
                    evidence.setInt(3, position++);
                    evidence.addBatch();
                }
            }
            voyage.executeBatch();
            evidence.executeBatch();
        }
    }

    private static void setBand(PreparedStatement ps, int first, CargoBand band) throws SQLException {
        ps.setObject(first, band == null ? null : band.low(), Types.DOUBLE);
        ps.setObject(first + 1, band == null ? null : band.central(), Types.DOUBLE);
        ps.setObject(first + 2, band == null ? null : band.high(), Types.DOUBLE);
    }

    private String toJson(CargoEstimate estimate) {
        try {
            return json.writeValueAsString(new java.util.TreeMap<>(estimate.inputs()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("estimate inputs are plain values and always serialise", e);
        }
    }
}
