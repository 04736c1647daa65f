package org.tidemark.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/** Full rebuild of derived data (POST /api/admin/rebuild) beside reading the same events with plain JDBC. */
final class RebuildFigure implements Figure {

    /** 1M events in 30 s, as a rate, so that the goal can be judged at any scale. */
    static final double GOAL_EVENTS_PER_SECOND = 1_000_000 / 30.0;

    static final String READ_ALL = """
            select e.tanker_id, e.id, e.type, e.occurred_from, e.occurred_to, e.precision, e.port_id, p.role, e.laden_state,
                   e.observed_draft_m, e.reported_volume, e.reported_volume_unit, e.product, e.illustrative,
                   e.retracts_event_id, e.content_key
            from voyage_event e left join port p on p.id = e.port_id
            """;

    @Override
    public String name() {
        return "rebuild";
    }

    @Override
    public String title() {
        return "Full rebuild of voyages and estimates from all events — vs reading the same events with plain JDBC";
    }

    @Override
    public FigureResult run(BenchContext ctx) throws Exception {
        BenchOptions o = ctx.options;
        ctx.ensureEventsLoaded();
        BenchHttp http = ctx.http();
        FigureResult.Builder result = FigureResult.of(this);
        List<Double> seconds = new ArrayList<>();
        int voyages = 0;
        for (int r = 0; r < o.warmups + o.runs; r++) {
            // From no derived data: a rebuild over current voyages finds them unchanged and writes nothing.
            ctx.db.truncateDerived();
            BenchHttp.Timed t = http.post("/api/admin/rebuild");
            if (t.status() != 200) {
                return result.failed("rebuild answered " + t.status() + ": " + t.body()).build();
            }
            voyages = Integer.parseInt(t.body().replaceAll("\\D", ""));
            ctx.log("rebuild run " + r + ": " + Math.round(t.millis()) + " ms, " + voyages + " voyages");
            if (r >= o.warmups) {
                seconds.add(t.millis() / 1000);
            }
        }
        BenchHttp.Timed current = http.post("/api/admin/rebuild");
        if (current.status() != 200) {
            return result.failed("rebuild answered " + current.status() + ": " + current.body()).build();
        }
        result.note("a rebuild that finds every voyage current (derives all, writes nothing): "
                + Measurement.format(current.millis() / 1000) + " s");
        ctx.markDerived();

        List<Double> readSeconds = new ArrayList<>();
        long rows = 0;
        for (int r = 0; r < o.warmups + o.runs; r++) {
            long t0 = System.nanoTime();
            rows = readAll(ctx);
            double s = (System.nanoTime() - t0) / 1e9;
            if (r >= o.warmups) {
                readSeconds.add(s);
            }
        }
        Measurement t = Measurement.time("s", seconds);
        Measurement b = Measurement.time("s", readSeconds);
        double rate = o.events / t.median();
        result.tidemark(t).baseline(b)
                .goal("≤ 30 s for 1M events (≥ 33,333 events/s)", rate >= GOAL_EVENTS_PER_SECOND)
                .note(Measurement.format(rate) + " events/s rebuilt; " + voyages + " voyages written; plain read of "
                        + rows + " rows: " + Measurement.format(rows / b.median()) + " rows/s")
                .note("each run starts from empty voyage tables; one transaction per tanker (TankerDerivation.rebuildAll)");
        return result.build();
    }

    /** Reads every event with the columns derivation uses, materialising each value. */
    static long readAll(BenchContext ctx) throws Exception {
        long rows = 0;
        long sink = 0;
        try (Connection c = ctx.db.connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(READ_ALL)) {
                ps.setFetchSize(10_000);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        sink += rs.getLong(1) + rs.getLong(2);
                        sink += rs.getString(3).length();
                        sink += rs.getTimestamp(4).getTime() + rs.getTimestamp(5).getTime();
                        sink += rs.getString(6).length();
                        sink += rs.getObject(7) == null ? 0 : 1;
                        sink += rs.getString(8) == null ? 0 : 1;
                        sink += rs.getString(9) == null ? 0 : 1;
                        sink += rs.getObject(10) == null ? 0 : 1;
                        sink += rs.getObject(11) == null ? 0 : 1;
                        sink += rs.getString(12) == null ? 0 : 1;
                        sink += rs.getString(13) == null ? 0 : 1;
                        sink += rs.getBoolean(14) ? 1 : 0;
                        sink += rs.getObject(15) == null ? 0 : 1;
                        sink += rs.getString(16).length();
                        rows++;
                    }
                }
            }
            c.commit();
        }
        if (sink == 42) {
            System.out.print("");
        }
        return rows;
    }
}
