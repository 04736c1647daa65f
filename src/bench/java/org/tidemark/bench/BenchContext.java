package org.tidemark.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/** What the figures of one run share: options, fleet, bench database, the app under test, and what the database holds. */
public final class BenchContext implements AutoCloseable {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    final BenchOptions options;
    final SyntheticFleet fleet;
    final BenchDatabase db;
    final String adminPassword;
    /** Filled in by the embedded startup figure, for the report. */
    String embeddedVersion;
    private AppProcess app;
    private BenchHttp http;
    private BenchDatabase scenarioDb;
    private AppProcess scenarioApp;
    private BenchHttp scenarioHttp;
    private boolean eventsLoaded;
    private boolean derived;
    private Path copyFile;
    private List<Path> csvBatches;

    BenchContext(BenchOptions options, BenchDatabase db) {
        this.options = options;
        this.db = db;
        this.fleet = new SyntheticFleet(options.events, options.tankers, options.seed);
        byte[] secret = new byte[12];
        new SecureRandom().nextBytes(secret);
        this.adminPassword = "bench-" + HexFormat.of().formatHex(secret);
    }

    void log(String message) {
        System.out.println("[bench " + LocalTime.now().format(CLOCK) + "] " + message);
        System.out.flush();
    }

    Path work(String file) throws IOException {
        Files.createDirectories(options.work);
        return options.work.resolve(file);
    }

    /**
     * The JVM options every app under test gets: the README's (or --app-jvm-args), and JFR if asked for, so it runs as
     * users run it. The minimal app gets the same but Tidemark's class-data archive, which holds Tidemark's classes.
     */
    List<String> jvmArgs(String name) throws IOException {
        List<String> args = new ArrayList<>(options.appJvmArgs);
        if (name.equals("minimal")) {
            args.removeIf(a -> a.startsWith("-XX:SharedArchiveFile="));
        }
        if (options.jfr) {
            args.add("-XX:+FlightRecorder");
            args.add("-XX:StartFlightRecording=settings=profile,dumponexit=true,filename="
                    + work(name + "-" + System.currentTimeMillis() + ".jfr").toAbsolutePath());
        }
        return args;
    }

    /** The environment that points the Tidemark jar at the bench database. */
    Map<String, String> serverEnvironment() throws IOException {
        return Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL", db.url,
                "QUARKUS_DATASOURCE_USERNAME", db.user,
                "QUARKUS_DATASOURCE_PASSWORD", db.password,
                "TIDEMARK_ADMIN_PASSWORD", adminPassword,
                "TIDEMARK_DATA_DIR", work("unused-data-dir").toAbsolutePath().toString());
    }

    /** The Tidemark jar on the bench database, started on first use and kept for the run. */
    AppProcess app() throws Exception {
        if (app == null) {
            log("starting Tidemark on " + db.name);
            app = AppProcess.start("tidemark", options.appJar, jvmArgs("tidemark"), serverEnvironment(),
                    work("tidemark.log"), "/q/health/ready");
            http = new BenchHttp(app.port, "admin", adminPassword);
            log("Tidemark ready on port " + app.port + " after " + Math.round(app.startupMillis()) + " ms");
        }
        return app;
    }

    BenchHttp http() throws Exception {
        app();
        return http;
    }

    /**
     * A second Tidemark on a database of its own holding the bundled 2024 scenario (loaded on first start, as
     * the packaged app does), for the figures about publication briefs; started on first use, kept for the run.
     */
    BenchHttp scenarioHttp() throws Exception {
        if (scenarioApp == null) {
            scenarioDb = BenchDatabase.create(options.server, options.user, options.password);
            log("starting Tidemark with the bundled 2024 scenario on " + scenarioDb.name);
            Map<String, String> env = new java.util.HashMap<>(Map.of(
                    "QUARKUS_DATASOURCE_JDBC_URL", scenarioDb.url,
                    "QUARKUS_DATASOURCE_USERNAME", scenarioDb.user,
                    "QUARKUS_DATASOURCE_PASSWORD", scenarioDb.password,
                    "TIDEMARK_ADMIN_PASSWORD", adminPassword,
                    "TIDEMARK_DATA_DIR", work("unused-data-dir").toAbsolutePath().toString(),
                    "TIDEMARK_SCENARIO_LOAD_ON_FIRST_START", "true"));
            scenarioApp = AppProcess.start("tidemark-scenario", options.appJar, jvmArgs("tidemark-scenario"), env,
                    work("tidemark-scenario.log"), "/q/health/ready");
            scenarioHttp = new BenchHttp(scenarioApp.port, "admin", adminPassword);
        }
        return scenarioHttp;
    }

    /** The fleet's events in voyage_event (copied in, as if recorded), nothing derived yet unless asked. */
    void ensureEventsLoaded() throws Exception {
        if (eventsLoaded) {
            return;
        }
        log("loading " + options.events + " synthetic events with COPY");
        db.truncateEvents();
        db.copyEvents(copyFile());
        db.advanceEventSequence();
        db.analyze();
        eventsLoaded = true;
        derived = false;
    }

    /** The fleet's events loaded and its voyages derived by the product's rebuild. */
    void ensureDerived() throws Exception {
        ensureEventsLoaded();
        if (!derived) {
            log("deriving voyages with POST /api/admin/rebuild");
            BenchHttp.Timed r = http().post("/api/admin/rebuild");
            if (r.status() != 200) {
                throw new IllegalStateException("rebuild answered " + r.status() + ": " + r.body());
            }
            db.analyze();
            derived = true;
        }
    }

    /** Voyages are now derived from exactly the loaded events. */
    void markDerived() {
        derived = true;
    }

    /** The events table no longer holds exactly the fleet. */
    void eventsChanged() {
        eventsLoaded = false;
        derived = false;
    }

    /** The fleet as COPY text rows with the product's content keys, written once per run. */
    Path copyFile() throws IOException {
        if (copyFile == null) {
            copyFile = writeCopyFile(fleet, "events-" + options.events + "-" + options.tankers + "-" + options.seed + ".copy");
        }
        return copyFile;
    }

    /** A fleet's events as COPY text rows with the product's content keys, as if recorded. */
    Path writeCopyFile(SyntheticFleet events, String name) throws IOException {
        Path file = work(name);
        log("writing " + file);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            IOException[] failure = {null};
            events.forEachEvent(e -> {
                try {
                    w.write(e.copyRow(e.id(), e.contentKey(), SyntheticFleet.RECORDED_AT));
                } catch (IOException x) {
                    failure[0] = x;
                }
            });
            if (failure[0] != null) {
                throw failure[0];
            }
        }
        return file;
    }

    /** The fleet as CSV files of {@code --import-batch} rows each, with the header, for the import endpoint. */
    List<Path> csvBatches() throws IOException {
        if (csvBatches == null) {
            List<Path> files = new ArrayList<>();
            List<String> rows = new ArrayList<>(options.importBatch);
            IOException[] failure = {null};
            fleet.forEachEvent(e -> {
                rows.add(e.csvRow());
                if (rows.size() == options.importBatch) {
                    try {
                        files.add(writeCsv(files.size(), rows));
                    } catch (IOException x) {
                        failure[0] = x;
                    }
                    rows.clear();
                }
            });
            if (failure[0] != null) {
                throw failure[0];
            }
            if (!rows.isEmpty()) {
                files.add(writeCsv(files.size(), rows));
            }
            csvBatches = files;
        }
        return csvBatches;
    }

    private Path writeCsv(int index, List<String> rows) throws IOException {
        Path file = work(String.format("import-%s-%05d.csv", options.seed, index));
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(SyntheticEvent.CSV_HEADER);
            w.write('\n');
            for (String row : rows) {
                w.write(row);
            }
        }
        return file;
    }

    void stopApp() throws InterruptedException {
        if (app != null) {
            log("stopping Tidemark");
            app.close();
            app = null;
            http = null;
        }
    }

    @Override
    public void close() throws InterruptedException, SQLException {
        stopApp();
        if (scenarioApp != null) {
            scenarioApp.close();
            scenarioApp = null;
            scenarioDb.drop();
        }
        if (!options.keepDatabase) {
            log("dropping " + db.name);
            db.drop();
        } else {
            log("keeping " + db.name + " (--keep-database): drop it with: drop database " + db.name + " with (force)");
        }
    }
}
