package org.tidemark;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar, as users run it: on its embedded PostgreSQL, and on a server named by the environment. */
class PackagedServerIT {

    @TempDir
    Path work;

    @Test
    void dataSurvivesACleanRestartAndAKill9OfTheEmbeddedDefault() throws Exception {
        Path dataDir = work.resolve("data");
        Map<String, String> env = Map.of("TIDEMARK_DATA_DIR", dataDir.toString());
        Path log = work.resolve("server.log");

        try (PackagedServer first = PackagedServer.start(env, log)) {
            assertThat(first.postJson("/api/sources", source("before-kill")).statusCode()).isEqualTo(201);
            first.kill();
        }
        assertThat(dataDir.resolve("postgres/postmaster.pid")).as("the orphaned PostgreSQL still holds its lock").exists();

        try (PackagedServer second = PackagedServer.start(env, log)) {
            assertThat(second.get("/api/sources").body()).contains("before-kill");
            assertThat(second.postJson("/api/sources", source("before-restart")).statusCode()).isEqualTo(201);
            assertThat(second.stop()).isIn(0, 143);
        }
        assertThat(dataDir.resolve("postgres/postmaster.pid")).as("a clean stop stops PostgreSQL").doesNotExist();

        try (PackagedServer third = PackagedServer.start(env, log)) {
            assertThat(third.get("/api/sources").body()).contains("before-kill", "before-restart");
        }
    }

    @Test
    void saysWhyItCannotStartOnATakenPortAndStopsItsPostgres() throws Exception {
        Path dataDir = work.resolve("data");
        Path log = work.resolve("taken-port.log");
        try (ServerSocket taken = new ServerSocket(0)) {
            Process app = PackagedServer.launch(Map.of("TIDEMARK_DATA_DIR", dataDir.toString()), log, taken.getLocalPort());
            try {
                assertThat(app.waitFor(180, TimeUnit.SECONDS)).as("exits by itself").isTrue();
            } finally {
                app.destroyForcibly();
            }
            assertThat(app.exitValue()).isEqualTo(1);
            assertThat(Files.readString(log)).contains("Port " + taken.getLocalPort() + " is in use by another program",
                    "QUARKUS_HTTP_PORT");
        }
        assertThat(dataDir.resolve("postgres/postmaster.pid")).as("the embedded PostgreSQL was stopped").doesNotExist();
    }

    @Test
    void usesTheServerNamedByTheEnvironmentAndStartsNoEmbeddedOne() throws Exception {
        try (TestDatabase.Scratch scratch = TestDatabase.scratch()) {
            TestDatabase.Database db = scratch.db();
            Path unusedDataDir = work.resolve("unused");
            Map<String, String> env = new HashMap<>(scratch.environment());
            env.put("TIDEMARK_DATA_DIR", unusedDataDir.toString());
            try (PackagedServer app = PackagedServer.start(env, work.resolve("server.log"))) {
                assertThat(app.postJson("/api/sources", source("on-the-server")).statusCode()).isEqualTo(201);
                // The brief's PDF parses its HTML with the JDK's XML parser: a jar shadowing javax.xml (xml-apis)
                // broke it in the packaged app only, where the tests' flat classpath did not show it.
                HttpResponse<String> pdf = app.get("/api/briefs/preview?format=pdf&from=2024-03-07&to=2024-11-05");
                assertThat(pdf.statusCode()).as(pdf.body()).isEqualTo(200);
                assertThat(pdf.body()).startsWith("%PDF-");
            }
            try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
                 ResultSet rs = c.createStatement().executeQuery("select count(*) from source where key = 'on-the-server'")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(1);
            }
            assertThat(Files.exists(unusedDataDir)).as("no embedded PostgreSQL was started").isFalse();
            String log = Files.readString(work.resolve("server.log"));
            // no configured session key: the start picks one without printing it (config.SessionKeyDefault)
            assertThat(log).doesNotContain("temporary key");
            // the class-data archive of mvn package matches the jar it was made from (the JVM would warn)
            assertThat(log).doesNotContain("shared archive");
        }
    }

    private static String source(String key) {
        return "{\"key\":\"" + key + "\",\"publisher\":\"Test\",\"title\":\"Restart test\"}";
    }
}
