package org.tidemark.aisimport;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import org.tidemark.ais.PositionReport;
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
     */
    long store(long fileId) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("""
                with stored as (
                    insert into ais_position (mmsi, reported_at, lat, lon, sog_kn, draught_m, imo, name, file_id, row_number)
                    select distinct on (mmsi, reported_at) mmsi, reported_at, lat, lon, sog_kn, draught_m, imo, name, ?,
                           row_number
                    from ais_staging
                    order by mmsi, reported_at, lat, lon, sog_kn, draught_m, row_number
                    on conflict do nothing
                    returning mmsi, reported_at, name, imo
                ), seen as (
                    select mmsi, min(reported_at) first_report, max(reported_at) last_report, count(*) reports,
                           (array_agg(name order by reported_at desc) filter (where name is not null))[1] last_name,
                           (array_agg(imo order by reported_at desc) filter (where imo is not null))[1] last_imo
                    from stored group by mmsi
                ), vessels as (
                    insert into ais_vessel as v (mmsi, last_name, last_imo, first_report, last_report, reports)
                    select mmsi, last_name, last_imo, first_report, last_report, reports from seen
                    on conflict (mmsi) do update set
                        last_name = case when excluded.last_report >= v.last_report
                            then coalesce(excluded.last_name, v.last_name) else coalesce(v.last_name, excluded.last_name) end,
                        last_imo = case when excluded.last_report >= v.last_report
                            then coalesce(excluded.last_imo, v.last_imo) else coalesce(v.last_imo, excluded.last_imo) end,
                        first_report = least(v.first_report, excluded.first_report),
                        last_report = greatest(v.last_report, excluded.last_report),
                        reports = v.reports + excluded.reports,
                        updated_at = now()
                    returning 1
                )
                select coalesce(sum(reports), 0) from seen
                """)) {
            ps.setLong(1, fileId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
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
        if (copy != null && copy.isActive()) {
            try {
                copy.cancelCopy();
            } catch (SQLException ignored) {
                // rolled back anyway
            }
        }
        copy = null;
    }
}
