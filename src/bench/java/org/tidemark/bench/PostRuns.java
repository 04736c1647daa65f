package org.tidemark.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Runs of single-event POSTs from the figure's clients, as the POST figures measure them: each run POSTs a fresh batch
 * of events, the first {@code warmups} runs are discarded, and the rest give the rate, the latencies and the failures.
 *
 * @param lastBatch the events of the last run, all POSTed (for a check of what was stored)
 */
record PostRuns(Measurement rate, Measurement latency, long failed, String firstError, List<SyntheticEvent> lastBatch) {

    /** POSTs {@code batch.apply(run)} to {@code path} in each of {@code warmups + runs} runs; 201 is success. */
    static PostRuns measure(BenchContext ctx, BenchHttp http, String path, String label, int warmups,
                            IntFunction<List<SyntheticEvent>> batch) throws Exception {
        List<Double> rates = new ArrayList<>();
        List<Double> latencies = new ArrayList<>();
        long failed = 0;
        String firstError = null;
        List<SyntheticEvent> events = List.of();
        for (int r = 0; r < warmups + ctx.options.runs; r++) {
            List<SyntheticEvent> posted = batch.apply(r);
            events = posted;
            ConcurrentLoad.Outcome out = ConcurrentLoad.run(ctx.options.clients, posted.size(), i -> {
                SyntheticEvent e = posted.get(i);
                BenchHttp.Timed t = http.postJson(path, e.postBody(), e.idempotencyKey());
                return t.status() == 201 ? null : t.status() + " " + t.body();
            });
            ctx.log(label + " run " + r + ": " + Math.round(out.okPerSecond()) + " acknowledged/s, " + out.failed() + " failed");
            if (r >= warmups) {
                rates.add(out.okPerSecond());
                latencies.addAll(out.latenciesMs());
                failed += out.failed();
                firstError = firstError == null ? out.firstError() : firstError;
            }
        }
        return new PostRuns(Measurement.rate("acknowledged/s", rates), Measurement.time("ms", latencies), failed,
                firstError, events);
    }
}
