package org.tidemark.bench;

import java.util.Collection;
import java.util.Map;

import org.openjdk.jmh.results.RunResult;

/** JMH: the cumulative chart PNG 1200×600 through org.tidemark.chart beside bare JFreeChart with the same points. */
final class ChartFigure implements Figure {

    @Override
    public String name() {
        return "chart";
    }

    @Override
    public String title() {
        return "Cumulative chart PNG 1200×600, one point per voyage (JMH) — vs bare JFreeChart drawing the same points";
    }

    @Override
    public FigureResult run(BenchContext ctx) throws Exception {
        int voyages = ctx.options.voyages();
        Collection<RunResult> results = Jmh.run(ctx, CumulativeChartBenchmark.class,
                Map.of("voyages", Integer.toString(voyages), "seed", Long.toString(ctx.options.seed)));
        Measurement t = Measurement.time("ms", Jmh.samples(Jmh.stats(results, "tidemark"), 1));
        Measurement b = Measurement.time("ms", Jmh.samples(Jmh.stats(results, "bareJFreeChart"), 1));
        return FigureResult.of(this).tidemark(t).baseline(b).goal("median ≤ 100 ms", t.median() <= 100)
                .note(voyages + " points; Tidemark thins the band to ≤ 2 × width points before drawing, the bare chart draws all;"
                        + " both include building the chart and PNG encoding")
                .build();
    }
}
