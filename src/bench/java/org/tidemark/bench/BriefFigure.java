package org.tidemark.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * A publication brief of the bundled 2024 scenario (GET /api/briefs/preview), as HTML or as PDF, warm —
 * beside rendering the same three charts alone (their SVGs, one request each, summed per round).
 */
final class BriefFigure implements Figure {

    /** The scenario's Vostochny runs, as the README's example brief. */
    static final String FILTER = "port=Vostochny&from=2024-03-07&to=2024-11-05";
    private static final List<String> CHARTS = List.of("cumulative-volume", "voyage-timeline", "monthly-trips");

    private final boolean pdf;

    BriefFigure(boolean pdf) {
        this.pdf = pdf;
    }

    @Override
    public String name() {
        return pdf ? "brief-pdf" : "brief-html";
    }

    @Override
    public String title() {
        return "Brief of the bundled 2024 scenario as " + (pdf ? "PDF (vector charts, fonts embedded)" : "HTML (inline SVG charts)")
                + ", warm — vs its three charts alone as SVG";
    }

    @Override
    public FigureResult run(BenchContext ctx) throws Exception {
        FigureResult.Builder result = FigureResult.of(this);
        BenchHttp http = ctx.scenarioHttp();
        String brief = "/api/briefs/preview?" + FILTER + (pdf ? "&format=pdf" : "");
        BenchHttp.Timed probe = http.get(brief);
        if (Endpoints.missing(probe.status())) {
            return result.notAvailable("GET /api/briefs/preview answered " + probe.status() + ": not in this build").build();
        }
        if (probe.status() != 200 || (pdf ? !probe.body().startsWith("%PDF") : !probe.body().contains("<svg"))) {
            return result.failed("GET " + brief + " answered " + probe.status() + ": " + Endpoints.shorten(probe.body()))
                    .build();
        }
        int samples = ctx.options.fullScale() ? (pdf ? 30 : 60) : 5;
        int warmup = ctx.options.fullScale() ? 10 : 2;
        List<Double> briefs = new ArrayList<>();
        List<Double> charts = new ArrayList<>();
        for (int i = 0; i < warmup + samples; i++) {
            BenchHttp.Timed t = http.get(brief);
            if (t.status() != 200) {
                return result.failed("GET " + brief + " answered " + t.status()).build();
            }
            double alone = 0;
            for (String chart : CHARTS) {
                BenchHttp.Timed c = http.get("/api/charts/" + chart + ".svg?" + FILTER);
                if (c.status() != 200) {
                    return result.failed("GET /api/charts/" + chart + ".svg answered " + c.status()).build();
                }
                alone += c.millis();
            }
            if (i >= warmup) {
                briefs.add(t.millis());
                charts.add(alone);
            }
        }
        Measurement t = Measurement.time("ms", briefs);
        Measurement b = Measurement.time("ms", charts);
        double goal = pdf ? 2000 : 300;
        return result.tidemark(t).baseline(b).goal("median ≤ " + Measurement.format(goal) + " ms", t.median() <= goal)
                .note("filter " + FILTER + "; " + samples + " rounds after " + warmup + " warm-up; the brief composes the"
                        + " series, cap years, claims, voyages, sources and the three charts"
                        + (pdf ? ", lays out the HTML and draws the charts as vectors with embedded DejaVu" : "")
                        + "; p95 " + Measurement.format(t.percentile(95)) + " ms")
                .build();
    }
}
