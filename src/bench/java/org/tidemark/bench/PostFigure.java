package org.tidemark.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.tidemark.domain.TimeWindow;

/** Single-event POST /api/events from 16 clients beside single-row INSERTs of the same rows from 16 connections. */
final class PostFigure implements Figure {

    /** Ids of baseline rows start here, far above the fleet's, and are deleted afterwards. */
    static final long BASELINE_IDS = 4_000_000_000L;

    @Override
    public String name() {
        return "post";
    }

    @Override
    public String title() {
        return "Single-event POST /api/events, 16 clients — vs raw single-row INSERT, 16 JDBC connections";
    }

    @Override
    public FigureResult run(BenchContext ctx) throws Exception {
        BenchOptions o = ctx.options;
        ctx.ensureDerived();
        BenchHttp http = ctx.http();
        FigureResult.Builder result = FigureResult.of(this);

        PostRuns posts = PostRuns.measure(ctx, http, "/api/events", "POST", o.warmups,
                r -> ctx.fleet.extraSightings(o.postRequests, "post" + r + "-" + System.nanoTime()));
        ctx.eventsChanged();
        result.note(contentKeyCheck(ctx, posts.lastBatch().get(0)));

        List<Double> baseRates = new ArrayList<>();
        List<Double> baseLatencies = new ArrayList<>();
        Instant recordedAt = Instant.now();
        PostRuns floor;
        try {
            for (int r = 0; r < o.warmups + o.runs; r++) {
                List<SyntheticEvent> rows = ctx.fleet.extraSightings(o.postRequests, "insert" + r + "-" + System.nanoTime());
                List<String> keys = rows.stream().map(SyntheticEvent::contentKey).toList();
                long firstId = BASELINE_IDS + (long) r * o.postRequests;
                List<Connection> connections = new ArrayList<>();
                try {
                    ConcurrentLoad.Outcome out = ConcurrentLoad.runPerClient(o.clients, rows.size(), client -> {
                        Connection c = ctx.db.connect();
                        connections.add(c);
                        PreparedStatement ps = c.prepareStatement("insert into voyage_event ("
                                + SyntheticEvent.COPY_COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                        return i -> {
                            bind(ps, rows.get(i), firstId + i, keys.get(i), recordedAt);
                            return ps.executeUpdate() == 1 ? null : "no row inserted";
                        };
                    });
                    ctx.log("INSERT run " + r + ": " + Math.round(out.okPerSecond()) + " rows/s");
                    if (r >= o.warmups) {
                        baseRates.add(out.okPerSecond());
                        baseLatencies.addAll(out.latenciesMs());
                    }
                } finally {
                    for (Connection c : connections) {
                        c.close();
                    }
                }
            }
            floor = floor(ctx);
        } finally {
            try (Connection c = ctx.db.connect(); Statement s = c.createStatement()) {
                s.executeUpdate("delete from voyage_event where id >= " + BASELINE_IDS);
            }
        }

        Measurement t = posts.rate();
        Measurement b = Measurement.rate("rows/s", baseRates);
        Measurement tl = posts.latency();
        Measurement bl = Measurement.time("ms", baseLatencies);
        result.tidemark(t).baseline(b);
        double ratio = t.median() / b.median();
        result.goal("≥ 0.3 × raw INSERT", ratio >= 0.3);
        result.note("latency p50/p99: POST " + Measurement.format(tl.median()) + " / " + Measurement.format(tl.percentile(99))
                + " ms; INSERT " + Measurement.format(bl.median()) + " / " + Measurement.format(bl.percentile(99)) + " ms");
        result.note(o.postRequests + " requests per run from " + o.clients + " clients, " + o.tankers
                + " tankers with ~" + o.events / o.tankers + " events each (every POST re-derives its tanker)");
        if (posts.failed() > 0) {
            result.note(posts.failed() + " POSTs failed; first: " + posts.firstError());
        }
        result.note("floor (bench/floor-app: the same POSTs, parsed by Jackson into a record, one INSERT in autocommit,"
                + " 201; no authentication, validation, idempotency, lock or derivation; " + FLOOR_WARMUP_RUNS
                + " more warm-up runs than Tidemark, whose jar has served the figures before this one in a full run): "
                + Measurement.format(floor.rate().median()) + " acknowledged/s (" + Measurement.format(floor.rate().min())
                + "–" + Measurement.format(floor.rate().max()) + "), " + Measurement.format(floor.rate().median() / b.median())
                + " × INSERT, so Tidemark reaches " + Measurement.format(t.median() / floor.rate().median())
                + " × the floor; latency p50/p99 " + Measurement.format(floor.latency().median()) + " / "
                + Measurement.format(floor.latency().percentile(99)) + " ms"
                + (floor.failed() > 0 ? "; " + floor.failed() + " failed, first: " + floor.firstError() : ""));
        return result.build();
    }

    /**
     * Runs the floor app takes before its measured ones beyond the figure's warm-up: it starts cold, where Tidemark's jar
     * has served the figures before this one (in a full run), and one run of 1,000 POSTs leaves its JIT still compiling (209, 390, 441,
     * 625/s in the first four runs of a trial).
     */
    private static final int FLOOR_WARMUP_RUNS = 4;

    /**
     * The least any HTTP endpoint recording these events must do, measured as Tidemark is: HTTP, JSON, one committed
     * row (its ids in the baseline's range, deleted with the baseline's rows).
     */
    private static PostRuns floor(BenchContext ctx) throws Exception {
        BenchOptions o = ctx.options;
        try (AppProcess app = Launches.floor(ctx, BASELINE_IDS + 100_000_000L)) {
            return PostRuns.measure(ctx, new BenchHttp(app.port, "admin", ctx.adminPassword), "/events", "floor",
                    FLOOR_WARMUP_RUNS + o.warmups, r -> ctx.fleet.extraSightings(o.postRequests, "floor" + r + "-" + System.nanoTime()));
        }
    }

    /** Whether the product stored the content key the harness computes, which is what its COPY rows carry. */
    private static String contentKeyCheck(BenchContext ctx, SyntheticEvent posted) throws java.sql.SQLException {
        try (Connection c = ctx.db.connect();
             PreparedStatement ps = c.prepareStatement("select content_key from voyage_event where idempotency_key = ?")) {
            ps.setString(1, posted.idempotencyKey());
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return "content-key check: the POSTed event " + posted.idempotencyKey() + " was not stored";
                }
                return rs.getString(1).equals(posted.contentKey())
                        ? "content-key check: a POSTed event's stored key equals the harness's (so COPY rows equal recorded ones)"
                        : "content-key check FAILED: the product stored " + rs.getString(1) + ", the harness computes "
                                + posted.contentKey() + "; COPY-loaded rows would not match recorded ones";
            }
        }
    }

    static void bind(PreparedStatement ps, SyntheticEvent e, long id, String contentKey, Instant recordedAt)
            throws java.sql.SQLException {
        TimeWindow w = e.window();
        ps.setLong(1, id);
        ps.setLong(2, e.tanker().id());
        ps.setObject(3, e.port() == null ? null : e.port().id(), Types.BIGINT);
        ps.setString(4, e.type().name());
        ps.setObject(5, OffsetDateTime.ofInstant(w.from(), ZoneOffset.UTC));
        ps.setObject(6, OffsetDateTime.ofInstant(w.to(), ZoneOffset.UTC));
        ps.setString(7, w.precision().name());
        ps.setString(8, e.ladenState() == null ? null : e.ladenState().name());
        ps.setObject(9, e.observedDraftM(), Types.DOUBLE);
        ps.setObject(10, e.reportedVolume(), Types.DOUBLE);
        ps.setString(11, e.reportedVolumeUnit() == null ? null : e.reportedVolumeUnit().name());
        ps.setString(12, e.product() == null ? null : e.product().name());
        ps.setString(13, e.evidenceType().name());
        ps.setShort(14, (short) e.confidence());
        ps.setLong(15, e.source().id());
        ps.setString(16, e.notes());
        ps.setBoolean(17, e.illustrative());
        ps.setNull(18, Types.BIGINT);
        ps.setString(19, contentKey);
        ps.setString(20, e.idempotencyKey());
        ps.setString(21, SyntheticFleet.RECORDED_BY);
        ps.setObject(22, OffsetDateTime.ofInstant(recordedAt, ZoneOffset.UTC));
    }
}
