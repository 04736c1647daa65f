package org.tidemark.storage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jboss.logging.Logger;

/**
 * A PostgreSQL server that Tidemark runs itself, from binaries shipped in a Maven jar, with its
 * data in a folder that is kept across restarts. Durable settings are restored (the library turns
 * fsync off by default, which suits tests, not users), and a server orphaned by a killed JVM is
 * stopped before a new one starts on the same data.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String DATABASE = "tidemark";
    public static final String USER = "postgres";

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** Starts PostgreSQL on {@code dataDirectory}, creating it (and the database) on first use. */
    public static EmbeddedDatabase start(Path dataDirectory, boolean durable) throws IOException {
        Files.createDirectories(dataDirectory);
        stopOrphan(dataDirectory);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPGStartupWait(Duration.ofSeconds(60));
        if (durable) {
            builder.setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on");
        }
        EmbeddedDatabase database = new EmbeddedDatabase(builder.start());
        database.createDatabaseIfMissing();
        return database;
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl(USER, DATABASE);
    }

    public int port() {
        return postgres.getPort();
    }

    private void createDatabaseIfMissing() throws IOException {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
             Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            s.execute("create database " + DATABASE);
        } catch (SQLException e) {
            throw new IOException("could not create the database '" + DATABASE + "' in the embedded PostgreSQL", e);
        }
    }

    /**
     * A JVM killed with SIGKILL leaves its PostgreSQL running and holding postmaster.pid; the next
     * start would fail on the lock. Stop such a server (SIGINT: fast shutdown) and wait for it.
     */
    static void stopOrphan(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).strip());
        } catch (NumberFormatException e) {
            return;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false));
        if (process.isEmpty()) {
            return; // a dead pid: PostgreSQL clears the stale lock itself
        }
        LOG.warnf("A PostgreSQL server (pid %d) left running by an earlier run holds %s; stopping it", pid, dataDirectory);
        try {
            new ProcessBuilder("kill", "-INT", Long.toString(pid)).inheritIO().start().waitFor();
            process.get().onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IOException("could not stop the PostgreSQL server (pid " + pid + ") holding " + dataDirectory
                    + "; stop it by hand and start again", e);
        }
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
