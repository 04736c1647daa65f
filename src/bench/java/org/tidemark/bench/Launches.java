package org.tidemark.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Starting the apps the figures compare: Tidemark on the server, on its embedded default, the minimal app, and the POST
 * figure's floor app.
 */
final class Launches {

    private static final Pattern STARTED_IN = Pattern.compile("started in ([0-9.]+)s");

    private Launches() {
    }

    static AppProcess tidemarkOnServer(BenchContext ctx, String label) throws Exception {
        return AppProcess.start("tidemark-" + label, ctx.options.appJar, ctx.jvmArgs("tidemark-" + label),
                ctx.serverEnvironment(), ctx.work("tidemark-" + label + ".log"), "/q/health/ready");
    }

    static AppProcess tidemarkEmbedded(BenchContext ctx, Path dataDir, String label) throws Exception {
        return AppProcess.start("tidemark-embedded-" + label, ctx.options.appJar, ctx.jvmArgs("tidemark-embedded"),
                Map.of("TIDEMARK_DATA_DIR", dataDir.toAbsolutePath().toString(),
                        "TIDEMARK_ADMIN_PASSWORD", ctx.adminPassword),
                ctx.work("tidemark-embedded-" + label + ".log"), "/q/health/ready");
    }

    static AppProcess minimal(BenchContext ctx, String label) throws Exception {
        return AppProcess.start("minimal-" + label, ctx.options.minimalJar, ctx.jvmArgs("minimal"), Map.of(),
                ctx.work("minimal-" + label + ".log"), "/hello");
    }

    /**
     * The POST figure's floor app on the bench database, numbering the rows it inserts from {@code firstId}; it gets
     * the minimal app's JVM options.
     */
    static AppProcess floor(BenchContext ctx, long firstId) throws Exception {
        Map<String, String> env = new java.util.HashMap<>(ctx.serverEnvironment());
        env.put("FLOOR_FIRST_ID", Long.toString(firstId));
        return AppProcess.start("floor", ctx.options.floorJar, ctx.jvmArgs("minimal"), env, ctx.work("floor.log"),
                "/events/ready");
    }

    /** The last "started in N s" Quarkus logged, in ms; NaN if none. */
    static double quarkusReportedMillis(Path log) throws IOException {
        Matcher m = STARTED_IN.matcher(Files.readString(log));
        double last = Double.NaN;
        while (m.find()) {
            last = Double.parseDouble(m.group(1)) * 1000;
        }
        return last;
    }

    /** The version of the embedded PostgreSQL running on {@code dataDir}, read through the port in its postmaster.pid. */
    static String embeddedVersion(Path dataDir) {
        try {
            List<String> pid = Files.readAllLines(dataDir.resolve("postgres").resolve("postmaster.pid"));
            String url = "jdbc:postgresql://localhost:" + pid.get(3).strip() + "/postgres";
            try (var c = java.sql.DriverManager.getConnection(url, "postgres", "");
                 var rs = c.createStatement().executeQuery("show server_version")) {
                rs.next();
                return rs.getString(1);
            }
        } catch (Exception e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    /** The postmaster of the embedded PostgreSQL on {@code dataDir} (pg_ctl detaches it from the JVM), if running. */
    static java.util.Optional<ProcessHandle> postmaster(Path dataDir) {
        try {
            Path pidFile = dataDir.resolve("postgres").resolve("postmaster.pid");
            if (!Files.exists(pidFile)) {
                return java.util.Optional.empty();
            }
            return ProcessHandle.of(Long.parseLong(Files.readAllLines(pidFile).get(0).strip())).filter(ProcessHandle::isAlive);
        } catch (IOException | RuntimeException e) {
            return java.util.Optional.empty();
        }
    }

    /** RSS of the embedded PostgreSQL's processes, summed (shared memory is counted in each). */
    static double postgresRssMiB(Path dataDir) {
        return postmaster(dataDir).map(pm -> Stream.concat(Stream.of(pm), pm.descendants()).mapToDouble(h -> {
            try {
                return AppProcess.rssMiB(h.pid());
            } catch (IOException gone) {
                return 0;
            }
        }).sum()).orElse(0.0);
    }

    /**
     * Stops an embedded PostgreSQL that outlived its Tidemark (the jar stops it on a clean exit; this is the
     * safety net so that a benchmark never leaves one running). Returns whether one had to be stopped.
     */
    static boolean stopLeftoverPostgres(Path dataDir) {
        java.util.Optional<ProcessHandle> pm = postmaster(dataDir);
        pm.ifPresent(h -> {
            System.err.println("[bench] embedded PostgreSQL pid " + h.pid() + " outlived its Tidemark: stopping it");
            h.destroy();
            h.onExit().orTimeout(30, java.util.concurrent.TimeUnit.SECONDS).exceptionally(t -> null).join();
        });
        return pm.isPresent();
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
