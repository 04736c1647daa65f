package org.tidemark.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Timeline pages of one tanker-year (GET /api/timeline) beside the same keyset SQL over JDBC, per page. */
final class TimelineFigure implements Figure {

    static final Instant FROM = Instant.parse("2024-01-01T00:00:00Z");
    static final Instant TO = Instant.parse("2025-01-01T00:00:00Z");
    static final int LIMIT = 100;

    static final String COLUMNS = """
            select e.id, e.tanker_id, e.type, e.occurred_from, e.occurred_to, e.precision, e.port_id, e.laden_state,
                   e.observed_draft_m, e.reported_volume, e.reported_volume_unit, e.product, e.evidence_type,
                   e.confidence, e.source_id, e.notes, e.illustrative, e.retracts_event_id, e.recorded_by, e.recorded_at
            from voyage_event e
            """;
    static final String FIRST_PAGE = COLUMNS + """
            where e.tanker_id = ? and e.occurred_from >= ? and e.occurred_from < ?
            order by e.occurred_from, e.id limit 100
            """;
    static final String NEXT_PAGE = COLUMNS + """
            where e.tanker_id = ? and e.occurred_from >= ? and e.occurred_from < ? and (e.occurred_from, e.id) > (?, ?)
            order by e.occurred_from, e.id limit 100
            """;

    @Override
    public String name() {
        return "timeline";
    }

    @Override
    public String title() {
        return "Timeline page: one tanker, one year, 100 per page (GET /api/timeline) — vs the same keyset SQL over JDBC";
    }

    @Override
    public FigureResult run(BenchContext ctx) throws Exception {
        BenchOptions o = ctx.options;
        ctx.ensureDerived();
        FigureResult.Builder result = FigureResult.of(this).statistic("p99");
        int warmup = Math.max(20, o.latencySamples / 5);

        List<Double> base = new ArrayList<>();
        int pagesPerTanker;
        try (Connection c = ctx.db.connect();
             PreparedStatement first = c.prepareStatement(FIRST_PAGE);
             PreparedStatement next = c.prepareStatement(NEXT_PAGE)) {
            SplittableRandom rnd = new SplittableRandom(o.seed);
            int pages = 0;
            int tankersRead = 0;
            while (base.size() < o.latencySamples) {
                long tanker = 1 + rnd.nextInt(o.tankers);
                pages += sqlPages(first, next, tanker, pages < warmup ? null : base);
                tankersRead++;
            }
            pagesPerTanker = Math.max(1, pages / tankersRead);
        }
        Measurement b = Measurement.time("ms", base);
        result.baseline(b);

        BenchHttp http = ctx.http();
        String format = "instant";
        BenchHttp.Timed probe = http.get(path(1, FROM.toString(), TO.toString(), null));
        if (probe.status() == 400) {
            format = "date";
            probe = http.get(path(1, "2024-01-01", "2025-01-01", null));
        }
        if (Endpoints.missing(probe.status())) {
            return result.notAvailable("GET /api/timeline answered " + probe.status()
                    + ": not in this build; the JDBC baseline above is ready").build();
        }
        if (probe.status() != 200) {
            return result.failed("GET /api/timeline answered " + probe.status() + ": " + Endpoints.shorten(probe.body())).build();
        }
        boolean dates = format.equals("date");
        String from = dates ? "2024-01-01" : FROM.toString();
        String to = dates ? "2025-01-01" : TO.toString();
        List<Double> samples = new ArrayList<>();
        SplittableRandom rnd = new SplittableRandom(o.seed);
        int seen = 0;
        boolean cursorSeen = false;
        while (samples.size() < o.latencySamples) {
            long tanker = 1 + rnd.nextInt(o.tankers);
            String cursor = null;
            do {
                BenchHttp.Timed t = http.get(path(tanker, from, to, cursor));
                if (t.status() != 200) {
                    return result.failed("GET /api/timeline answered " + t.status() + ": " + Endpoints.shorten(t.body())).build();
                }
                if (seen++ >= warmup) {
                    samples.add(t.millis());
                }
                cursor = Endpoints.nextCursor(t.body());
                cursorSeen |= cursor != null;
            } while (cursor != null && samples.size() < o.latencySamples);
        }
        Measurement t = Measurement.time("ms", samples);
        double p99 = t.percentile(99);
        result.tidemark(t).goal("p99 ≤ 2 × raw SQL and ≤ 10 ms", p99 <= 2 * b.percentile(99) && p99 <= 10)
                .note("p50: API " + Measurement.format(t.median()) + " ms, SQL " + Measurement.format(b.median())
                        + " ms; ~" + pagesPerTanker + " pages per tanker-year; dates sent as " + format)
                .note("every request authenticates as admin with HTTP Basic (see the auth figure)")
                .note("p99 of the first and the second half of the pages: " + halves(samples)
                        + " ms (a first half far above the second is the JIT still compiling the page's path)");
        if (!cursorSeen) {
            result.note("no next-page cursor found in the answers (looked for nextCursor/next/cursor): first pages only");
        }
        return result.build();
    }

    private static String halves(List<Double> samples) {
        int half = samples.size() / 2;
        return Measurement.format(Measurement.time("ms", samples.subList(0, half)).percentile(99)) + " and "
                + Measurement.format(Measurement.time("ms", samples.subList(half, samples.size())).percentile(99));
    }

    private static String path(long tanker, String from, String to, String cursor) {
        return "/api/timeline?tanker=" + tanker + "&from=" + Endpoints.q(from) + "&to=" + Endpoints.q(to) + "&limit=" + LIMIT
                + (cursor == null ? "" : "&cursor=" + Endpoints.q(cursor));
    }

    /** Pages through one tanker-year with the keyset SQL; adds each page's time to {@code into} (if given). */
    private static int sqlPages(PreparedStatement first, PreparedStatement next, long tanker, List<Double> into)
            throws Exception {
        OffsetDateTime from = OffsetDateTime.ofInstant(FROM, ZoneOffset.UTC);
        OffsetDateTime to = OffsetDateTime.ofInstant(TO, ZoneOffset.UTC);
        OffsetDateTime lastTime = null;
        long lastId = 0;
        int pages = 0;
        while (true) {
            long t0 = System.nanoTime();
            PreparedStatement ps = lastTime == null ? first : next;
            ps.setLong(1, tanker);
            ps.setObject(2, from);
            ps.setObject(3, to);
            if (lastTime != null) {
                ps.setObject(4, lastTime);
                ps.setLong(5, lastId);
            }
            int rows = 0;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    lastId = rs.getLong(1);
                    lastTime = rs.getObject(4, OffsetDateTime.class);
                    for (int col = 2; col <= 20; col++) {
                        rs.getObject(col);
                    }
                    rows++;
                }
            }
            pages++;
            if (into != null) {
                into.add((System.nanoTime() - t0) / 1e6);
            }
            if (rows < LIMIT) {
                return pages;
            }
        }
    }
}
