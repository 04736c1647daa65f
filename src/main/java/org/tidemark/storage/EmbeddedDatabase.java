package org.tidemark.storage;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jboss.logging.Logger;

/**
 * A PostgreSQL server that Tidemark runs itself, from binaries shipped in a Maven jar, with its
 * data in a folder that is kept across restarts. Durable settings are restored (the library turns
 * fsync off by default, which suits tests, not users). If another live Tidemark already runs a
 * server on the same folder (a CLI run next to the web server), that server is shared, not
 * started twice; a server orphaned by a killed JVM is stopped before a new one starts.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String DATABASE = "tidemark";
    public static final String USER = "postgres";

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);

    /** The server this process started, or null when it shares another process's server. */
    private final EmbeddedPostgres postgres;
    private final int port;
    private final Path dataDirectory;
    private boolean closed;

    private EmbeddedDatabase(EmbeddedPostgres postgres, int port, Path dataDirectory) {
        this.postgres = postgres;
        this.port = port;
        this.dataDirectory = dataDirectory;
    }

    /**
     * Names the JVM that started the server. PostgreSQL daemonises (its parent is init), so the
     * process tree cannot tell a server in use from one a killed JVM left behind; this file can.
     */
    private static Path ownerFile(Path dataDirectory) {
        return dataDirectory.resolveSibling(dataDirectory.getFileName() + ".owner");
    }

    /** Starts PostgreSQL on {@code dataDirectory} (creating it and the database on first use), or shares a running one. */
    public static EmbeddedDatabase start(Path dataDirectory, boolean durable) throws IOException {
        Files.createDirectories(dataDirectory);
        Optional<RunningServer> running = RunningServer.in(dataDirectory);
        if (running.isPresent()) {
            if (running.get().ownerAlive(dataDirectory)) {
                LOG.infof("Sharing the embedded PostgreSQL (pid %d, port %d) that a running Tidemark owns",
                        running.get().pid(), running.get().port());
                return new EmbeddedDatabase(null, running.get().port(), dataDirectory);
            }
            running.get().stop();
        }
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                // PostgreSQL's own lines (every start, checkpoint and stop) go to a file beside its data, not the app log.
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(serverLog(dataDirectory).toFile()))
                .setErrorRedirector(ProcessBuilder.Redirect.appendTo(serverLog(dataDirectory).toFile()));
        if (durable) {
            builder.setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on");
        }
        EmbeddedPostgres postgres = builder.start();
        removeLibraryShutdownHook();
        Files.writeString(ownerFile(dataDirectory), Long.toString(ProcessHandle.current().pid()));
        EmbeddedDatabase database = new EmbeddedDatabase(postgres, postgres.getPort(), dataDirectory);
        database.createDatabaseIfMissing();
        return database;
    }

    /** Where the embedded server's own log goes: {@code postgres.log} beside its data directory. */
    public static Path serverLog(Path dataDirectory) {
        return dataDirectory.toAbsolutePath().resolveSibling("postgres.log");
    }

    /**
     * The library stops PostgreSQL in a JVM shutdown hook of its own ({@code postgres-<id>-closer}). On
     * SIGTERM that hook runs alongside Quarkus' graceful stop and terminates the connections of requests
     * still in flight; Tidemark stops the server itself once Quarkus has stopped ({@code TidemarkMain}).
     * Removing the hook needs java.lang opened to this code ({@code Add-Opens} in the jar's manifest,
     * application.properties); where it is not, the hook stays and SIGTERM stops PostgreSQL at once.
     */
    private static void removeLibraryShutdownHook() {
        try {
            Class<?> registry = Class.forName("java.lang.ApplicationShutdownHooks");
            Field field = registry.getDeclaredField("hooks");
            field.setAccessible(true);
            List<Thread> hooks;
            synchronized (registry) {
                @SuppressWarnings("unchecked")
                Map<Thread, Thread> registered = (Map<Thread, Thread>) field.get(null);
                hooks = List.copyOf(registered.keySet());
            }
            for (Thread hook : hooks) {
                if (hook.getName().startsWith("postgres-") && hook.getName().endsWith("-closer")) {
                    Runtime.getRuntime().removeShutdownHook(hook);
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warnf("The embedded PostgreSQL will stop as soon as the JVM is asked to exit, not after requests in flight "
                    + "(%s); run the packaged jar with java -jar, whose manifest opens java.lang", e.toString());
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/" + DATABASE;
    }

    public int port() {
        return port;
    }

    /** True when this process started the server (and so stops it on close). */
    public boolean owned() {
        return postgres != null;
    }

    private void createDatabaseIfMissing() throws IOException {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", USER, "");
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

    /** Stops the server this process started; a second call does nothing. */
    @Override
    public synchronized void close() throws IOException {
        if (postgres != null && !closed) {
            closed = true;
            postgres.close();
            Files.deleteIfExists(ownerFile(dataDirectory));
        }
    }

    /** A PostgreSQL process found holding a data folder's postmaster.pid. */
    record RunningServer(ProcessHandle process, int port) {

        long pid() {
            return process.pid();
        }

        static Optional<RunningServer> in(Path dataDirectory) throws IOException {
            Path pidFile = dataDirectory.resolve("postmaster.pid");
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
            try {
                long pid = Long.parseLong(lines.get(0).strip());
                int port = Integer.parseInt(lines.get(3).strip());
                // A dead pid is a stale lock that PostgreSQL clears itself.
                return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                        .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false))
                        .map(p -> new RunningServer(p, port));
            } catch (RuntimeException unreadable) {
                return Optional.empty();
            }
        }

        /** The JVM named in the owner file is alive: a running Tidemark uses this server. */
        boolean ownerAlive(Path dataDirectory) throws IOException {
            Path owner = ownerFile(dataDirectory);
            if (!Files.exists(owner)) {
                return false;
            }
            try {
                return ProcessHandle.of(Long.parseLong(Files.readString(owner).strip()))
                        .filter(ProcessHandle::isAlive)
                        .flatMap(p -> p.info().command())
                        .map(c -> c.endsWith("/java"))
                        .orElse(false);
            } catch (NumberFormatException unreadable) {
                return false;
            }
        }

        /** Stops an orphaned server with SIGINT (fast shutdown) and waits for it. */
        void stop() throws IOException {
            LOG.warnf("A PostgreSQL server (pid %d) left running by a killed Tidemark holds the data folder; stopping it", pid());
            try {
                new ProcessBuilder("kill", "-INT", Long.toString(pid())).inheritIO().start().waitFor();
                process.onExit().get(60, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IOException("could not stop the PostgreSQL server (pid " + pid()
                        + ") holding the data folder; stop it by hand and start again", e);
            }
        }
    }
}
