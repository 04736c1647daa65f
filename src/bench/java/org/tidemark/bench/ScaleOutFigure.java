package org.tidemark.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Single-event POST /api/events from 16 clients spread over two Tidemark instances on one database, beside the
 * same load on one instance in the same run; afterwards every event must be stored exactly once.
 */
final class ScaleOutFigure implements Figure {

    @Override
    public String name() {
        return "scale-out";
    }

    @Override
    public String title() {
        return "Single-event POST, 16 clients over two instances on one database — vs the same load on one instance";
    }

    @Override
    public FigureResult run(BenchContext ctx) throws Exception {
        BenchOptions o = ctx.options;
        ctx.ensureDerived();
        FigureResult.Builder result = FigureResult.of(this);
        BenchHttp first = ctx.http();
        List<Double> one = new ArrayList<>();
        List<Double> two = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        long failed = 0;
        try (AppProcess second = AppProcess.start("tidemark-second", o.appJar, ctx.jvmArgs("tidemark-second"),
                ctx.serverEnvironment(), ctx.work("tidemark-second.log"), "/q/health/ready")) {
            BenchHttp other = new BenchHttp(second.port, "admin", ctx.adminPassword);
            for (int r = 0; r < o.warmups + o.runs; r++) {
                for (int instances = 1; instances <= 2; instances++) {
                    List<SyntheticEvent> events = ctx.fleet.extraSightings(o.postRequests,
                            "scale" + instances + "-" + r + "-" + System.nanoTime());
                    boolean spread = instances == 2;
                    ConcurrentLoad.Outcome out = ConcurrentLoad.run(o.clients, events.size(), i -> {
                        SyntheticEvent e = events.get(i);
                        BenchHttp to = spread && i % 2 == 1 ? other : first;
                        BenchHttp.Timed t = to.postJson("/api/events", e.postBody(), e.idempotencyKey());
                        return t.status() == 201 ? null : t.status() + " " + t.body();
                    });
                    ctx.log("scale-out run " + r + ", " + instances + " instance(s): " + Math.round(out.okPerSecond())
                            + " acknowledged/s, " + out.failed() + " failed");
                    if (r >= o.warmups) {
                        (spread ? two : one).add(out.okPerSecond());
                        failed += out.failed();
                        events.forEach(e -> keys.add(e.idempotencyKey()));
                    }
                }
            }
        } finally {
            ctx.eventsChanged();
        }
        long stored = storedOnce(ctx, keys);
        Measurement t = Measurement.rate("acknowledged/s", two);
        Measurement b = Measurement.rate("acknowledged/s", one);
        return result.tidemark(t).baseline(b).goal("≥ 1.0 × one instance, every event stored once",
                        t.median() >= b.median() && stored == keys.size() && failed == 0)
                .note(stored + " of " + keys.size() + " POSTed events stored exactly once" + (failed > 0 ? "; " + failed
                        + " POSTs failed" : ""))
                .note("both instances share this machine's " + Runtime.getRuntime().availableProcessors()
                        + " cores and one PostgreSQL: the figure shows that instances add no contention of their own, "
                        + "not what separate machines would add")
                .build();
    }

    /** How many of the idempotency keys name exactly one stored event. */
    private static long storedOnce(BenchContext ctx, List<String> keys) throws java.sql.SQLException {
        try (Connection c = ctx.db.connect(); PreparedStatement ps = c.prepareStatement(
                "select count(*) from (select idempotency_key from voyage_event where idempotency_key = any (?)"
                        + " group by idempotency_key having count(*) = 1) once")) {
            ps.setArray(1, c.createArrayOf("text", keys.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
