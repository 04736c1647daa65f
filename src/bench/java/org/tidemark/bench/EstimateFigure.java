package org.tidemark.bench;

import java.util.Collection;

import org.openjdk.jmh.results.RunResult;

/** JMH: CargoEstimator over each voyage of one tanker; no raw baseline exists, so the figure stands alone. */
final class EstimateFigure implements Figure {

    @Override
    public String name() {
        return "estimate";
    }

    @Override
    public String title() {
        return "Cargo estimation in process (JMH), per voyage — no baseline (informational)";
    }

    @Override
    public FigureResult run(BenchContext ctx) throws Exception {
        EstimationBenchmark state = new EstimationBenchmark();
        state.events = ctx.options.events;
        state.tankers = ctx.options.tankers;
        state.seed = ctx.options.seed;
        state.setUp();
        int perOp = state.voyageCount();
        Collection<RunResult> results = Jmh.run(ctx, EstimationBenchmark.class, Jmh.fleetParams(ctx.options));
        Measurement t = Measurement.rate("estimates/s", Jmh.samples(Jmh.stats(results, "estimateEachVoyage"), perOp));
        return FigureResult.of(this).tidemark(t)
                .note(perOp + " voyages per operation, alternating a tanker with TPC and drafts known and one with nothing known")
                .build();
    }
}
