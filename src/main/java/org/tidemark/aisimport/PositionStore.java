package org.tidemark.aisimport;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import org.tidemark.ais.PositionReport;
import org.tidemark.ais.Track;
import org.tidemark.ais.Tracks;
import org.tidemark.storage.CopyText;

/**
 * Stores position reports: COPY into a temporary staging table as the file streams, then, once the file has been read
 * whole, the monthly partitions it needs and one {@code insert … select … on conflict do nothing} into
 * {@code ais_position} (a report already stored — same vessel, same second — stays as it was). All on the
 * transaction's connection: a refused file leaves nothing.
 */
final class PositionStore implements AutoCloseable {

    private static final int FLUSH_AT = 64 * 1024;
    /** Serialises partition creation between concurrent imports (CREATE TABLE IF NOT EXISTS can race). */
    private static final long PARTITION_LOCK = 0x41_49_53_50_41_52_54L; // "AISPART"

    private final Connection connection;
    private final StringBuilder buffer = new StringBuilder(FLUSH_AT + 1024);
    private final TreeSet<YearMonth> months = new TreeSet<>();
    private CopyIn copy;
    private long staged;

    PositionStore(Connection connection) throws SQLException {
        this.connection = connection;
        try (Statement s = connection.createStatement()) {
            s.execute("""
                    create temp table if not exists ais_staging (mmsi char(9), reported_at timestamptz,
                        lat double precision, lon double precision, sog_kn real, draught_m real, imo char(7),
                        name varchar(120), row_number bigint) on commit drop""");
        }
        copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                "copy ais_staging (mmsi, reported_at, lat, lon, sog_kn, draught_m, imo, name, row_number) from stdin");
    }

    void stage(PositionReport r) throws SQLException {
        StringBuilder b = buffer;
        CopyText.text(b, r.mmsi());
        CopyText.plain(b, r.time());
        CopyText.plain(b, r.lat());
        CopyText.plain(b, r.lon());
        CopyText.plain(b, r.sogKn());
        CopyText.plain(b, r.draughtM());
        CopyText.text(b, r.imo());
        String name = r.name();
        CopyText.text(b, name == null || name.length() <= 120 ? name : name.substring(0, 120));
        CopyText.plain(b, r.row());
        CopyText.endRow(b);
        months.add(YearMonth.from(r.time().atOffset(ZoneOffset.UTC)));
        staged++;
        if (b.length() >= FLUSH_AT) {
            flush();
        }
    }

    long staged() {
        return staged;
    }

    /** Ends the COPY into the staging table. */
    void endStaging() throws SQLException {
        flush();
        copy.endCopy();
        copy = null;
    }

    /** The monthly partitions of {@code ais_position} for the staged reports, created where missing. */
    void partitions() throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_xact_lock(?)")) {
            lock.setLong(1, PARTITION_LOCK);
            lock.executeQuery().close();
        }
        createPartitions(connection, months);
    }

    static void createPartitions(Connection connection, Collection<YearMonth> months) throws SQLException {
        try (Statement s = connection.createStatement()) {
            for (YearMonth m : months) {
                Instant from = m.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
                Instant to = m.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
                s.execute(String.format(Locale.ROOT,
                        "create table if not exists ais_position_y%04dm%02d partition of ais_position "
                                + "for values from ('%s') to ('%s')", m.getYear(), m.getMonthValue(), from, to));
            }
        }
    }

    /**
     * Moves the staged reports into {@code ais_position} (one per vessel and second: of several in the file the first
     * by content, as {@code ais.Tracks} keeps) and brings {@code ais_vessel} up to date; returns the reports stored.
     *
     * @param tracks the file's tracks: when the file holds no second report of a vessel in one second and every staged
     *               report is new, the vessels are updated from them; otherwise from the rows this file stored
     */
    long store(long fileId, Tracks tracks, boolean duplicatesInFile) throws SQLException {
        long stored = -1;
        if (!duplicatesInFile && !overlapsStored(tracks)) {
            // No stored report can share a key: a plain insert, as fast as COPY (ON CONFLICT's speculative insertion
            // costs about 70 % more). A concurrent import may still have stored some since the check: then the
            // savepoint takes the plain insert back and the careful one runs.
            try (Statement s = connection.createStatement()) {
                s.execute("savepoint ais_plain_insert");
                try (PreparedStatement ps = connection.prepareStatement("""
                        insert into ais_position (mmsi, reported_at, lat, lon, sog_kn, draught_m, imo, name, file_id,
                            row_number)
                        select mmsi, reported_at, lat, lon, sog_kn, draught_m, imo, name, ?, row_number from ais_staging""")) {
                    ps.setLong(1, fileId);
                    stored = ps.executeUpdate();
                    s.execute("release savepoint ais_plain_insert");
                } catch (SQLException e) {
                    if (!"23505".equals(e.getSQLState())) {
                        throw e;
                    }
                    s.execute("rollback to savepoint ais_plain_insert");
                }
            }
        }
        if (stored < 0) {
            stored = storeCarefully(fileId, duplicatesInFile);
        }
        if (!duplicatesInFile && stored == staged) {
            vesselsFromTracks(tracks);
        } else if (stored > 0) {
            vesselsFromRows(fileId);
        }
        return stored;
    }

    /** Whether any vessel of the file has a stored report within its time span here (one index probe per vessel). */
    private boolean overlapsStored(Tracks tracks) throws SQLException {
        List<Track> all = tracks.all();
        String[] mmsi = new String[all.size()];
        Timestamp[] from = new Timestamp[all.size()];
        Timestamp[] to = new Timestamp[all.size()];
        int n = 0;
        for (Track tr : all) {
            if (tr.size() > 0) {
                mmsi[n] = tr.mmsi();
                from[n] = Timestamp.from(tr.time(0));
                to[n] = Timestamp.from(tr.time(tr.size() - 1));
                n++;
            }
        }
        try (PreparedStatement ps = connection.prepareStatement("""
                select exists (select 1 from unnest(?::bpchar[], ?::timestamptz[], ?::timestamptz[]) v (mmsi, t0, t1)
                               where exists (select 1 from ais_position p
                                             where p.mmsi = v.mmsi and p.reported_at between v.t0 and v.t1))""")) {
            ps.setArray(1, connection.createArrayOf("bpchar", java.util.Arrays.copyOf(mmsi, n)));
            ps.setArray(2, connection.createArrayOf("timestamptz", java.util.Arrays.copyOf(from, n)));
            ps.setArray(3, connection.createArrayOf("timestamptz", java.util.Arrays.copyOf(to, n)));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    /** Some reports may be stored already, or twice in the file: keep the stored ones, and one per vessel and second. */
    private long storeCarefully(long fileId, boolean duplicatesInFile) throws SQLException {
        long stored;
        try (PreparedStatement ps = connection.prepareStatement(duplicatesInFile ? """
                insert into ais_position (mmsi, reported_at, lat, lon, sog_kn, draught_m, imo, name, file_id, row_number)
                select distinct on (mmsi, reported_at) mmsi, reported_at, lat, lon, sog_kn, draught_m, imo, name, ?,
                       row_number
                from ais_staging
                order by mmsi, reported_at, lat, lon, sog_kn, draught_m, row_number
                on conflict do nothing""" : """
                insert into ais_position (mmsi, reported_at, lat, lon, sog_kn, draught_m, imo, name, file_id, row_number)
                select mmsi, reported_at, lat, lon, sog_kn, draught_m, imo, name, ?, row_number from ais_staging
                on conflict do nothing""")) {
            ps.setLong(1, fileId);
            stored = ps.executeUpdate();
        }
        return stored;
    }

    private static final String UPSERT_VESSEL = """
            insert into ais_vessel as v (mmsi, last_name, last_imo, first_report, last_report, reports)
            %s
            on conflict (mmsi) do update set
                last_name = case when excluded.last_report >= v.last_report
                    then coalesce(excluded.last_name, v.last_name) else coalesce(v.last_name, excluded.last_name) end,
                last_imo = case when excluded.last_report >= v.last_report
                    then coalesce(excluded.last_imo, v.last_imo) else coalesce(v.last_imo, excluded.last_imo) end,
                first_report = least(v.first_report, excluded.first_report),
                last_report = greatest(v.last_report, excluded.last_report),
                reports = v.reports + excluded.reports,
                updated_at = now()""";

    /** Every staged report was stored, one per vessel and second: each track is what was stored of its vessel. */
    private void vesselsFromTracks(Tracks tracks) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(String.format(UPSERT_VESSEL,
                "values (?, ?, ?, ?, ?, ?)"))) {
            for (Track tr : tracks.all()) {
                if (tr.size() == 0) {
                    continue;
                }
                String name = tr.name();
                ps.setString(1, tr.mmsi());
                ps.setString(2, name == null || name.length() <= 120 ? name : name.substring(0, 120));
                ps.setString(3, tr.imo());
                ps.setTimestamp(4, Timestamp.from(tr.time(0)));
                ps.setTimestamp(5, Timestamp.from(tr.time(tr.size() - 1)));
                ps.setLong(6, tr.size());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Some reports were stored before (or twice in the file): count what this file stored. */
    private void vesselsFromRows(long fileId) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(String.format(UPSERT_VESSEL, """
                select mmsi, (array_agg(name order by reported_at desc) filter (where name is not null))[1],
                       (array_agg(imo order by reported_at desc) filter (where imo is not null))[1],
                       min(reported_at), max(reported_at), count(*)
                from ais_position where file_id = ? group by mmsi"""))) {
            ps.setLong(1, fileId);
            ps.executeUpdate();
        }
    }

    /** The reports a query selects (mmsi, reported_at, lat, lon, sog_kn, draught_m, imo, name, row_number). */
    static void readReports(Connection connection, String sql, Long parameter, Consumer<PositionReport> sink)
            throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setFetchSize(10_000);
            if (parameter != null) {
                ps.setLong(1, parameter);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    float sog = rs.getFloat(5);
                    // As written in the file (10.3, not 10.300000190734863): a real's shortest decimal.
                    Double sogKn = rs.wasNull() ? null : Double.parseDouble(Float.toString(sog));
                    float draught = rs.getFloat(6);
                    Double draughtM = rs.wasNull() ? null : Double.parseDouble(Float.toString(draught));
                    sink.accept(new PositionReport(rs.getString(1), rs.getString(7), rs.getString(8),
                            rs.getObject(2, java.time.OffsetDateTime.class).toInstant(), rs.getDouble(3), rs.getDouble(4),
                            sogKn, draughtM, rs.getLong(9)));
                }
            }
        }
    }

    private void flush() throws SQLException {
        if (buffer.length() == 0) {
            return;
        }
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        buffer.setLength(0);
        copy.writeToCopy(bytes, 0, bytes.length);
    }

    /** Abandons an open COPY (a refused file): the transaction rolls back, this only frees the connection. */
    @Override
    public void close() {
        buffer.setLength(0);
        CopyText.cancel(copy);
        copy = null;
    }
}
