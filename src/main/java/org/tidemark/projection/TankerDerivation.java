package org.tidemark.projection;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.hibernate.Session;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import org.tidemark.config.DeriveConfig;
import org.tidemark.config.EstimateConfig;
import org.tidemark.derive.CargoEstimate;
import org.tidemark.derive.DerivationEvent;
import org.tidemark.derive.DerivationRules;
import org.tidemark.derive.DerivationSpan;
import org.tidemark.derive.DerivedVoyage;
import org.tidemark.derive.TankerParticulars;
import org.tidemark.derive.VoyageDeriver;
import org.tidemark.domain.CargoBand;
import org.tidemark.domain.EventType;
import org.tidemark.domain.LadenState;
import org.tidemark.domain.PortRole;
import org.tidemark.domain.Product;
import org.tidemark.domain.StsDirection;
import org.tidemark.domain.Tanker;
import org.tidemark.domain.TimePrecision;
import org.tidemark.domain.TimeWindow;
import org.tidemark.domain.Volume;
import org.tidemark.domain.VolumeUnit;
import org.tidemark.storage.CopyText;

/**
 * Re-derives a tanker's voyages from its events and replaces the stored ones. The same code
 * serves the write path (after each change) and the full rebuild, so the two cannot disagree.
 * Reads and writes go through plain JDBC (and COPY) on the transaction's connection: derivation
 * touches every event of a tanker, and entities would only add weight.
 */
@ApplicationScoped
public class TankerDerivation {

    private final EntityManager em;
    private final VoyageDeriver deriver;
    private final ObjectMapper json;
    private final DataSource dataSource;
    private final Duration maxCallGap;
    private volatile boolean bounded;
    private final String basis;
    private final Timer spanTimer = derivationTimer("span");
    private final Timer fullTimer = derivationTimer("full");

    TankerDerivation(EntityManager em, EstimateConfig config, DeriveConfig rules, ObjectMapper json, DataSource dataSource) {
        this.em = em;
        this.dataSource = dataSource;
        this.deriver = new VoyageDeriver(config.settings(), rules.rules());
        this.basis = fingerprint(DerivationRules.VERSION + "\n" + rules.rules() + "\n" + config.settings());
        this.maxCallGap = rules.rules().maxCallGap();
        this.bounded = rules.bounded();
        this.json = json;
    }

    /** Locks the tanker row so that concurrent writers to one tanker take turns. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Tanker lock(long tankerId) {
        return em.find(Tanker.class, tankerId, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * Derives the tanker's voyages afresh and replaces the stored ones; the caller holds the tanker's
     * lock. The particulars are read from the row here, after the lock, so that a concurrent amendment
     * committed while this transaction waited for the lock is not estimated with stale figures.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public VoyageChanges rederive(long tankerId) {
        long started = System.nanoTime();
        em.flush();
        VoyageChanges changes = em.unwrap(Session.class).doReturningWork(connection -> {
            List<DerivationEvent> events = loadEvents(connection, tankerId);
            return replaceVoyages(connection, tankerId, deriver.derive(particulars(connection, tankerId), events), events, null);
        });
        fullTimer.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        return changes;
    }

    /**
     * Re-derives only the stretch of the tanker's history that one event, just recorded or retracted, can affect
     * (see {@link VoyageDeriver#spanAround}): the events from the last call boundary before it that it cannot move
     * to the first one after it, and the voyages loaded in between. The stored voyages outside the span are those
     * a full derivation would write, so they are left alone. Where no such span can be proven from the events near
     * the change, the tanker is derived in full. The caller holds the tanker's lock.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public VoyageChanges rederiveAround(long tankerId, long changedEventId) {
        if (!bounded) {
            return rederive(tankerId);
        }
        long started = System.nanoTime();
        em.flush();
        return em.unwrap(Session.class).doReturningWork(connection -> {
            DerivationEvent changed = changedEvent(connection, tankerId, changedEventId);
            for (int voyagesAside : VOYAGES_ASIDE) {
                Instant recentFrom = neighbourLoading(connection, tankerId, changed.time().from().minus(maxCallGap), voyagesAside, false);
                Instant recentUntil = neighbourLoading(connection, tankerId, changed.time().to().plus(maxCallGap), voyagesAside, true);
                if (recentFrom.equals(Instant.MIN) && recentUntil.equals(Instant.MAX)) {
                    break; // a short history: derive it whole
                }
                List<DerivationEvent> recent = loadEvents(connection, tankerId, recentFrom, recentUntil);
                Optional<DerivationSpan> span = deriver.spanAround(changed, recent, recentFrom, recentUntil);
                if (span.isPresent()) {
                    List<DerivedVoyage> voyages = deriver.deriveSpan(particulars(connection, tankerId), recent, span.get());
                    VoyageChanges changes = replaceVoyages(connection, tankerId, voyages, recent, span.get());
                    spanTimer.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
                    return changes;
                }
            }
            List<DerivationEvent> events = loadEvents(connection, tankerId);
            VoyageChanges changes = replaceVoyages(connection, tankerId,
                    deriver.derive(particulars(connection, tankerId), events), events, null);
            fullTimer.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
            return changes;
        });
    }

    /** For tests that compare the bounded path with the full one from the same state. */
    void bounded(boolean on) {
        this.bounded = on;
    }

    /** One tanker's derivation: its duration, by whether it derived a span around a change or the whole history. */
    private static Timer derivationTimer(String scope) {
        return Timer.builder("tidemark.derivations").description("One tanker's voyages derived and written")
                .tag("scope", scope).publishPercentileHistogram().register(Metrics.globalRegistry);
    }

    /**
     * How many stored voyages either side of a change the events are read for: a few first, more if no call
     * boundary among them holds (a wide window, a long call), then the whole history.
     */
    private static final int[] VOYAGES_ASIDE = {3, 12};

    /**
     * A call gap beyond the loading time of the {@code aside}-th stored voyage before (or after) {@code t}, or no
     * bound when the tanker has fewer: the stored voyages only suggest where to read; the cut is proven from the
     * events read.
     */
    private Instant neighbourLoading(Connection c, long tankerId, Instant t, int aside, boolean after) throws SQLException {
        String sql = after
                ? "select loading_from from voyage where tanker_id = ? and loading_from > ? order by loading_from offset ? limit 1"
                : "select loading_from from voyage where tanker_id = ? and loading_from < ? order by loading_from desc offset ? limit 1";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, tankerId);
            ps.setObject(2, OffsetDateTime.ofInstant(t, ZoneOffset.UTC));
            ps.setInt(3, aside - 1);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return after ? Instant.MAX : Instant.MIN;
                }
                Instant loading = instant(rs, 1);
                return after ? loading.plus(maxCallGap) : loading.minus(maxCallGap);
            }
        }
    }

    /** The changed event as the tanker's derivation reads it (from its side, when it is the transfer's counterpart). */
    private static DerivationEvent changedEvent(Connection c, long tankerId, long eventId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(EVENT_COLUMNS + " where e.id = ?")) {
            ps.setLong(1, eventId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("event " + eventId + " vanished");
                }
                DerivationEvent e = toDerivationEvent(rs);
                long recordedOn = rs.getLong(19);
                return recordedOn == tankerId ? e : e.seenFromCounterpart(recordedOn);
            }
        }
    }

    /**
     * Locks the tankers in id order (so that two multi-tanker writers cannot deadlock), re-derives
     * each once, and adds up what changed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public VoyageChanges rederiveAll(Collection<Long> tankerIds) {
        VoyageChanges changes = VoyageChanges.NONE;
        for (Long id : lockAll(tankerIds)) {
            changes = changes.plus(rederive(id));
        }
        return changes;
    }

    /**
     * Locks the tankers in id order, so that two writers that each lock several tankers (an import, a
     * ship-to-ship transfer and its counterpart) cannot deadlock; returns the ids in that order.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Long> lockAll(Collection<Long> tankerIds) {
        if (tankerIds.isEmpty()) {
            return List.of();
        }
        Long[] ids = tankerIds.stream().distinct().sorted().toArray(Long[]::new);
        em.flush();
        em.unwrap(Session.class).doWork(connection -> {
            // Same lock strength as lock(): FOR NO KEY UPDATE does not block the key-share locks of foreign keys.
            try (PreparedStatement ps = connection.prepareStatement(
                    "select id from tanker where id = any (?) order by id for no key update")) {
                ps.setArray(1, connection.createArrayOf("bigint", ids));
                ps.executeQuery().close();
            }
        });
        return List.of(ids);
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
            voyages += QuarkusTransaction.requiringNew().call(() -> {
                lock(id);
                return rederive(id).voyages();
            });
            if ((i + 1) % 100 == 0 || i + 1 == ids.size()) {
                Log.infof("Rebuild: %d of %d tankers, %d voyages, %.1f s", i + 1, ids.size(), voyages,
                        (System.nanoTime() - started) / 1e9);
            }
        }
        recordBasis();
        refreshStatistics();
        return voyages;
    }

    /**
     * What stored voyages derived here depend on besides the events: a SHA-256 of the rules' version and every
     * setting the derivation reads ({@code tidemark.derive.*}, {@code tidemark.estimate.*}). See {@link DerivationBasis}.
     */
    public String basis() {
        return basis;
    }

    /** The basis the stored voyages were last rebuilt under, as {@link #rebuildAll()} recorded it. */
    @Transactional(Transactional.TxType.NEVER)
    public String storedBasis() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select fingerprint from derivation_basis where id = 1")) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException("reading the derivation basis failed", e);
        }
    }

    private void recordBasis() {
        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                    "update derivation_basis set fingerprint = ?, rules_version = ?, derived_at = now() where id = 1")) {
                ps.setString(1, basis);
                ps.setString(2, DerivationRules.VERSION);
                ps.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException("recording the derivation basis failed", e);
            }
        });
    }

    private static String fingerprint(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * After rewriting the derived tables wholesale, brings the planner's statistics and the
     * visibility map up to date, rather than leave the series queries (index-only scans over
     * {@code voyage}) to fetch heap rows until autovacuum comes round.
     */
    private void refreshStatistics() {
        long started = System.nanoTime();
        // VACUUM cannot run inside a transaction: a connection of its own, in autocommit.
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("vacuum (analyze) voyage, voyage_evidence");
        } catch (SQLException e) {
            Log.warnf("Rebuild: could not vacuum the voyage tables (%s); autovacuum will", e.getMessage());
            return;
        }
        Log.infof("Rebuild: voyage tables vacuumed and analysed in %.1f s", (System.nanoTime() - started) / 1e9);
    }

    private static TankerParticulars particulars(Connection c, long tankerId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "select deadweight_t, cargo_capacity_t, tpc_t_per_cm, ballast_draft_m, illustrative, cargo_capacity_low_t,"
                        + " cargo_capacity_high_t, deadweight_low_t, deadweight_high_t, particulars_note from tanker where id = ?")) {
            ps.setLong(1, tankerId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("tanker " + tankerId + " vanished while locked");
                }
                return new TankerParticulars(tankerId, (Double) rs.getObject(1), (Double) rs.getObject(2),
                        (Double) rs.getObject(3), (Double) rs.getObject(4), rs.getBoolean(5),
                        TankerParticulars.Range.of((Double) rs.getObject(6), (Double) rs.getObject(7)),
                        TankerParticulars.Range.of((Double) rs.getObject(8), (Double) rs.getObject(9)), rs.getString(10));
            }
        }
    }

    private static final String EVENT_COLUMNS = """
            select e.id, e.type, e.occurred_from, e.occurred_to, e.precision, e.port_id, p.role, e.laden_state,
                   e.observed_draft_m, e.reported_volume, e.reported_volume_unit, e.product, e.illustrative,
                   e.retracts_event_id, e.content_key, e.confidence, e.counterpart_tanker_id, e.sts_direction,
                   e.tanker_id
            from voyage_event e left join port p on p.id = e.port_id
            """;

    /** Events whose window is wider than this are found through their own index (V37) when reading a stretch. */
    private static final Duration WIDE = Duration.ofDays(32);
    private static final Instant EARLIEST = Instant.parse("1000-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    /**
     * The tanker's own events, and the live ship-to-ship transfers recorded on other tankers that name
     * it as the counterpart, seen from its side.
     */
    private static List<DerivationEvent> loadEvents(Connection c, long tankerId) throws SQLException {
        // Two branches, each on its own index; a transfer's retraction is recorded on the other tanker.
        try (PreparedStatement ps = c.prepareStatement(EVENT_COLUMNS + " where e.tanker_id = ? union all " + EVENT_COLUMNS
                + " where e.counterpart_tanker_id = ?"
                + " and not exists (select 1 from voyage_event r where r.retracts_event_id = e.id)")) {
            ps.setLong(1, tankerId);
            ps.setLong(2, tankerId);
            return read(ps, tankerId);
        }
    }

    /**
     * The tanker's live events (and transfers naming it) whose window ends at or after {@code from} and starts at or
     * before {@code until}: those that start within reach of the stretch on the time index, and the few wider than
     * {@link #WIDE} on their own, so that the read does not grow with the history.
     */
    private static List<DerivationEvent> loadEvents(Connection c, long tankerId, Instant from, Instant until)
            throws SQLException {
        String live = " and e.type <> 'RETRACTION' and not exists (select 1 from voyage_event r where r.retracts_event_id = e.id)";
        try (PreparedStatement ps = c.prepareStatement(EVENT_COLUMNS
                + " where e.tanker_id = ? and e.occurred_from >= ? and e.occurred_from <= ?" + live
                + " union all " + EVENT_COLUMNS
                + " where e.tanker_id = ? and e.occurred_to - e.occurred_from > interval '32 days'"
                + " and e.occurred_to >= ? and e.occurred_from < ?" + live
                + " union all " + EVENT_COLUMNS
                + " where e.counterpart_tanker_id = ? and e.occurred_to >= ? and e.occurred_from <= ?" + live)) {
            OffsetDateTime lower = timestamp(from.equals(Instant.MIN) ? EARLIEST : from);
            OffsetDateTime narrowLower = timestamp(from.equals(Instant.MIN) ? EARLIEST : from.minus(WIDE));
            OffsetDateTime upper = timestamp(until.equals(Instant.MAX) ? LATEST : until);
            ps.setLong(1, tankerId);
            ps.setObject(2, narrowLower);
            ps.setObject(3, upper);
            ps.setLong(4, tankerId);
            ps.setObject(5, lower);
            ps.setObject(6, narrowLower);
            ps.setLong(7, tankerId);
            ps.setObject(8, lower);
            ps.setObject(9, upper);
            return read(ps, tankerId);
        }
    }

    private static List<DerivationEvent> read(PreparedStatement ps, long tankerId) throws SQLException {
        List<DerivationEvent> events = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                DerivationEvent e = toDerivationEvent(rs);
                long recordedOn = rs.getLong(19);
                events.add(recordedOn == tankerId ? e : e.seenFromCounterpart(recordedOn));
            }
        }
        return events;
    }

    private static OffsetDateTime timestamp(Instant t) {
        return OffsetDateTime.ofInstant(t, ZoneOffset.UTC);
    }

    private static DerivationEvent toDerivationEvent(ResultSet rs) throws SQLException {
        String unit = rs.getString(11);
        Double volume = (Double) rs.getObject(10);
        String role = rs.getString(7);
        String laden = rs.getString(8);
        String product = rs.getString(12);
        String direction = rs.getString(18);
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
                rs.getString(15),
                rs.getInt(16),
                (Long) rs.getObject(17),
                direction == null ? null : StsDirection.valueOf(direction));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getTimestamp(column).toInstant();
    }

    /**
     * Brings the tanker's stored voyages in line with the derived ones, writing only what differs.
     * Voyage ids come from the tanker and the opening event, so a voyage an event leaves alone keeps
     * its id and its row text, and a digest of that text (with its evidence) tells it is unchanged:
     * recording one event rewrites one or two voyages, not the tanker's whole history. New and
     * changed rows go in with COPY: a tanker's voyages carry one evidence row per event, so a bulk
     * import or a rebuild writes about as many rows here as it has events. With a span, only the stored voyages
     * loaded in it are compared (and the counts are of those).
     */
    private VoyageChanges replaceVoyages(Connection c, long tankerId, List<DerivedVoyage> voyages,
                                         List<DerivationEvent> events, DerivationSpan span) throws SQLException {
        Map<UUID, String> stored = new HashMap<>();
        String inSpan = span == null ? "" : " and loading_from >= ?" + (span.until() == null ? "" : " and loading_from < ?");
        try (PreparedStatement ps = c.prepareStatement("select id, row_digest from voyage where tanker_id = ?" + inSpan)) {
            ps.setLong(1, tankerId);
            if (span != null) {
                ps.setObject(2, timestamp(span.from()));
                if (span.until() != null) {
                    ps.setObject(3, timestamp(span.until()));
                }
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    stored.put(rs.getObject(1, UUID.class), rs.getString(2));
                }
            }
        }
        StringBuilder voyageRows = new StringBuilder();
        StringBuilder evidenceRows = new StringBuilder();
        StringBuilder row = new StringBuilder(600);
        StringBuilder evidence = new StringBuilder(200);
        List<UUID> stale = new ArrayList<>();
        List<UUID> fresh = new ArrayList<>();
        int altered = 0;
        int unchanged = 0;
        for (DerivedVoyage v : voyages) {
            row.setLength(0);
            evidence.setLength(0);
            voyageRow(row, v);
            int position = 0;
            for (Long eventId : v.eventIds()) {
                CopyText.plain(evidence, v.id());
                CopyText.plain(evidence, eventId);
                CopyText.plain(evidence, position++);
                CopyText.endRow(evidence);
            }
            String digest = digest(row, evidence);
            String before = stored.remove(v.id());
            if (digest.equals(before)) {
                unchanged++;
                continue;
            }
            if (before == null) {
                fresh.add(v.id());
            } else {
                altered++;
                stale.add(v.id());
            }
            CopyText.text(row, digest);
            CopyText.endRow(row);
            voyageRows.append(row);
            evidenceRows.append(evidence);
        }
        // What is left of the stored voyages was not derived again: gone, but their links keep answering.
        Set<UUID> vanished = stored.keySet();
        recordLineage(c, tankerId, vanished, fresh, voyages, events);
        stale.addAll(vanished);
        if (!stale.isEmpty()) {
            Array ids = c.createArrayOf("uuid", stale.toArray());
            // Evidence first: since V10 it has no foreign key (and no cascade) to the voyage.
            try (PreparedStatement delete = c.prepareStatement("delete from voyage_evidence where voyage_id = any (?)")) {
                delete.setArray(1, ids);
                delete.executeUpdate();
            }
            try (PreparedStatement delete = c.prepareStatement("delete from voyage where id = any (?)")) {
                delete.setArray(1, ids);
                delete.executeUpdate();
            }
        }
        if (!voyageRows.isEmpty()) {
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            try {
                copy.copyIn("""
                        copy voyage (id, tanker_id, load_port_id, discharge_port_id, loading_from, loading_to, discharge_from,
                            discharge_to, status, opening_event_id, closing_event_id, illustrative, includes_illustrative,
                            estimate_method, low_bbl, central_bbl, high_bbl, low_t, central_t, high_t, estimate_inputs,
                            confidence, loaded_from_tanker_id, conflicts, row_digest) from stdin""",
                        new StringReader(voyageRows.toString()));
                copy.copyIn("copy voyage_evidence (voyage_id, event_id, position) from stdin",
                        new StringReader(evidenceRows.toString()));
            } catch (IOException e) {
                throw new IllegalStateException("reading a string cannot fail", e);
            }
        }
        return new VoyageChanges(fresh.size(), vanished.size(), altered, unchanged);
    }

    /**
     * Keeps the links to voyages that re-derivation replaced answering: each vanished voyage points at
     * the derived voyage that now holds most of its evidence (the first such, in loading order), or at
     * none, with the reason, when no voyage holds any of it. A voyage id that is derived again is no
     * longer a lineage entry.
     */
    private static void recordLineage(Connection c, long tankerId, Set<UUID> vanished, List<UUID> fresh,
                                      List<DerivedVoyage> voyages, List<DerivationEvent> events) throws SQLException {
        // Only a voyage written anew can carry a lineage entry: one is made when its id vanishes.
        if (!fresh.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement("delete from voyage_lineage where voyage_id = any (?)")) {
                ps.setArray(1, c.createArrayOf("uuid", fresh.toArray()));
                ps.executeUpdate();
            }
        }
        if (vanished.isEmpty()) {
            return;
        }
        Map<UUID, Set<Long>> evidence = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "select voyage_id, event_id from voyage_evidence where voyage_id = any (?)")) {
            ps.setArray(1, c.createArrayOf("uuid", vanished.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    evidence.computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashSet<>()).add(rs.getLong(2));
                }
            }
        }
        Set<Long> live = new HashSet<>();
        VoyageDeriver.liveInOrder(events).forEach(e -> live.add(e.id()));
        try (PreparedStatement ps = c.prepareStatement("""
                insert into voyage_lineage (voyage_id, tanker_id, successor_id, reason) values (?, ?, ?, ?)
                on conflict (voyage_id) do update
                    set successor_id = excluded.successor_id, reason = excluded.reason, replaced_at = now()""")) {
            for (UUID old : vanished) {
                Set<Long> held = evidence.getOrDefault(old, Set.of());
                DerivedVoyage successor = null;
                long best = 0;
                for (DerivedVoyage v : voyages) {
                    long shared = v.eventIds().stream().filter(held::contains).count();
                    if (shared > best) {
                        best = shared;
                        successor = v;
                    }
                }
                ps.setObject(1, old);
                ps.setLong(2, tankerId);
                ps.setObject(3, successor == null ? null : successor.id());
                ps.setString(4, successor != null
                        ? "re-derived: its evidence now belongs to voyage " + successor.id()
                        : held.stream().noneMatch(live::contains)
                        ? "its supporting events were retracted"
                        : "its events no longer make a delivery (for example the tanker is now recorded leaving in ballast)");
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** The voyage's row in COPY text, every column but the digest, which is taken of this text. */
    private void voyageRow(StringBuilder row, DerivedVoyage v) {
        CargoEstimate estimate = v.estimate();
        CopyText.plain(row, v.id());
        CopyText.plain(row, v.tankerId());
        CopyText.plain(row, v.loadPortId());
        CopyText.plain(row, v.dischargePortId());
        CopyText.plain(row, v.loadingFrom());
        CopyText.plain(row, v.loadingTo());
        CopyText.plain(row, v.dischargeFrom());
        CopyText.plain(row, v.dischargeTo());
        CopyText.plain(row, v.status());
        CopyText.plain(row, v.openingEventId());
        CopyText.plain(row, v.closingEventId());
        CopyText.plain(row, v.illustrative());
        CopyText.plain(row, v.includesIllustrative());
        CopyText.plain(row, estimate.method());
        band(row, estimate.barrels());
        band(row, estimate.tonnes());
        CopyText.text(row, toJson(new java.util.TreeMap<>(estimate.inputs())));
        CopyText.plain(row, v.confidence());
        CopyText.plain(row, v.loadedFromTankerId());
        CopyText.text(row, toJson(v.conflicts()));
    }

    /** MD5 of the voyage's row and evidence text: it tells a change, it guards against nothing. */
    private static String digest(CharSequence row, CharSequence evidence) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            md5.update(row.toString().getBytes(StandardCharsets.UTF_8));
            md5.update(evidence.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md5.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has MD5", e);
        }
    }

    private static void band(StringBuilder row, CargoBand band) {
        CopyText.plain(row, band == null ? null : band.low());
        CopyText.plain(row, band == null ? null : band.central());
        CopyText.plain(row, band == null ? null : band.high());
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("estimate inputs and conflicts are plain values and always serialise", e);
        }
    }
}
