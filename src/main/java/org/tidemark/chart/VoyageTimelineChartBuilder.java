package org.tidemark.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
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
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.function.BinaryOperator;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.tidemark.domain.VoyageStatus;

/**
 * Builds the voyage timeline: one row per tanker, one bar per voyage from loading to discharge coloured by
 * status (inferred and origin-unknown bars hatched and drawn to their last evidence, illustrative ones lighter),
 * sightings as markers and AIS dark periods as thin spans under the bars on the rows.
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
            VoyageStatus.INFERRED, "Inferred, hatched (discharge not evidenced; drawn to its last evidence)",
            VoyageStatus.IN_PROGRESS, "In progress (open-ended: drawn to the chart's end)",
            VoyageStatus.ORIGIN_UNKNOWN, "Origin unknown, hatched (loading not evidenced)")));
    /** Statuses whose bar is hatched: the voyage is partly inferred, so it must not look like a documented one. */
    static final Set<VoyageStatus> HATCHED = Collections.unmodifiableSet(
            EnumSet.of(VoyageStatus.INFERRED, VoyageStatus.ORIGIN_UNKNOWN));
    static final String ILLUSTRATIVE_LEGEND = "Illustrative (lighter bar): rests on illustrative data";
    /** How far an illustrative bar's colour is taken towards white. */
    static final float ILLUSTRATIVE_LIGHTENING = 0.6f;
    static final Color SIGHTING = new Color(0x222222);
    static final Color AIS_DARK = new Color(0xB2182B);

    static final String DARK_LEGEND = "AIS dark (transponder off to on; drawn at least a day long)";

    static final int VOYAGE_DATASET = 0;
    static final int EVENT_DATASET = 1;
    static final int DARK_DATASET = 2;

    /** Bars are drawn at least this long so they stay visible. */
    static final Duration MIN_OPEN_LENGTH = Duration.ofDays(1);

    private static final double BAR_HALF_HEIGHT = 0.32;
    /** A dark span lies just under its tanker's voyage bars (the tanker axis is inverted: larger is lower). */
    private static final double DARK_TOP = 0.35;
    private static final double DARK_BOTTOM = 0.47;
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
        List<DarkSpan> dark = data.darkSpans().stream().sorted(Comparator.comparing(DarkSpan::from)).toList();

        SymbolAxis tankerAxis = new SymbolAxis(TANKER_AXIS_LABEL, tankers.toArray(String[]::new));
        tankerAxis.setGridBandsVisible(true);
        tankerAxis.setInverted(true);
        tankerAxis.setAutoRange(false);
        tankerAxis.setRange(-0.5, Math.max(tankers.size(), 1) - 0.5);
        DateAxis timeAxis = new DateAxis(TIME_AXIS_LABEL, TimeZone.getTimeZone(ZoneOffset.UTC), Locale.ENGLISH);
        timeAxis.setLowerMargin(0.02);
        timeAxis.setUpperMargin(0.02);

        List<List<VoyageBar>> bySeries = new ArrayList<>();
        for (VoyageStatus status : VoyageStatus.values()) {
            bySeries.add(barsByStatus.get(status));
        }
        XYBarRenderer voyageRenderer = voyageRenderer(bySeries, data.asOf());
        XYPlot plot = new XYPlot(voyages, tankerAxis, timeAxis, voyageRenderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setDataset(EVENT_DATASET, events);
        plot.setRenderer(EVENT_DATASET, eventRenderer(eventsBySeries));
        plot.setDataset(DARK_DATASET, darkDataset(dark, rowOf));
        plot.setRenderer(DARK_DATASET, darkRenderer(dark));
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);

        JFreeChart chart = new JFreeChart(CumulativeVolumeChartBuilder.titleOrNull(data.title()),
                JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        TidemarkChartTheme.applyTo(chart, data.includesIllustrative(), data.sourceLine());
        // after the theme, which sets a bar painter of its own
        voyageRenderer.setBarPainter(new PatternedBarPainter((series, item) -> HATCHED.contains(VoyageStatus.values()[series])));
        voyageRenderer.setShadowVisible(false);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(true);
        if (data.voyages().stream().anyMatch(VoyageBar::illustrative)) {
            LegendItemCollection legend = plot.getLegendItems();
            LegendItem illustrative = new LegendItem(ILLUSTRATIVE_LEGEND, null, null, null,
                    new Rectangle2D.Double(-7, -5, 14, 10), lighter(new Color(0x777777)));
            illustrative.setLabelFont(legend.getItemCount() > 0 ? legend.get(0).getLabelFont() : null);
            illustrative.setLabelPaint(TidemarkChartTheme.TEXT);
            legend.add(illustrative);
            plot.setFixedLegendItems(legend);
        }
        return chart;
    }

    /** The colour an illustrative bar is drawn in: its status colour taken towards white. */
    static Color lighter(Color c) {
        float k = ILLUSTRATIVE_LIGHTENING;
        return new Color(Math.round(c.getRed() + (255 - c.getRed()) * k), Math.round(c.getGreen() + (255 - c.getGreen()) * k),
                Math.round(c.getBlue() + (255 - c.getBlue()) * k));
    }

    /** Tankers in order of their first voyage; tankers with only sightings or dark spans follow in order of the first. */
    static List<String> tankerRows(VoyageTimelineData data) {
        Map<String, Instant> first = new LinkedHashMap<>();
        data.voyages().stream().sorted(Comparator.comparing(VoyageBar::from))
                .forEach(v -> first.putIfAbsent(LabelSanitizer.clean(v.tanker()), v.from()));
        List<String> rows = new ArrayList<>(first.keySet());
        Map<String, Instant> rest = new LinkedHashMap<>();
        data.events().forEach(e -> rest.merge(LabelSanitizer.clean(e.tanker()), e.at(), BinaryOperator.minBy(Comparator.naturalOrder())));
        data.darkSpans().forEach(d -> rest.merge(LabelSanitizer.clean(d.tanker()), d.from(), BinaryOperator.minBy(Comparator.naturalOrder())));
        rest.entrySet().stream().filter(e -> !first.containsKey(e.getKey()))
                .sorted(Map.Entry.comparingByValue())
                .forEach(e -> rows.add(e.getKey()));
        return rows;
    }

    /**
     * Where a voyage ends on the chart, at least a day after it starts: its discharge; without one, an in-progress
     * voyage runs to the as-of time (open-ended, and its legend and tooltip say so), any other voyage to its last
     * evidence, never to the chart's edge: nothing after that evidence says it went on.
     */
    static Instant drawnEnd(VoyageBar voyage, Instant asOf) {
        Instant end;
        if (voyage.to() != null) {
            end = voyage.to();
        } else if (voyage.status() == VoyageStatus.IN_PROGRESS) {
            end = asOf;
        } else {
            end = voyage.lastEvidence();
        }
        Instant minimum = voyage.from().plus(MIN_OPEN_LENGTH);
        return end != null && end.isAfter(minimum) ? end : minimum;
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
        XYSeries series = new XYSeries("Sighting", false, true);
        List<EventMarker> sorted = events.stream().sorted(Comparator.comparing(EventMarker::at)).toList();
        for (EventMarker event : sorted) {
            series.add(rowOf.get(LabelSanitizer.clean(event.tanker())).doubleValue(), (double) event.at().toEpochMilli());
        }
        eventsBySeries.add(sorted);
        dataset.addSeries(series);
        return dataset;
    }

    private static XYIntervalSeriesCollection darkDataset(List<DarkSpan> dark, Map<String, Integer> rowOf) {
        XYIntervalSeries series = new XYIntervalSeries(DARK_LEGEND, false, true);
        for (DarkSpan span : dark) {
            int row = rowOf.get(LabelSanitizer.clean(span.tanker()));
            double from = span.from().toEpochMilli();
            Instant minimum = span.from().plus(MIN_OPEN_LENGTH);
            double to = (span.to().isAfter(minimum) ? span.to() : minimum).toEpochMilli();
            series.add(row, row + DARK_TOP, row + DARK_BOTTOM, from, from, to);
        }
        XYIntervalSeriesCollection dataset = new XYIntervalSeriesCollection();
        dataset.addSeries(series);
        return dataset;
    }

    private static XYBarRenderer voyageRenderer(List<List<VoyageBar>> bySeries, Instant asOf) {
        XYBarRenderer renderer = TidemarkChartTheme.withOwnSeriesStyles(new XYBarRenderer() {
            @Override
            public Paint getItemPaint(int series, int item) {
                Paint paint = super.getItemPaint(series, item);
                return bySeries.get(series).get(item).illustrative() && paint instanceof Color c ? lighter(c) : paint;
            }
        });
        renderer.setUseYInterval(true);
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(true);
        renderer.setLegendBar(new Rectangle2D.Double(-7, -5, 14, 10));
        for (VoyageStatus status : VoyageStatus.values()) {
            int series = status.ordinal();
            renderer.setSeriesPaint(series, STATUS_COLOURS.get(status));
            renderer.setSeriesOutlinePaint(series, STATUS_COLOURS.get(status).darker());
            renderer.setSeriesOutlineStroke(series, status == VoyageStatus.COMPLETE
                    ? new BasicStroke(0.8f)
                    : CumulativeVolumeChartBuilder.dashed(1.5f));
        }
        renderer.setDefaultToolTipGenerator((dataset, series, item) -> voyageToolTip(bySeries.get(series).get(item), asOf));
        renderer.setURLGenerator((dataset, series, item) -> SafeHref.of(bySeries.get(series).get(item).href()));
        return renderer;
    }

    private static XYLineAndShapeRenderer eventRenderer(List<List<EventMarker>> eventsBySeries) {
        XYLineAndShapeRenderer renderer =
                TidemarkChartTheme.withOwnSeriesStyles(new XYLineAndShapeRenderer(false, true));
        renderer.setSeriesPaint(0, SIGHTING);
        renderer.setSeriesShape(0, new Ellipse2D.Double(-4, -4, 8, 8));
        renderer.setSeriesOutlinePaint(0, Color.WHITE);
        renderer.setUseOutlinePaint(true);
        renderer.setDrawOutlines(true);
        renderer.setDefaultToolTipGenerator((dataset, series, item) -> {
            EventMarker event = eventsBySeries.get(series).get(item);
            String label = LabelSanitizer.clean(event.label()).strip();
            String head = "Sighting " + WHEN.format(event.at());
            return label.isEmpty() ? head : head + ": " + label;
        });
        return renderer;
    }

    private static XYBarRenderer darkRenderer(List<DarkSpan> dark) {
        XYBarRenderer renderer = TidemarkChartTheme.withOwnSeriesStyles(new XYBarRenderer());
        renderer.setUseYInterval(true);
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setSeriesPaint(0, AIS_DARK);
        renderer.setLegendBar(new Rectangle2D.Double(-7, -2, 14, 4));
        renderer.setDefaultToolTipGenerator((dataset, series, item) -> darkToolTip(dark.get(item)));
        return renderer;
    }

    static String darkToolTip(DarkSpan span) {
        String label = LabelSanitizer.clean(span.label()).strip();
        String head = LabelSanitizer.clean(span.tanker()) + ": AIS dark " + WHEN.format(span.from()) + " to "
                + WHEN.format(span.to());
        return label.isEmpty() ? head : head + " (" + label + ")";
    }

    static String voyageToolTip(VoyageBar voyage, Instant asOf) {
        String end;
        if (voyage.to() != null) {
            end = WHEN.format(voyage.to());
        } else if (voyage.status() == VoyageStatus.IN_PROGRESS) {
            end = "open (no discharge yet; drawn to " + (asOf == null ? "a day after loading" : WHEN.format(asOf)) + ")";
        } else {
            end = voyage.lastEvidence() == null ? "unknown (no later evidence)"
                    : "unknown (drawn to the last evidence, " + WHEN.format(voyage.lastEvidence()) + ")";
        }
        return LabelSanitizer.clean(voyage.tanker()) + ": " + WHEN.format(voyage.from()) + " to " + end
                + " (" + voyage.status().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                + (voyage.illustrative() ? ", illustrative" : "") + ")";
    }
}
