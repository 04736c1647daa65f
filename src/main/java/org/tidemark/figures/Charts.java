package org.tidemark.figures;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jfree.chart.JFreeChart;

import org.tidemark.chart.ChartRenderer;
import org.tidemark.chart.CumulativeVolumeChartBuilder;
import org.tidemark.chart.MonthlyTripsChartBuilder;
import org.tidemark.chart.RenderedPng;
import org.tidemark.chart.VoyageTimelineChartBuilder;
import org.tidemark.domain.DomainException;
import org.tidemark.query.TimelineFilter;

/**
 * Draws the charts: read model → chart inputs → a new JFreeChart per call (it is not thread-safe)
 * → PNG, PNG with an image map, or SVG. Also says which version of the data a chart shows, so
 * that an unchanged chart is not drawn again for a browser that has it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Charts {

    public static final int MIN_SIZE = ChartRenderer.MIN_SIZE;
    public static final int MAX_SIZE = ChartRenderer.MAX_SIZE;

    private final ChartInputs inputs;
    private final EntityManager em;
    private final ChartRenderer renderer = new ChartRenderer();

    Charts(ChartInputs inputs, EntityManager em) {
        this.inputs = inputs;
        this.em = em;
    }

    /** Where voyage links of the API's charts point: the voyage's JSON. */
    public static final String API_VOYAGES = "/api/voyages/";

    /**
     * What to draw: which chart, for which data, at which size; voyage links are {@code voyageLinks} + the voyage id
     * (the API's JSON, or the web workspace's page); a step of the cumulative chart links to {@code stepLinks} +
     * {@code from=…&to=…} (the UTC days whose loads make it, both included), or nowhere when it is null.
     */
    public record Request(ChartKind kind, TimelineFilter filter, String cap, int width, int height, String voyageLinks,
                          String stepLinks) {
        public Request {
            checkSize("width", width);
            checkSize("height", height);
        }

        public Request(ChartKind kind, TimelineFilter filter, String cap, int width, int height) {
            this(kind, filter, cap, width, height, API_VOYAGES, null);
        }
    }

    public byte[] png(Request r) {
        return timed(r, "png", () -> renderer.png(build(r), r.width(), r.height()));
    }

    public RenderedPng pngWithImageMap(Request r) {
        return timed(r, "html", () -> renderer.pngWithImageMap(build(r), r.width(), r.height()));
    }

    public String svg(Request r) {
        return timed(r, "svg", () -> renderer.svg(build(r), r.width(), r.height()));
    }

    /** A chart's inputs read, built and rendered: counted and timed by chart and format. */
    private static <T> T timed(Request r, String format, java.util.function.Supplier<T> render) {
        return Timer.builder("tidemark.chart.renders").description("Charts read, built and rendered")
                .tag("chart", r.kind().slug()).tag("format", format).publishPercentileHistogram()
                .register(Metrics.globalRegistry).record(render);
    }

    /**
     * A tag that changes whenever the data any chart shows may have changed (a trigger moves a
     * sequence on every write to voyages, claims, caps, tankers and ports), combined with what
     * was asked for.
     */
    public String etag(String request) {
        Object version = em.createNativeQuery("select last_value from data_version_seq").getSingleResult();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((version + "\n" + request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** The chart itself, for a caller that draws it on its own canvas (the PDF brief draws it as vectors). */
    public JFreeChart build(Request r) {
        return switch (r.kind()) {
            case CUMULATIVE_VOLUME -> new CumulativeVolumeChartBuilder()
                    .build(inputs.cumulativeVolume(r.filter(), r.cap(), r.stepLinks()), r.width());
            case VOYAGE_TIMELINE -> new VoyageTimelineChartBuilder().build(inputs.voyageTimeline(r.filter(), r.voyageLinks()));
            case MONTHLY_TRIPS -> new MonthlyTripsChartBuilder().build(inputs.monthlyTrips(r.filter()));
        };
    }

    private static void checkSize(String name, int pixels) {
        if (pixels < MIN_SIZE || pixels > MAX_SIZE) {
            throw DomainException.invalid(name, name + " must be between " + MIN_SIZE + " and " + MAX_SIZE
                    + " pixels, got " + pixels);
        }
    }
}
