package org.tidemark.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.tidemark.figures.ChartKind;
import org.tidemark.figures.Charts;
import org.tidemark.query.FilterCriteria;
import org.tidemark.query.FilterResolver;
import org.tidemark.query.TimeBound;
import org.tidemark.query.TimelineFilter;

/** Renders every chart for a range into a folder, as PNG and SVG. */
@Command(name = "charts", mixinStandardHelpOptions = true,
        description = "Render the cumulative-volume, voyage-timeline and monthly-trips charts as PNG and SVG.")
public class ChartsCommand implements Callable<Integer> {

    @Option(names = "--from", defaultValue = "2024-03-01", description = "First day (UTC), default ${DEFAULT-VALUE}")
    LocalDate from;

    @Option(names = "--to", defaultValue = "2024-11-30", description = "Last day, included (UTC), default ${DEFAULT-VALUE}")
    LocalDate to;

    @Option(names = "--out", defaultValue = "charts", description = "Folder to write into, default ${DEFAULT-VALUE}")
    Path out;

    @Option(names = "--width", defaultValue = "1200", description = "Width in pixels, default ${DEFAULT-VALUE}")
    int width;

    @Option(names = "--height", defaultValue = "600", description = "Height in pixels, default ${DEFAULT-VALUE}")
    int height;

    @Option(names = "--cap", defaultValue = "unscr-2397-refined", description = "Cap on the cumulative chart, default ${DEFAULT-VALUE}")
    String cap;

    @Option(names = "--documented-only", description = "Leave out trips that rest on illustrative data")
    boolean documentedOnly;

    @Inject
    Charts charts;
    @Inject
    FilterResolver filters;

    @Override
    @ActivateRequestContext
    public Integer call() throws IOException {
        Files.createDirectories(out);
        TimelineFilter filter = filters.filter(FilterCriteria.NONE.withRange(TimeBound.of(from), TimeBound.of(to))
                .withIllustrative(documentedOnly ? Boolean.FALSE : null));
        String suffix = documentedOnly ? "-documented" : "";
        for (ChartKind kind : ChartKind.values()) {
            long start = System.nanoTime();
            Charts.Request request = new Charts.Request(kind, filter, cap, width, height);
            Path png = out.resolve(kind.slug() + suffix + ".png");
            Files.write(png, charts.png(request));
            Path svg = out.resolve(kind.slug() + suffix + ".svg");
            Files.writeString(svg, charts.svg(request), StandardCharsets.UTF_8);
            System.out.printf("%s, %s (%d ms)%n", png, svg, (System.nanoTime() - start) / 1_000_000);
        }
        return 0;
    }
}
