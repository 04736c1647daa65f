package org.tidemark.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Startup to ready of the embedded default, restarting on an existing data directory, beside the minimal app. */
final class EmbeddedStartupFigure implements Figure {

    @Override
    public String name() {
        return "startup-embedded";
    }

    @Override
    public String title() {
        return "Startup to ready, embedded default (own PostgreSQL, existing data dir) — vs the minimal Quarkus app";
    }

    @Override
    public FigureResult run(BenchContext ctx) throws Exception {
        BenchOptions o = ctx.options;
        ctx.stopApp();
        Path dataDir = Files.createTempDirectory(ctx.work("").toAbsolutePath(), "embedded-data-");
        FigureResult.Builder result = FigureResult.of(this);
        try {
            double first;
            String version;
            try (AppProcess app = Launches.tidemarkEmbedded(ctx, dataDir, "first")) {
                first = app.startupMillis();
                version = Launches.embeddedVersion(dataDir);
            }
            ctx.embeddedVersion = version;
            List<Double> times = new ArrayList<>();
            for (int r = 0; r < o.warmups + o.runs; r++) {
                try (AppProcess app = Launches.tidemarkEmbedded(ctx, dataDir, "restart")) {
                    if (r >= o.warmups) {
                        times.add(app.startupMillis());
                    }
                }
            }
            if (Launches.stopLeftoverPostgres(dataDir)) {
                result.note("the embedded PostgreSQL was still running after a clean stop of Tidemark");
            }
            Measurement t = Measurement.time("ms", times);
            return result.tidemark(t).baseline(StartupFigure.minimalStartups(ctx)).goal("median ≤ 2 s", t.median() <= 2000)
                    .note("first start on an empty data dir (initdb + migrations): " + Math.round(first) + " ms; embedded PostgreSQL "
                            + version)
                    .build();
        } finally {
            Launches.stopLeftoverPostgres(dataDir);
            Launches.deleteTree(dataDir);
        }
    }
}
