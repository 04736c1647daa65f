package org.tidemark.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.postgresql.PGConnection;

/**
 * The whole events CSV (GET /api/export/events.csv, every event) streamed from the running jar, with the jar's peak
 * heap in use sampled while it streams — beside COPY … TO STDOUT (FORMAT csv) of the same rows and joins.
 */
final class ExportFigure implements Figure {

    /** The export's own query (export.ExportQueries.EVENTS, in its order): the rows COPY writes for the baseline. */
    static final String SAME_ROWS = """
            select e.id, e.tanker_id, t.name as t_name, t.imo as t_imo, e.type, e.occurred_from, e.occurred_to,
                   e.precision, p.name as p_name, p.latitude as p_lat, p.longitude as p_lon, e.latitude, e.longitude,
                   e.position_source, e.laden_state, e.observed_draft_m, e.reported_volume, e.reported_volume_unit,
                   e.product, e.evidence_type, e.confidence, e.notes, e.illustrative, ct.name as ct_name,
                   e.sts_direction, e.idempotency_key, e.recorded_by, e.recorded_at,
                   s.id as s_id, s.key as s_key, s.publisher as s_publisher, s.title as s_title, s.url as s_url,
                   s.published_on as s_published_on, s.illustrative as s_illustrative,
                   r.id as r_id, r.notes as r_notes
            from voyage_event e
            join tanker t on t.id = e.tanker_id
            join source s on s.id = e.source_id
            left join port p on p.id = e.port_id
            left join tanker ct on ct.id = e.counterpart_tanker_id
            left join voyage_event r on r.retracts_event_id = e.id
            where e.type <> 'RETRACTION'
            order by e.occurred_from, e.id""";

    /** How often the jar's heap is sampled while it streams (jstat's interval). */
    static final int SAMPLE_MS = 50;
    /** The max heap of a second jar that must stream the whole export too: far less than the CSV at full scale. */
    static final String CAPPED_HEAP = "-Xmx128m";

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String title() {
        return "Events CSV export, every event, streamed (GET /api/export/events.csv) with the jar's peak heap — "
                + "vs COPY … TO STDOUT (FORMAT csv) of the same rows";
    }

    @Override
    public FigureResult run(BenchContext ctx) throws Exception {
        BenchOptions o = ctx.options;
        ctx.ensureEventsLoaded();
        FigureResult.Builder result = FigureResult.of(this);

        List<Double> copySeconds = new ArrayList<>();
        long copyRows = 0;
        long copyBytes = 0;
        for (int r = 0; r < o.runs + 1; r++) {
            CountingSink sink = new CountingSink();
            long t0 = System.nanoTime();
            try (Connection c = ctx.db.connect()) {
                copyRows = c.unwrap(PGConnection.class).getCopyAPI()
                        .copyOut("copy (" + SAME_ROWS + ") to stdout (format csv, header)", sink);
            }
            if (r > 0) { // the first run warms the cache
                copySeconds.add((System.nanoTime() - t0) / 1e9);
            }
            copyBytes = sink.bytes;
        }
        Measurement base = Measurement.time("s", copySeconds);
        result.baseline(base);

        AppProcess app = ctx.app();
        BenchHttp.Timed probe = ctx.http().get("/api/export/events.csv?from=2100-01-01");
        if (Endpoints.missing(probe.status())) {
            return result.notAvailable("GET /api/export/events.csv answered " + probe.status() + ": not in this build")
                    .build();
        }
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        String authorization = "Basic " + Base64.getEncoder()
                .encodeToString(("admin:" + ctx.adminPassword).getBytes(StandardCharsets.UTF_8));
        List<Double> seconds = new ArrayList<>();
        List<Double> peaks = new ArrayList<>();
        long rows = 0;
        long bytes = 0;
        double idle = 0;
        for (int r = 0; r < o.runs + 1; r++) {
            idle = HeapSampler.usedMiB(app.pid());
            try (HeapSampler heap = HeapSampler.start(app.pid(), SAMPLE_MS)) {
                HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port
                                + "/api/export/events.csv")).timeout(Duration.ofMinutes(60))
                        .header("Authorization", authorization).GET().build();
                long t0 = System.nanoTime();
                HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
                if (response.statusCode() != 200) {
                    return result.failed("GET /api/export/events.csv answered " + response.statusCode()).build();
                }
                CountingSink sink = new CountingSink();
                try (InputStream body = response.body()) {
                    body.transferTo(sink);
                }
                double elapsed = (System.nanoTime() - t0) / 1e9;
                if (r > 0) { // the first run warms the JIT and the cache
                    seconds.add(elapsed);
                    peaks.add(heap.peakMiB());
                }
                rows = sink.lines - 1;
                bytes = sink.bytes;
            }
        }
        Capped capped = cappedRun(ctx, client, authorization, rows);
        Measurement t = Measurement.time("s", seconds);
        Measurement peak = Measurement.time("MiB", peaks);
        double maxPeak = peaks.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
        result.tidemark(t)
                // Judged on the capped jar: with the default heap, G1 lets garbage pile up to its young generation's
                // size before collecting, so the peak in use there says more about G1 than about what the export holds.
                .goal("the whole export from a jar with " + CAPPED_HEAP, capped.whole())
                .note(String.format("Tidemark: %,d rows, %,.1f MiB of CSV, median %.2f s (%,.0f rows/s); the jar's heap "
                                + "in use peaked at %.0f MiB (median of runs; max %.0f MiB; %.0f MiB before the export), "
                                + "sampled every %d ms with jstat -gc (young + old used; between samples it may run higher)",
                        rows, bytes / 1048576.0, t.median(), rows / t.median(), peak.median(), maxPeak, idle, SAMPLE_MS))
                .note(String.format("COPY: %,d rows, %,.1f MiB of CSV, median %.2f s (%,.0f rows/s), read by the bench "
                                + "JVM over JDBC and discarded, as the HTTP body is",
                        copyRows, copyBytes / 1048576.0, base.median(), copyRows / base.median()))
                .note("the jar runs with " + (o.appJvmArgs.isEmpty() ? "default JVM options" : String.join(" ", o.appJvmArgs))
                        + "; its max heap is the JVM's default (1/4 of memory) unless set there");
        result.note(capped.text());
        if (rows != copyRows) {
            result.note("row counts differ: the export wrote " + rows + ", COPY " + copyRows);
        }
        return result.build();
    }

    /**
     * The same export from a second jar started with {@value #CAPPED_HEAP}: it must deliver every row. At 1M events the
     * CSV is about 200 MiB, so a jar that held the rows, or the file, could not.
     */
    private static Capped cappedRun(BenchContext ctx, HttpClient client, String authorization, long rows) throws Exception {
        List<String> jvm = new ArrayList<>(ctx.jvmArgs("tidemark-capped"));
        jvm.add(CAPPED_HEAP);
        try (AppProcess app = AppProcess.start("tidemark-capped", ctx.options.appJar, jvm, ctx.serverEnvironment(),
                ctx.work("tidemark-capped.log"), "/q/health/ready");
             HeapSampler heap = HeapSampler.start(app.pid(), SAMPLE_MS)) {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port
                    + "/api/export/events.csv")).timeout(Duration.ofMinutes(60)).header("Authorization", authorization)
                    .GET().build();
            long t0 = System.nanoTime();
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            CountingSink sink = new CountingSink();
            try (InputStream body = response.body()) {
                body.transferTo(sink);
            }
            double elapsed = (System.nanoTime() - t0) / 1e9;
            boolean whole = response.statusCode() == 200 && sink.lines - 1 == rows;
            return new Capped(whole, String.format("with %s the jar %s: %,d of %,d rows in %.2f s, heap in use peaked at %.0f MiB",
                    CAPPED_HEAP, whole ? "streamed the whole export" : "FAILED to stream the whole export (status "
                            + response.statusCode() + ")", Math.max(0, sink.lines - 1), rows, elapsed, heap.peakMiB()));
        }
    }

    /** What the capped jar did. */
    private record Capped(boolean whole, String text) {
    }

    /** Counts what passes and keeps nothing. */
    static final class CountingSink extends OutputStream {
        long bytes;
        long lines;

        @Override
        public void write(int b) {
            bytes++;
            if (b == '\n') {
                lines++;
            }
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
            for (int i = off; i < off + len; i++) {
                if (b[i] == '\n') {
                    lines++;
                }
            }
        }
    }

    /** {@code jstat -gc <pid> <interval>} running beside the export; the largest young + old heap in use it printed. */
    static final class HeapSampler implements AutoCloseable {

        private final Process jstat;
        private final Thread reader;
        private final AtomicLong peakKiB = new AtomicLong();

        private HeapSampler(Process jstat) {
            this.jstat = jstat;
            this.reader = new Thread(this::read, "bench-jstat");
            reader.setDaemon(true);
            reader.start();
        }

        static HeapSampler start(long pid, int intervalMs) throws IOException {
            return new HeapSampler(new ProcessBuilder("jstat", "-gc", Long.toString(pid), intervalMs + "ms")
                    .redirectErrorStream(true).start());
        }

        /** One sample, now. */
        static double usedMiB(long pid) throws IOException, InterruptedException {
            Process p = new ProcessBuilder("jstat", "-gc", Long.toString(pid)).redirectErrorStream(true).start();
            try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String[] header = in.readLine().trim().split("\\s+");
                String line = in.readLine();
                p.waitFor();
                return line == null ? Double.NaN : used(header, line.trim().split("\\s+")) / 1024.0;
            }
        }

        private void read() {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(jstat.getInputStream(), StandardCharsets.UTF_8))) {
                String[] header = null;
                for (String line; (line = in.readLine()) != null; ) {
                    String[] cells = line.trim().split("\\s+");
                    if (cells.length > 0 && cells[0].equals("S0C")) {
                        header = cells;
                    } else if (header != null && cells.length == header.length) {
                        long used = (long) used(header, cells);
                        peakKiB.accumulateAndGet(used, Math::max);
                    }
                }
            } catch (IOException e) {
                // jstat stopped: the peak so far stands
            }
        }

        /** S0U + S1U + EU + OU, in KiB. */
        private static double used(String[] header, String[] cells) {
            double sum = 0;
            for (int i = 0; i < header.length; i++) {
                if (List.of("S0U", "S1U", "EU", "OU").contains(header[i])) {
                    sum += Double.parseDouble(cells[i]);
                }
            }
            return sum;
        }

        double peakMiB() throws InterruptedException {
            Thread.sleep(2L * SAMPLE_MS); // the last samples
            return peakKiB.get() / 1024.0;
        }

        @Override
        public void close() throws InterruptedException {
            jstat.destroy();
            reader.join(2000);
        }
    }
}
