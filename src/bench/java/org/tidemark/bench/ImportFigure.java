package org.tidemark.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Bulk CSV import through POST /api/events/import beside COPY of the same rows into the same table. */
final class ImportFigure implements Figure {

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String title() {
        return "Bulk import, CSV (POST /api/events/import, validated and derived) — vs raw COPY of the same rows";
    }

    @Override
    public FigureResult run(BenchContext ctx) throws Exception {
        BenchOptions o = ctx.options;
        FigureResult.Builder result = FigureResult.of(this);
        Path copy = ctx.copyFile();

        List<Double> copyRates = new ArrayList<>();
        for (int r = 0; r < o.warmups + o.runs; r++) {
            ctx.db.truncateEvents();
            long t0 = System.nanoTime();
            long rows = ctx.db.copyEvents(copy);
            double s = (System.nanoTime() - t0) / 1e9;
            ctx.log("COPY run " + r + ": " + Math.round(rows / s) + " rows/s");
            if (r >= o.warmups) {
                copyRates.add(rows / s);
            }
        }
        ctx.eventsChanged();
        Measurement b = Measurement.rate("rows/s", copyRates);
        result.baseline(b);

        ctx.db.truncateEvents();
        BenchHttp http = ctx.http();
        SyntheticEvent sample = ctx.fleet.eventsOf(0).get(0).withIdempotencyKey("bench-probe");
        BenchHttp.Timed probe = http.postBytes("/api/events/import?dryRun=true", "text/csv",
                (SyntheticEvent.CSV_HEADER + "\n" + sample.csvRow()).getBytes(StandardCharsets.UTF_8));
        if (Endpoints.missing(probe.status())) {
            return result.notAvailable("POST /api/events/import answered " + probe.status()
                    + ": not in this build; the COPY baseline is ready").build();
        }
        if (probe.status() / 100 != 2) {
            return result.failed("POST /api/events/import?dryRun=true answered " + probe.status() + ": "
                    + Endpoints.shorten(probe.body())).build();
        }
        if (ctx.db.count("voyage_event") != 0) {
            result.note("dryRun=true stored events: it should store nothing");
        }

        List<Path> batches = ctx.csvBatches();
        List<Double> rates = new ArrayList<>();
        for (int r = 0; r < o.warmups + o.runs; r++) {
            ctx.db.truncateEvents();
            long t0 = System.nanoTime();
            for (Path batch : batches) {
                BenchHttp.Timed t = http.postFile("/api/events/import", "text/csv", batch);
                if (t.status() / 100 != 2) {
                    ctx.eventsChanged();
                    return result.failed("import of " + batch.getFileName() + " answered " + t.status() + ": "
                            + Endpoints.shorten(t.body())).build();
                }
            }
            double s = (System.nanoTime() - t0) / 1e9;
            long stored = ctx.db.count("voyage_event");
            ctx.log("import run " + r + ": " + Math.round(o.events / s) + " events/s, " + stored + " stored");
            if (stored != o.events) {
                result.note("run " + r + " stored " + stored + " events of " + o.events);
            }
            if (r >= o.warmups) {
                rates.add(o.events / s);
            }
        }
        ctx.eventsChanged();
        Measurement t = Measurement.rate("events/s", rates);
        double ratio = t.median() / b.median();
        result.tidemark(t).goal("≥ 50,000 events/s and ≥ 0.5 × COPY", t.median() >= 50_000 && ratio >= 0.5)
                .note(batches.size() + " requests of ≤ " + o.importBatch + " rows, one client, one after another");
        return result.build();
    }
}
