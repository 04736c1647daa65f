package org.tidemark.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;

/** The run's own database tidemark_bench_<random>: migrated by the product's Flyway scripts, dropped at the end. */
final class BenchDatabase implements AutoCloseable {

    private static final Pattern URL = Pattern.compile("(jdbc:postgresql://[^/]+/)([^?]*)(\\?.*)?");

    final String name;
    final String url;
    final String user;
    final String password;
    private final String serverUrl;
    private boolean dropped;

    private BenchDatabase(String name, String url, String user, String password, String serverUrl) {
        this.name = name;
        this.url = url;
        this.user = user;
        this.password = password;
        this.serverUrl = serverUrl;
    }

    static BenchDatabase create(String serverUrl, String user, String password) throws SQLException {
        Matcher m = URL.matcher(serverUrl);
        if (!m.matches()) {
            throw new IllegalArgumentException("expected jdbc:postgresql://host:port/database, got " + serverUrl);
        }
        String name = "tidemark_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(serverUrl, user, password);
             Statement s = c.createStatement()) {
            s.execute("create database " + name);
        }
        String url = m.group(1) + name + (m.group(3) == null ? "" : m.group(3));
        return new BenchDatabase(name, url, user, password, serverUrl);
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /** The product's own migrations, exactly as the app runs them at start. */
    void migrate() {
        Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").load().migrate();
    }

    String serverVersion() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select version()")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** Ports, sources and tankers with the ids the synthetic events name; sequences moved past them. */
    void loadRegistry(SyntheticFleet fleet) throws SQLException {
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(
                    "insert into source (id, key, publisher, title, illustrative) values (?, ?, ?, ?, true)")) {
                for (SyntheticFleet.SourceRef s : SyntheticFleet.SOURCES) {
                    ps.setLong(1, s.id());
                    ps.setString(2, s.key());
                    ps.setString(3, s.publisher());
                    ps.setString(4, "Benchmark data (synthetic)");
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "insert into port (id, name, locode, country, latitude, longitude, role) values (?, ?, ?, ?, ?, ?, ?)")) {
                for (SyntheticFleet.PortRef p : SyntheticFleet.PORTS) {
                    ps.setLong(1, p.id());
                    ps.setString(2, p.name());
                    ps.setString(3, p.locode());
                    ps.setString(4, p.country());
                    ps.setDouble(5, p.latitude());
                    ps.setDouble(6, p.longitude());
                    ps.setString(7, p.role().name());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into tanker (id, name, flag, deadweight_t, cargo_capacity_t, tpc_t_per_cm, ballast_draft_m,
                                        illustrative, particulars_note, source_id)
                    values (?, ?, 'KP', ?, ?, ?, ?, true, 'synthetic benchmark tanker', 1)
                    """)) {
                for (SyntheticFleet.TankerRef t : fleet.tankers) {
                    ps.setLong(1, t.id());
                    ps.setString(2, t.name());
                    ps.setDouble(3, t.deadweightT());
                    ps.setObject(4, t.cargoCapacityT(), Types.DOUBLE);
                    ps.setObject(5, t.tpcTonnesPerCm(), Types.DOUBLE);
                    ps.setObject(6, t.ballastDraftM(), Types.DOUBLE);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (Statement s = c.createStatement()) {
                s.execute("select setval('source_seq', 1000), setval('port_seq', 1000), setval('tanker_seq', "
                        + (fleet.tankers.size() + 1000) + ")");
            }
            c.commit();
        }
    }

    /** Empties the event and derived tables (the registry stays). */
    void truncateEvents() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("truncate voyage_evidence, voyage, ais_detected_event, voyage_event"); // AIS links name events (V47)
        }
    }

    /** Empties the derived tables, so that a rebuild writes every voyage afresh. */
    void truncateDerived() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("truncate voyage_evidence, voyage");
        }
    }

    /** COPYs a file of rows in text format into voyage_event; returns the rows copied. */
    long copyEvents(Path file) throws SQLException, IOException {
        try (Connection c = connect(); InputStream in = Files.newInputStream(file)) {
            return c.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy voyage_event (" + SyntheticEvent.COPY_COLUMNS + ") from stdin", in, 1 << 16);
        }
    }

    /** Moves the event id sequence past every stored id, so that the app's ids never collide with copied ones. */
    void advanceEventSequence() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("select setval('voyage_event_seq', coalesce((select max(id) from voyage_event), 0) + 1000)");
        }
    }

    void analyze() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("analyze");
        }
    }

    long count(String table) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    synchronized void drop() throws SQLException {
        if (dropped) {
            return;
        }
        try (Connection c = DriverManager.getConnection(serverUrl, user, password);
             Statement s = c.createStatement()) {
            s.execute("drop database if exists " + name + " with (force)");
        }
        dropped = true;
    }

    @Override
    public void close() throws SQLException {
        drop();
    }
}
