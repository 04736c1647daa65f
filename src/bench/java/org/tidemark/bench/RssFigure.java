package org.tidemark.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Resident memory of the Tidemark JVM after 1,000 requests beside the minimal Quarkus app after 1,000. */
final class RssFigure implements Figure {

    static final int CLIENTS = 4;

    private final boolean embedded;

    RssFigure(boolean embedded) {
        this.embedded = embedded;
    }

    @Override
    public String name() {
        return embedded ? "rss-embedded" : "rss";
    }

    @Override
    public String title() {
        return embedded
                ? "RSS after 1,000 requests, embedded default (JVM only) — vs the minimal Quarkus app"
                : "RSS after 1,000 requests, on the PostgreSQL server — vs the minimal Quarkus app, same JVM";
    }

    @Override
    public FigureResult run(BenchContext ctx) throws Exception {
        BenchOptions o = ctx.options;
        ctx.stopApp();
        FigureResult.Builder result = FigureResult.of(this);
        List<Double> rss = new ArrayList<>();
        List<Double> postgres = new ArrayList<>();
        Path dataDir = embedded ? Files.createTempDirectory(ctx.work("").toAbsolutePath(), "embedded-data-") : null;
        try {
            for (int r = 0; r < o.runs; r++) {
                try (AppProcess app = embedded ? Launches.tidemarkEmbedded(ctx, dataDir, "rss")
                        : Launches.tidemarkOnServer(ctx, "rss")) {
                    BenchHttp http = new BenchHttp(app.port, "admin", ctx.adminPassword);
                    String error = load(http, o.rssRequests, r == 0 ? result : null);
                    if (error != null) {
                        return result.failed(error).build();
                    }
                    rss.add(app.rssMiB());
                    if (embedded) {
                        postgres.add(Launches.postgresRssMiB(dataDir));
                    }
                }
            }
        } finally {
            if (dataDir != null) {
                Launches.stopLeftoverPostgres(dataDir);
                Launches.deleteTree(dataDir);
            }
        }
        List<Double> minimal = new ArrayList<>();
        for (int r = 0; r < o.runs; r++) {
            try (AppProcess app = Launches.minimal(ctx, "rss")) {
                BenchHttp http = new BenchHttp(app.port, null, null);
                for (int i = 0; i < o.rssRequests; i++) {
                    http.get("/hello");
                }
                minimal.add(app.rssMiB());
            }
        }
        Measurement t = Measurement.time("MiB", rss);
        result.tidemark(t).baseline(Measurement.time("MiB", minimal)).goal("median ≤ 300 MB", t.median() * 1.048576 <= 300)
                .note("JVM options " + (o.appJvmArgs.isEmpty() ? "the JVM's defaults" : String.join(" ", o.appJvmArgs))
                        + " (both apps) on a " + Runtime.getRuntime().availableProcessors() + "-core machine with "
                        + MachineInfo.memoryGiB() + " GiB (default max heap = 1/4 of memory)");
        if (embedded) {
            result.note("the embedded PostgreSQL processes add " + Measurement.format(Measurement.time("MiB", postgres).median())
                    + " MiB RSS (summed over its processes, so shared memory counts more than once)");
        }
        return result.build();
    }

    /** Read requests over the fleet from four clients; returns an error text, or null. */
    private static String load(BenchHttp http, int requests, FigureResult.Builder notes) throws Exception {
        List<Long> tankers = tankerIds(http);
        if (tankers.isEmpty()) {
            return "GET /api/tankers listed no tankers";
        }
        ConcurrentLoad.Outcome out = ConcurrentLoad.run(CLIENTS, requests, i -> {
            String path = switch (i % 3) {
                case 0 -> "/api/voyages?tanker=" + tankers.get(i % tankers.size()) + "&limit=100";
                case 1 -> "/api/tankers";
                default -> "/api/voyages?limit=20";
            };
            BenchHttp.Timed t = http.get(path);
            return t.status() == 200 ? null : "GET " + path + " answered " + t.status() + ": " + Endpoints.shorten(t.body());
        });
        if (out.failed() > 0) {
            return out.failed() + " requests failed; first: " + out.firstError();
        }
        if (notes != null) {
            notes.note(requests + " requests from " + CLIENTS + " clients: GET /api/voyages?tanker=…&limit=100, /api/tankers,"
                    + " /api/voyages?limit=20 in turn");
        }
        return null;
    }

    /** The ids of the tankers the app holds: the bench fleet on the server, the bundled scenario when embedded. */
    private static List<Long> tankerIds(BenchHttp http) throws Exception {
        List<Long> ids = new ArrayList<>();
        Matcher m = Pattern.compile("\\{\"id\":(\\d+)").matcher(http.get("/api/tankers").body());
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }
}
