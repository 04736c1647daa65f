package org.tidemark.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The command line of {@link BenchRunner}: scale, repetitions, which figures, and where things are. */
public final class BenchOptions {

    /** The scale the goals are stated for; smaller runs are labelled smoke runs. */
    public static final int FULL_EVENTS = 1_000_000;

    int events = FULL_EVENTS;
    int tankers = 500;
    long seed = 20240307L;
    int runs = 5;
    int warmups = 1;
    int clients = 16;
    int postRequests = 1000;
    int latencySamples = 1000;
    int importBatch = 10_000;
    /** Position reports in the AIS import figure's file (the synthetic AIS fleet of 100 vessels). */
    int aisReports = 500_000;
    int jmhForks = 1;
    int jmhWarmups = 3;
    int jmhIterations = 5;
    int jmhSeconds = 2;
    int rssRequests = 1000;
    Set<String> only = new LinkedHashSet<>();
    String server = "jdbc:postgresql://127.0.0.1:5432/postgres";
    String user = "postgres";
    String password = "";
    Path appJar = Path.of("target", "quarkus-app", "quarkus-run.jar");
    Path minimalJar = Path.of("bench", "minimal-app", "target", "quarkus-app", "quarkus-run.jar");
    /** The POST figure's floor: HTTP, JSON and one INSERT per request (bench/floor-app). */
    Path floorJar = Path.of("bench", "floor-app", "target", "quarkus-app", "quarkus-run.jar");
    Path out = Path.of("BENCHMARKS.md");
    Path work = Path.of("target", "bench");
    boolean jfr;
    /** The README's class-data archive of the Tidemark jar (made by {@code mvn package}); only Tidemark maps it. */
    static final String CLASS_ARCHIVE = "-XX:SharedArchiveFile=target/quarkus-app/tidemark.jsa";
    /** The JVM options of the README's run command, which the apps under test get unless --app-jvm-args replaces them. */
    static final List<String> README_JVM_ARGS = List.of("-XX:+UseSerialGC", "-Xms32m", CLASS_ARCHIVE);
    List<String> appJvmArgs = new ArrayList<>(README_JVM_ARGS);
    private boolean jvmArgsGiven;
    boolean keepDatabase;
    String label;

    static BenchOptions parse(String... args) {
        BenchOptions o = new BenchOptions();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String v = i + 1 < args.length ? args[i + 1] : null;
            switch (a) {
                case "--events" -> o.events = Integer.parseInt(need(a, v));
                case "--tankers" -> o.tankers = Integer.parseInt(need(a, v));
                case "--seed" -> o.seed = Long.parseLong(need(a, v));
                case "--runs" -> o.runs = Integer.parseInt(need(a, v));
                case "--warmups" -> o.warmups = Integer.parseInt(need(a, v));
                case "--clients" -> o.clients = Integer.parseInt(need(a, v));
                case "--post-requests" -> o.postRequests = Integer.parseInt(need(a, v));
                case "--latency-samples" -> o.latencySamples = Integer.parseInt(need(a, v));
                case "--import-batch" -> o.importBatch = Integer.parseInt(need(a, v));
                case "--ais-reports" -> o.aisReports = Integer.parseInt(need(a, v));
                case "--jmh-forks" -> o.jmhForks = Integer.parseInt(need(a, v));
                case "--jmh-warmups" -> o.jmhWarmups = Integer.parseInt(need(a, v));
                case "--jmh-iterations" -> o.jmhIterations = Integer.parseInt(need(a, v));
                case "--jmh-seconds" -> o.jmhSeconds = Integer.parseInt(need(a, v));
                case "--rss-requests" -> o.rssRequests = Integer.parseInt(need(a, v));
                case "--only" -> o.only.addAll(List.of(need(a, v).split(",")));
                case "--server" -> o.server = need(a, v);
                case "--user" -> o.user = need(a, v);
                case "--password" -> o.password = need(a, v);
                case "--app-jar" -> o.appJar = Path.of(need(a, v));
                case "--minimal-jar" -> o.minimalJar = Path.of(need(a, v));
                case "--floor-jar" -> o.floorJar = Path.of(need(a, v));
                case "--out" -> o.out = Path.of(need(a, v));
                case "--work" -> o.work = Path.of(need(a, v));
                case "--label" -> o.label = need(a, v);
                case "--app-jvm-args" -> {
                    if (!o.jvmArgsGiven) {
                        o.appJvmArgs.clear(); // replaces the README's options
                        o.jvmArgsGiven = true;
                    }
                    String given = need(a, v).trim();
                    if (!given.isEmpty()) {
                        o.appJvmArgs.addAll(List.of(given.split("\\s+")));
                    }
                }
                case "--jfr" -> {
                    o.jfr = true;
                    continue;
                }
                case "--keep-database" -> {
                    o.keepDatabase = true;
                    continue;
                }
                case "--smoke" -> {
                    o.events = 20_000;
                    o.tankers = 50;
                    o.runs = 3;
                    o.warmups = 1;
                    o.postRequests = 400;
                    o.latencySamples = 200;
                    o.importBatch = 5_000;
                    o.aisReports = 50_000;
                    o.jmhWarmups = 1;
                    o.jmhIterations = 3;
                    o.jmhSeconds = 1;
                    continue;
                }
                case "--help", "-h" -> {
                    System.out.println(usage());
                    System.exit(0);
                }
                default -> throw new IllegalArgumentException("unknown option " + a + "\n" + usage());
            }
            i++;
        }
        if (o.events < o.tankers * 20) {
            throw new IllegalArgumentException("need at least 20 events per tanker");
        }
        return o;
    }

    boolean fullScale() {
        return events >= FULL_EVENTS;
    }

    /** Voyages the synthetic fleet makes: one delivery per ten events. */
    int voyages() {
        return events / SyntheticFleet.EVENTS_PER_CYCLE;
    }

    List<String> describe() {
        List<String> d = new ArrayList<>();
        d.add("events " + events + ", tankers " + tankers + ", seed " + seed);
        d.add("runs " + runs + " (+" + warmups + " warm-up), clients " + clients + ", POST requests/run " + postRequests
                + ", latency samples " + latencySamples + ", import batch " + importBatch);
        d.add("JMH: forks " + jmhForks + ", warm-up " + jmhWarmups + " × " + jmhSeconds + " s, measurement "
                + jmhIterations + " × " + jmhSeconds + " s");
        return d;
    }

    private static String need(String option, String value) {
        if (value == null) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return value;
    }

    static String usage() {
        return """
                BenchRunner [options]
                  --events N (1000000)  --tankers N (500)  --seed N      the synthetic fleet
                  --runs N (5)  --warmups N (1)  --clients N (16)        repetitions and concurrency
                  --post-requests N  --latency-samples N  --import-batch N  --ais-reports N  --rss-requests N
                  --jmh-forks N  --jmh-warmups N  --jmh-iterations N  --jmh-seconds N
                  --only a,b,c          run only these figures (names in BENCHMARKS.md)
                  --smoke               20,000 events, 50 tankers, few iterations: proves the harness, measures nothing
                  --server URL --user U --password P   the PostgreSQL server (default 127.0.0.1:5432, postgres)
                  --out FILE (BENCHMARKS.md)  --work DIR (target/bench)  --label TEXT
                  --jfr                 record the app under test with JFR into the work dir
                  --app-jvm-args "..."  extra JVM options for the apps under test (e.g. "-Xmx256m")
                  --keep-database       leave tidemark_bench_* in place for inspection""";
    }
}
