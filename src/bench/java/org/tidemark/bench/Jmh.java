package org.tidemark.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.Statistics;

/** Runs one JMH benchmark class in forked JVMs with the run's settings and hands back its results by method. */
final class Jmh {

    private Jmh() {
    }

    static Collection<RunResult> run(BenchContext ctx, Class<?> benchmark, Map<String, String> params) throws Exception {
        BenchOptions o = ctx.options;
        ChainedOptionsBuilder b = new OptionsBuilder()
                .include("^" + Pattern.quote(benchmark.getName()) + "\\.")
                .forks(o.jmhForks)
                .warmupIterations(o.jmhWarmups)
                .warmupTime(TimeValue.seconds(o.jmhSeconds))
                .measurementIterations(o.jmhIterations)
                .measurementTime(TimeValue.seconds(o.jmhSeconds))
                .jvmArgsAppend("-Djava.awt.headless=true")
                .shouldFailOnError(true)
                .output(ctx.work("jmh-" + benchmark.getSimpleName() + ".log").toString());
        params.forEach(b::param);
        ctx.log("JMH " + benchmark.getSimpleName() + " (log in " + ctx.work("jmh-" + benchmark.getSimpleName() + ".log") + ")");
        return new Runner(b.build()).run();
    }

    static Statistics stats(Collection<RunResult> results, String method) {
        for (RunResult r : results) {
            if (r.getParams().getBenchmark().endsWith("." + method)) {
                return r.getPrimaryResult().getStatistics();
            }
        }
        throw new IllegalStateException("no JMH result for " + method);
    }

    /** Every sample of the statistics (iteration scores, or sampled times with their counts), scaled. */
    static List<Double> samples(Statistics stats, double scale) {
        List<Double> list = new ArrayList<>();
        for (Iterator<Map.Entry<Double, Long>> it = stats.getRawData(); it.hasNext(); ) {
            Map.Entry<Double, Long> e = it.next();
            for (long i = 0; i < e.getValue() && list.size() < 5_000_000; i++) {
                list.add(e.getKey() * scale);
            }
        }
        return list;
    }

    static Map<String, String> fleetParams(BenchOptions o) {
        return Map.of("events", Integer.toString(o.events), "tankers", Integer.toString(o.tankers),
                "seed", Long.toString(o.seed));
    }
}
