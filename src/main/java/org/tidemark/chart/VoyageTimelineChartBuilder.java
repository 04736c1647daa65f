package org.tidemark.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.util.ShapeUtils;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.tidemark.domain.VoyageStatus;

/**
 * Builds the voyage timeline: one row per tanker, one bar per voyage from loading to discharge coloured by
 * status, and sightings and AIS gaps as markers on the rows.
 */
public final class VoyageTimelineChartBuilder {

    public static final String TIME_AXIS_LABEL = "date (UTC)";
    public static final String TANKER_AXIS_LABEL = "tanker";

    static final Map<VoyageStatus, Color> STATUS_COLOURS = Collections.unmodifiableMap(new EnumMap<>(Map.of(
            VoyageStatus.COMPLETE, new Color(0x0072B2),
            VoyageStatus.INFERRED, new Color(0xCC79A7),
            VoyageStatus.IN_PROGRESS, new Color(0xE69F00),
            VoyageStatus.ORIGIN_UNKNOWN, new Color(0x999999))));
    static final Map<VoyageStatus, String> STATUS_NAMES = Collections.unmodifiableMap(new EnumMap<>(Map.of(
            VoyageStatus.COMPLETE, "Complete (loading and discharge evidenced)",
            VoyageStatus.INFERRED, "Inferred (discharge not evidenced)",
            VoyageStatus.IN_PROGRESS, "In progress (open-ended)",
            VoyageStatus.ORIGIN_UNKNOWN, "Origin unknown (loading not evidenced)")));
    static final Color SIGHTING = new Color(0x222222);
    static final Color AIS_GAP = new Color(0xB2182B);

    static final int VOYAGE_DATASET = 0;
    static final int EVENT_DATASET = 1;

    /** Open voyages are drawn at least this long so they stay visible. */
    static final Duration MIN_OPEN_LENGTH = Duration.ofDays(1);

    private static final double BAR_HALF_HEIGHT = 0.32;
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    /** Builds a new chart for {@code data}. */
    public JFreeChart build(VoyageTimelineData data) {
        List<String> tankers = tankerRows(data);
        Map<String, Integer> rowOf = new LinkedHashMap<>();
        for (int i = 0; i < tankers.size(); i++) {
            rowOf.put(tankers.get(i), i);
        }
        Map<VoyageStatus, List<VoyageBar>> barsByStatus = new EnumMap<>(VoyageStatus.class);
        XYIntervalSeriesCollection voyages = voyageDataset(data, rowOf, barsByStatus);
        List<List<EventMarker>> eventsBySeries = new ArrayList<>();
        XYSeriesCollection events = eventDataset(data.events(), rowOf, eventsBySeries);

        SymbolAxis tankerAxis = new SymbolAxis(TANKER_AXIS_LABEL, tankers.toArray(String[]::new));
        tankerAxis.setGridBandsVisible(true);
        tankerAxis.setInverted(true);
        tankerAxis.setAutoRange(false);
        tankerAxis.setRange(-0.5, Math.max(tankers.size(), 1) - 0.5);
        DateAxis timeAxis = new DateAxis(TIME_AXIS_LABEL, TimeZone.getTimeZone(ZoneOffset.UTC), Locale.ENGLISH);
        timeAxis.setLowerMargin(0.02);
        timeAxis.setUpperMargin(0.02);

        XYPlot plot = new XYPlot(voyages, tankerAxis, timeAxis, voyageRenderer(barsByStatus));
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setDataset(EVENT_DATASET, events);
        plot.setRenderer(EVENT_DATASET, eventRenderer(eventsBySeries));
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);

        JFreeChart chart = new JFreeChart(CumulativeVolumeChartBuilder.titleOrNull(data.title()),
                JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        TidemarkChartTheme.applyTo(chart, data.includesIllustrative(), data.sourceLine());
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(true);
        return chart;
    }

    /** Tankers in order of their first voyage; tankers with only events follow in order of first event. */
    static List<String> tankerRows(VoyageTimelineData data) {
        Map<String, Instant> first = new LinkedHashMap<>();
        data.voyages().stream().sorted(Comparator.comparing(VoyageBar::from))
                .forEach(v -> first.putIfAbsent(LabelSanitizer.clean(v.tanker()), v.from()));
        List<String> rows = new ArrayList<>(first.keySet());
        data.events().stream().sorted(Comparator.comparing(EventMarker::at))
                .map(e -> LabelSanitizer.clean(e.tanker()))
                .filter(t -> !first.containsKey(t))
                .distinct()
                .forEach(rows::add);
        return rows;
    }

    /** Where a voyage ends on the chart: its discharge, or for an open voyage the as-of time (at least a day). */
    static Instant drawnEnd(VoyageBar voyage, Instant asOf) {
        if (voyage.to() != null) {
            return voyage.to();
        }
        Instant minimum = voyage.from().plus(MIN_OPEN_LENGTH);
        return asOf != null && asOf.isAfter(minimum) ? asOf : minimum;
    }

    private static XYIntervalSeriesCollection voyageDataset(VoyageTimelineData data, Map<String, Integer> rowOf,
            Map<VoyageStatus, List<VoyageBar>> barsByStatus) {
        XYIntervalSeriesCollection dataset = new XYIntervalSeriesCollection();
        for (VoyageStatus status : VoyageStatus.values()) {
            XYIntervalSeries series = new XYIntervalSeries(STATUS_NAMES.get(status), false, true);
            List<VoyageBar> bars = data.voyages().stream().filter(v -> v.status() == status)
                    .sorted(Comparator.comparing(VoyageBar::from)).toList();
            for (VoyageBar bar : bars) {
                int row = rowOf.get(LabelSanitizer.clean(bar.tanker()));
                double from = bar.from().toEpochMilli();
                double to = drawnEnd(bar, data.asOf()).toEpochMilli();
                series.add(row, row - BAR_HALF_HEIGHT, row + BAR_HALF_HEIGHT, from, from, to);
            }
            barsByStatus.put(status, bars);
            dataset.addSeries(series);
        }
        return dataset;
    }

    private static XYSeriesCollection eventDataset(List<EventMarker> events, Map<String, Integer> rowOf,
            List<List<EventMarker>> eventsBySeries) {
        XYSeriesCollection dataset = new XYSeriesCollection();
        for (EventMarker.Kind kind : EventMarker.Kind.values()) {
            XYSeries series = new XYSeries(kind == EventMarker.Kind.SIGHTING ? "Sighting" : "AIS gap", false, true);
            List<EventMarker> ofKind = events.stream().filter(e -> e.kind() == kind)
                    .sorted(Comparator.comparing(EventMarker::at)).toList();
            for (EventMarker event : ofKind) {
                series.add(rowOf.get(LabelSanitizer.clean(event.tanker())).doubleValue(),
                        (double) event.at().toEpochMilli());
            }
            eventsBySeries.add(ofKind);
            dataset.addSeries(series);
        }
        return dataset;
    }

    private static XYBarRenderer voyageRenderer(Map<VoyageStatus, List<VoyageBar>> barsByStatus) {
        XYBarRenderer renderer = TidemarkChartTheme.withOwnSeriesStyles(new XYBarRenderer());
        renderer.setUseYInterval(true);
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(true);
        renderer.setLegendBar(new Rectangle2D.Double(-7, -5, 14, 10));
        for (VoyageStatus status : VoyageStatus.values()) {
            int series = status.ordinal();
            renderer.setSeriesPaint(series, STATUS_COLOURS.get(status));
            renderer.setSeriesOutlinePaint(series, STATUS_COLOURS.get(status).darker());
            renderer.setSeriesOutlineStroke(series, status == VoyageStatus.IN_PROGRESS
                    ? CumulativeVolumeChartBuilder.dashed(1.5f)
                    : new BasicStroke(0.8f));
        }
        List<List<VoyageBar>> bySeries = new ArrayList<>();
        for (VoyageStatus status : VoyageStatus.values()) {
            bySeries.add(barsByStatus.get(status));
        }
        renderer.setDefaultToolTipGenerator((dataset, series, item) -> voyageToolTip(bySeries.get(series).get(item)));
        renderer.setURLGenerator((dataset, series, item) -> SafeHref.of(bySeries.get(series).get(item).href()));
        return renderer;
    }

    private static XYLineAndShapeRenderer eventRenderer(List<List<EventMarker>> eventsBySeries) {
        XYLineAndShapeRenderer renderer =
                TidemarkChartTheme.withOwnSeriesStyles(new XYLineAndShapeRenderer(false, true));
        renderer.setSeriesPaint(0, SIGHTING);
        renderer.setSeriesShape(0, new Ellipse2D.Double(-4, -4, 8, 8));
        renderer.setSeriesOutlinePaint(0, Color.WHITE);
        renderer.setSeriesPaint(1, AIS_GAP);
        renderer.setSeriesShape(1, ShapeUtils.createDownTriangle(5.5f));
        renderer.setSeriesOutlinePaint(1, Color.WHITE);
        renderer.setUseOutlinePaint(true);
        renderer.setDrawOutlines(true);
        renderer.setDefaultToolTipGenerator((dataset, series, item) -> {
            EventMarker event = eventsBySeries.get(series).get(item);
            String label = LabelSanitizer.clean(event.label()).strip();
            String head = (event.kind() == EventMarker.Kind.SIGHTING ? "Sighting " : "AIS gap ")
                    + WHEN.format(event.at());
            return label.isEmpty() ? head : head + ": " + label;
        });
        return renderer;
    }

    private static String voyageToolTip(VoyageBar voyage) {
        String end = voyage.to() == null ? "open" : WHEN.format(voyage.to());
        return LabelSanitizer.clean(voyage.tanker()) + ": " + WHEN.format(voyage.from()) + " to " + end
                + " (" + voyage.status().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")";
    }
}
