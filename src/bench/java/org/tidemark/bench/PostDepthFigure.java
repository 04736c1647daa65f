package org.tidemark.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * Single-event POST /api/events from 16 clients into tankers with 5,000 events each, beside the same into tankers
 * with 100 events each: whether the work of one POST grows with the tanker's history. Both fleets run cycles of
 * the same length ending with 2024, so the deep history reaches back 19 years where the shallow one covers 140
 * days, and every POST lands in those last 140 days: around each POST the two histories look alike, and only
 * their depth differs.
 */
final class PostDepthFigure implements Figure {

    static final int SHALLOW = 100;
    static final int DEEP = 5_000;
    /** A delivery cycle: two weeks, well beyond the derivation's 3-day call gap, as a real tanker's are. */
    static final Duration CYCLE = Duration.ofDays(14);
    /** Where the POSTs land: the span both fleets cover, the shallow fleet's whole history. */
    static final Instant POSTS_FROM = historyFrom(SHALLOW);
    /** Extra warm-up runs before the first depth, so that neither depth is measured while the JIT still compiles. */
    static final int JIT_WARMUP_RUNS = 3;

    @Override
    public String name() {
        return "post-depth";
    }

    @Override
    public String title() {
        return "Single-event POST /api/events, 16 clients, tankers with 5,000 events each — vs the same with 100 events each";
    }

    @Override
    public FigureResult run(BenchContext ctx) throws Exception {
        BenchOptions o = ctx.options;
        int tankers = Math.min(o.tankers, 50);
        FigureResult.Builder result = FigureResult.of(this);
        PostRuns shallow = null;
        PostRuns deep = null;
        String failures = "";
        for (int depth : new int[] {SHALLOW, DEEP}) {
            SyntheticFleet fleet = new SyntheticFleet(tankers * depth, tankers, o.seed, CYCLE);
            load(ctx, fleet, depth);
            PostRuns posts = PostRuns.measure(ctx, ctx.http(), "/api/events", "POST at " + depth + " events per tanker",
                    o.warmups + (depth == SHALLOW ? JIT_WARMUP_RUNS : 0),
                    r -> fleet.extraSightings(o.postRequests, "depth" + depth + "-" + r + "-" + System.nanoTime(), POSTS_FROM));
            if (depth == DEEP) {
                deep = posts;
            } else {
                shallow = posts;
            }
            if (posts.failed() > 0) {
                failures += " " + posts.failed() + " failed at " + depth + " (first: " + posts.firstError() + ");";
            }
        }
        ctx.eventsChanged();
        Measurement t = deep.rate();
        Measurement b = shallow.rate();
        Measurement tl = deep.latency();
        Measurement bl = shallow.latency();
        result.tidemark(t).baseline(b);
        result.goal("≥ 0.8 × the rate at 100 events per tanker (a POST's work does not grow with the history)",
                t.median() / b.median() >= 0.8);
        result.note("latency p50/p99: " + DEEP + " events per tanker " + Measurement.format(tl.median()) + " / "
                + Measurement.format(tl.percentile(99)) + " ms; " + SHALLOW + " per tanker " + Measurement.format(bl.median())
                + " / " + Measurement.format(bl.percentile(99)) + " ms");
        result.note(tankers + " tankers (" + tankers * SHALLOW + " and " + tankers * DEEP + " events), " + CYCLE.toDays()
                + "-day cycles ending with 2024 (the deep history from " + day(historyFrom(DEEP)) + ", the shallow from "
                + day(POSTS_FROM) + "); " + o.postRequests + " sightings at sea per run at random times from "
                + day(POSTS_FROM) + " on, inside both histories; " + JIT_WARMUP_RUNS
                + " more warm-up runs before the first depth");
        if (!failures.isEmpty()) {
            result.note("failures:" + failures);
        }
        return result.build();
    }

    /** Where a history of {@code depth} events a tanker begins. */
    private static Instant historyFrom(int depth) {
        return SyntheticFleet.END.minus(CYCLE.multipliedBy(depth / SyntheticFleet.EVENTS_PER_CYCLE));
    }

    private static String day(Instant instant) {
        return instant.toString().substring(0, 10);
    }

    /** The fleet's events copied in, as if recorded, and derived by the product's rebuild. */
    private static void load(BenchContext ctx, SyntheticFleet fleet, int depth) throws Exception {
        Path file = ctx.writeCopyFile(fleet, "events-depth-" + depth + "-" + fleet.tankers.size() + ".copy");
        ctx.log("loading " + fleet.events + " events (" + depth + " per tanker) and rebuilding");
        ctx.eventsChanged();
        ctx.db.truncateEvents();
        ctx.db.copyEvents(file);
        ctx.db.advanceEventSequence();
        ctx.db.analyze();
        BenchHttp.Timed r = ctx.http().post("/api/admin/rebuild");
        if (r.status() != 200) {
            throw new IllegalStateException("rebuild answered " + r.status() + ": " + r.body());
        }
        ctx.db.analyze();
    }
}
