package org.tidemark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The PostgreSQL every test runs on, new for each run. By default a throw-away embedded server
 * (no setup needed); with {@code -Dtidemark.test.db=jdbc:postgresql://host:port/db?user=...} a
 * fresh database created on that server and dropped afterwards.
 */
@WithTestResource(value = TestDatabase.class, scope = TestResourceScope.GLOBAL)
public class TestDatabase implements QuarkusTestResourceLifecycleManager {

    private static final Pattern URL = Pattern.compile("(jdbc:postgresql://[^/]+/)([^?]*)(\\?.*)?");

    private EmbeddedPostgres embedded;
    private Database created;

    /** A database made for one run, and how to reach it. */
    public record Database(String url, String user, String password, String serverUrl, String name) {

        /** Drops the database; a server's other databases stay untouched. */
        public void drop() {
            try (Connection c = DriverManager.getConnection(serverUrl, user, password);
                 Statement s = c.createStatement()) {
                s.execute("drop database if exists " + name + " with (force)");
            } catch (SQLException e) {
                throw new IllegalStateException("could not drop test database " + name, e);
            }
        }
    }

    /**
     * A fresh database for a packaged jar under test: on the server named by {@code tidemark.test.db},
     * or on a throw-away embedded stand-in when none is named. Closing drops it (and stops the stand-in).
     */
    public static Scratch scratch() throws IOException {
        String server = serverUrl();
        EmbeddedPostgres standIn = server == null ? EmbeddedPostgres.builder().start() : null;
        Database db = server == null
                ? createOn(standIn.getJdbcUrl("postgres", "postgres"), "postgres", "")
                : createOn(server, System.getProperty("tidemark.test.db.user", "postgres"),
                System.getProperty("tidemark.test.db.password", ""));
        return new Scratch(db, standIn);
    }

    /** A database made by {@link #scratch()}, and the stand-in server it lives on, if any. */
    public record Scratch(Database db, EmbeddedPostgres standIn) implements AutoCloseable {

        /** The environment that points the packaged jar at this database. */
        public Map<String, String> environment() {
            return Map.of("QUARKUS_DATASOURCE_JDBC_URL", db.url(), "QUARKUS_DATASOURCE_USERNAME", db.user(),
                    "QUARKUS_DATASOURCE_PASSWORD", db.password());
        }

        @Override
        public void close() throws IOException {
            try {
                db.drop();
            } finally {
                if (standIn != null) {
                    standIn.close();
                }
            }
        }
    }

    /** The server named by {@code tidemark.test.db}, or null when the tests run on the embedded default. */
    public static String serverUrl() {
        String target = System.getProperty("tidemark.test.db", "embedded");
        return "embedded".equals(target) || target.isBlank() ? null : target;
    }

    /** Creates an empty database on the server at {@code serverUrl}. */
    public static Database createOn(String serverUrl, String user, String password) {
        Matcher m = URL.matcher(serverUrl);
        if (!m.matches()) {
            throw new IllegalArgumentException("expected jdbc:postgresql://host:port/database[?params], got " + serverUrl);
        }
        String name = "tidemark_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(serverUrl, user, password);
             Statement s = c.createStatement()) {
            s.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create a test database on " + serverUrl
                    + " (is the server running?)", e);
        }
        String url = m.group(1) + name + (m.group(3) == null ? "" : m.group(3));
        return new Database(url, user, password, serverUrl, name);
    }

    @Override
    public Map<String, String> start() {
        String server = serverUrl();
        if (server == null) {
            try {
                embedded = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("could not start the embedded PostgreSQL for the tests", e);
            }
            created = createOn(embedded.getJdbcUrl("postgres", "postgres"), "postgres", "");
        } else {
            created = createOn(server, System.getProperty("tidemark.test.db.user", "postgres"),
                    System.getProperty("tidemark.test.db.password", ""));
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", created.url(),
                "quarkus.datasource.username", created.user(),
                "quarkus.datasource.password", created.password());
    }

    @Override
    public void stop() {
        try {
            if (created != null) {
                created.drop();
            }
            if (embedded != null) {
                embedded.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
