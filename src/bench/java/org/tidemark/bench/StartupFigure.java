package org.tidemark.bench;

import java.util.ArrayList;
import java.util.List;

/** Startup to ready of the jar on the PostgreSQL server beside a minimal Quarkus REST app on the same JVM. */
final class StartupFigure implements Figure {

    @Override
    public String name() {
        return "startup";
    }

    @Override
    public String title() {
        return "Startup to ready, on the PostgreSQL server — vs a minimal Quarkus REST app, same JVM";
    }

    @Override
    public FigureResult run(BenchContext ctx) throws Exception {
        BenchOptions o = ctx.options;
        ctx.stopApp();
        List<Double> tidemark = new ArrayList<>();
        List<Double> reported = new ArrayList<>();
        for (int r = 0; r < o.warmups + o.runs; r++) {
            try (AppProcess app = Launches.tidemarkOnServer(ctx, "startup")) {
                if (r >= o.warmups) {
                    tidemark.add(app.startupMillis());
                }
            }
            if (r >= o.warmups) {
                reported.add(Launches.quarkusReportedMillis(ctx.work("tidemark-startup.log")));
            }
        }
        Measurement minimal = minimalStartups(ctx);
        Measurement t = Measurement.time("ms", tidemark);
        return FigureResult.of(this).tidemark(t).baseline(minimal).goal("median ≤ 2 s", t.median() <= 2000)
                .note("Quarkus's own \"started in\": median " + Measurement.format(Measurement.time("ms", reported).median())
                        + " ms; the wall time adds JVM start and the first readiness probe (polled every 10 ms)")
                .build();
    }

    static Measurement minimalStartups(BenchContext ctx) throws Exception {
        List<Double> times = new ArrayList<>();
        for (int r = 0; r < ctx.options.warmups + ctx.options.runs; r++) {
            try (AppProcess app = Launches.minimal(ctx, "startup")) {
                if (r >= ctx.options.warmups) {
                    times.add(app.startupMillis());
                }
            }
        }
        return Measurement.time("ms", times);
    }
}
