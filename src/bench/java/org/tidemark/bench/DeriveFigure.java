package org.tidemark.bench;

import java.util.Collection;

import org.openjdk.jmh.results.RunResult;

/** JMH: VoyageDeriver over one tanker's events (estimation included), beside sorting the same events into derivation order. */
final class DeriveFigure implements Figure {

    @Override
    public String name() {
        return "derive";
    }

    @Override
    public String title() {
        return "Voyage derivation in process (JMH), one tanker's events — vs sorting the same events into derivation order";
    }

    @Override
    public FigureResult run(BenchContext ctx) throws Exception {
        Collection<RunResult> results = Jmh.run(ctx, DerivationBenchmark.class, Jmh.fleetParams(ctx.options));
        int perOp = ctx.fleet.quota(0);
        Measurement t = Measurement.rate("events/s", Jmh.samples(Jmh.stats(results, "derive"), perOp));
        Measurement b = Measurement.rate("events/s", Jmh.samples(Jmh.stats(results, "sortOnly"), perOp));
        return FigureResult.of(this).tidemark(t).baseline(b)
                .goal("supports rebuild: ≥ 33,333 events/s", t.median() >= RebuildFigure.GOAL_EVENTS_PER_SECOND)
                .note(perOp + " events per derivation; samples are JMH iteration scores × events per operation")
                .build();
    }
}
