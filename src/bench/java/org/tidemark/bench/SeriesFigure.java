package org.tidemark.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** The cumulative monthly volume series (GET /api/series/volume) beside the same SQL aggregate over JDBC. */
final class SeriesFigure implements Figure {

    static final Instant FROM = Instant.parse("2023-01-01T00:00:00Z");
    static final Instant TO = Instant.parse("2025-01-01T00:00:00Z");

    static final String SERIES_SQL = """
            select month,
                   sum(low) over w as low_bbl, sum(central) over w as central_bbl, sum(high) over w as high_bbl
            from (select date_trunc('month', loading_from, 'UTC') as month,
                         sum(low_bbl) as low, sum(central_bbl) as central, sum(high_bbl) as high
                  from voyage
                  where loading_from >= ? and loading_from < ?
                  group by 1) m
            window w as (partition by date_trunc('year', month, 'UTC') order by month)
            order by month
            """;

    @Override
    public String name() {
        return "series";
    }

    @Override
    public String title() {
        return "Cumulative monthly volume series over all voyages (GET /api/series/volume) — vs the same SQL aggregate";
    }

    @Override
    public FigureResult run(BenchContext ctx) throws Exception {
        BenchOptions o = ctx.options;
        ctx.ensureDerived();
        FigureResult.Builder result = FigureResult.of(this);
        int samples = Math.max(30, o.latencySamples / 4);
        int warmup = Math.max(10, samples / 5);

        List<Double> base = new ArrayList<>();
        int months = 0;
        try (Connection c = ctx.db.connect(); PreparedStatement ps = c.prepareStatement(SERIES_SQL)) {
            for (int i = 0; i < warmup + samples; i++) {
                long t0 = System.nanoTime();
                ps.setObject(1, OffsetDateTime.ofInstant(FROM, ZoneOffset.UTC));
                ps.setObject(2, OffsetDateTime.ofInstant(TO, ZoneOffset.UTC));
                months = 0;
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rs.getObject(1);
                        rs.getDouble(2);
                        rs.getDouble(3);
                        rs.getDouble(4);
                        months++;
                    }
                }
                if (i >= warmup) {
                    base.add((System.nanoTime() - t0) / 1e6);
                }
            }
        }
        Measurement b = Measurement.time("ms", base);
        result.baseline(b);
        long voyages = ctx.db.count("voyage");

        BenchHttp http = ctx.http();
        String format = "instant";
        String path = path(FROM.toString(), TO.toString());
        BenchHttp.Timed probe = http.get(path);
        if (probe.status() == 400) {
            format = "date";
            path = path("2023-01-01", "2025-01-01");
            probe = http.get(path);
        }
        if (Endpoints.missing(probe.status())) {
            return result.notAvailable("GET /api/series/volume answered " + probe.status()
                    + ": not in this build; the SQL baseline is ready (" + voyages + " voyages, " + months + " months)").build();
        }
        if (probe.status() != 200) {
            return result.failed("GET /api/series/volume answered " + probe.status() + ": "
                    + Endpoints.shorten(probe.body())).build();
        }
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < warmup + samples; i++) {
            BenchHttp.Timed t = http.get(path);
            if (t.status() != 200) {
                return result.failed("GET /api/series/volume answered " + t.status()).build();
            }
            if (i >= warmup) {
                times.add(t.millis());
            }
        }
        Measurement t = Measurement.time("ms", times);
        result.tidemark(t).goal("median ≤ 50 ms", t.median() <= 50)
                .note("p99: API " + Measurement.format(t.percentile(99)) + " ms, SQL " + Measurement.format(b.percentile(99))
                        + " ms; " + voyages + " voyages, " + months + " months; dates sent as " + format)
                .note("every request authenticates as admin with HTTP Basic (see the auth figure)");
        return result.build();
    }

    private static String path(String from, String to) {
        return "/api/series/volume?from=" + Endpoints.q(from) + "&to=" + Endpoints.q(to) + "&interval=month&cumulative=true";
    }
}
