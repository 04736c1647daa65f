package org.tidemark.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYPointerAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.entity.EntityCollection;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.chart.util.ShapeUtils;
import org.jfree.data.Range;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Builds the cumulative-volume chart: the central estimate as a line over its shaded low–high band, the
 * yearly cap as a dashed line across each calendar year with the date the central estimate crossed it,
 * and published claims as labelled, linked markers. Where voyages loaded, the total steps up: each such step
 * carries a tooltip and, when the data says where, a link to the list of those voyages (a dot marks it).
 */
public final class CumulativeVolumeChartBuilder {

    public static final String RANGE_AXIS_LABEL = "barrels (cumulative)";
    public static final String DOMAIN_AXIS_LABEL = "date (UTC)";

    static final Color CENTRAL = new Color(0x1F3B73);
    static final Color BAND = new Color(0x6BAED6);
    static final float BAND_ALPHA = 0.35f;
    static final Color CAP = new Color(0xC62828);
    static final Color CLAIM = new Color(0xEF6C00);

    static final int BAND_DATASET = 0;
    static final int CAP_DATASET = 1;
    static final int CLAIM_DATASET = 2;

    static final String BAND_SERIES = "Estimated cumulative volume (line: central; shaded: low–high)";
    static final String CAP_SERIES = "Annual cap";
    static final String CLAIM_SERIES = "Published claims";

    /** A step's link covers a circle this wide around its point (more than the dot, to be easy to hit). */
    static final double STEP_TARGET_RADIUS = 9;
    static final double STEP_DOT_RADIUS = 4;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    /**
     * Builds a new chart for {@code data}.
     *
     * @param widthPx the width the chart will be drawn at (clamped to 200–4000); the band series is thinned to
     *                at most twice this many points
     */
    public JFreeChart build(CumulativeVolumeData data, int widthPx) {
        int width = Math.max(200, Math.min(4000, widthPx));
        List<VolumePoint> points = CumulativeSeriesDownsampler.downsample(data.points(), 2 * width);
        List<ClaimMarker> claims = data.claims().stream()
                .sorted(Comparator.comparing(ClaimMarker::periodEnd).thenComparing(ClaimMarker::id,
                        Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
        Range dataRange = dateRange(points, claims);
        List<CapSegment> caps = capSegments(data.caps(), dataRange);

        XYPlot plot = new XYPlot();
        plot.setDomainAxis(new DateAxis(DOMAIN_AXIS_LABEL, TimeZone.getTimeZone(ZoneOffset.UTC), Locale.ENGLISH));
        NumberAxis rangeAxis = new NumberAxis(RANGE_AXIS_LABEL);
        rangeAxis.setNumberFormatOverride(barrelsFormat());
        rangeAxis.setAutoRangeIncludesZero(true);
        rangeAxis.setUpperMargin(0.12);
        plot.setRangeAxis(rangeAxis);
        YIntervalSeriesCollection band = bandDataset(points);
        plot.setDataset(BAND_DATASET, band);
        plot.setRenderer(BAND_DATASET, bandRenderer(bySeries(band, steps(data.points(), points, data.stepLinks()))));
        plot.setDataset(CAP_DATASET, capDataset(caps));
        plot.setRenderer(CAP_DATASET, capRenderer());
        plot.setDataset(CLAIM_DATASET, claimDataset(claims));
        plot.setRenderer(CLAIM_DATASET, claimRenderer(claims));
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);

        JFreeChart chart = new JFreeChart(titleOrNull(data.title()), JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        TidemarkChartTheme.applyTo(chart, data.includesIllustrative(), data.sourceLine());
        // The theme resets item-label fonts, so the claim labels are styled after it.
        plot.getRenderer(CLAIM_DATASET).setDefaultItemLabelFont(
                new Font(TidemarkChartTheme.FONT_FAMILY, Font.BOLD, 11));
        plot.getRenderer(CLAIM_DATASET).setDefaultItemLabelPaint(CLAIM.darker().darker());
        annotateCaps(plot, caps, dataRange, maxValue(points, claims, data.caps()));
        return chart;
    }

    /**
     * The band as one series per run: a cumulative series only falls when it restarts (a new cap year), and
     * the restart is drawn as a break rather than a vertical drop.
     */
    static YIntervalSeriesCollection bandDataset(List<VolumePoint> points) {
        YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
        YIntervalSeries band = new YIntervalSeries(BAND_SERIES, false, true);
        VolumePoint previous = null;
        for (VolumePoint p : points) {
            if (previous != null && p.central() < previous.central()) {
                dataset.addSeries(band);
                band = new YIntervalSeries(BAND_SERIES + " (" + p.date() + ")", false, true);
            }
            band.add(millis(p.date()), p.central(), p.low(), p.high());
            previous = p;
        }
        dataset.addSeries(band);
        return dataset;
    }

    /**
     * A drawn point where the total steps up: the UTC days it stands for (after the previous drawn point, up to its
     * own date, both included), the voyages loaded on them, the total it reaches, and where it links (or null).
     */
    record Step(LocalDate from, LocalDate to, long voyages, double central, String href) {

        String toolTip() {
            String days = from.equals(to) ? DAY.format(to) : DAY.format(from) + " – " + DAY.format(to);
            return "Voyages loaded " + days + ": " + voyages + "; cumulative central estimate "
                    + barrelsFormat().format(central) + " bbl";
        }
    }

    /**
     * The step each drawn point stands for, in the order of {@code drawn} (null where no voyage loaded). A drawn
     * point covers the days since the previous drawn point, so a thinned series still links every voyage.
     *
     * @param drawn a subsequence of {@code all} holding the same point objects (as the downsampler keeps them)
     */
    static List<Step> steps(List<VolumePoint> all, List<VolumePoint> drawn, String stepLinks) {
        List<Step> steps = new ArrayList<>(drawn.size());
        int next = 0;
        for (VolumePoint p : drawn) {
            LocalDate from = all.get(next).date();
            long voyages = 0;
            // identity, not equality: two days can hold equal figures, and only this one is the drawn point
            while (all.get(next) != p) {
                voyages += all.get(next).voyages();
                next++;
            }
            voyages += p.voyages();
            next++;
            steps.add(voyages == 0 ? null : new Step(from, p.date(), voyages, p.central(),
                    stepLinks == null ? null : SafeHref.of(stepLinks + "from=" + from + "&to=" + p.date())));
        }
        return steps;
    }

    /** The steps split as {@link #bandDataset} splits the points: one list per series. */
    private static List<List<Step>> bySeries(YIntervalSeriesCollection band, List<Step> steps) {
        List<List<Step>> split = new ArrayList<>();
        int offset = 0;
        for (int s = 0; s < band.getSeriesCount(); s++) {
            int count = band.getItemCount(s);
            split.add(steps.subList(offset, offset + count));
            offset += count;
        }
        return split;
    }

    /** One dashed segment per cap year, broken by a null point so segments of adjacent years do not join. */
    static XYSeriesCollection capDataset(List<CapSegment> caps) {
        XYSeries series = new XYSeries(CAP_SERIES, false, true);
        for (CapSegment cap : caps) {
            series.add(cap.fromMillis(), cap.line().limitBarrels());
            series.add(cap.toMillis(), cap.line().limitBarrels());
            series.add(cap.toMillis(), null);
        }
        return new XYSeriesCollection(series);
    }

    static XYSeriesCollection claimDataset(List<ClaimMarker> claims) {
        XYSeries series = new XYSeries(CLAIM_SERIES, false, true);
        for (ClaimMarker claim : claims) {
            series.add(millis(claim.periodEnd()), claim.valueBarrels());
        }
        return new XYSeriesCollection(series);
    }

    /** The part of a cap year that falls inside the chart's dates. */
    record CapSegment(CapLine line, double fromMillis, double toMillis) {
    }

    static List<CapSegment> capSegments(List<CapLine> caps, Range dataRange) {
        List<CapSegment> segments = new ArrayList<>();
        for (CapLine cap : caps.stream().sorted(Comparator.comparingInt(CapLine::year)).toList()) {
            double from = millis(LocalDate.of(cap.year(), 1, 1));
            double to = millis(LocalDate.of(cap.year(), 12, 31));
            if (dataRange != null) {
                from = Math.max(from, dataRange.getLowerBound());
                to = Math.min(to, dataRange.getUpperBound());
            }
            if (from < to) {
                segments.add(new CapSegment(cap, from, to));
            }
        }
        return segments;
    }

    private static Range dateRange(List<VolumePoint> points, List<ClaimMarker> claims) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (VolumePoint p : points) {
            min = Math.min(min, millis(p.date()));
            max = Math.max(max, millis(p.date()));
        }
        for (ClaimMarker c : claims) {
            min = Math.min(min, millis(c.periodEnd()));
            max = Math.max(max, millis(c.periodEnd()));
        }
        return min <= max ? new Range(min, max) : null;
    }

    private static DeviationRenderer bandRenderer(List<List<Step>> steps) {
        DeviationRenderer renderer = TidemarkChartTheme.withOwnSeriesStyles(new DeviationRenderer(true, true) {
            @Override
            public boolean getItemShapeVisible(int series, int item) {
                // the legend asks for item 0 even of an empty series
                List<Step> run = steps.get(series);
                Step step = item < run.size() ? run.get(item) : null;
                return step != null && step.href() != null;
            }

            @Override
            protected void addEntity(EntityCollection entities, Shape hotspot, XYDataset dataset, int series, int item,
                                     double entityX, double entityY) {
                // no hotspot: JFreeChart then takes a circle of the entity radius, wider than the dot
                super.addEntity(entities, null, dataset, series, item, entityX, entityY);
            }
        });
        renderer.setDefaultShape(new Ellipse2D.Double(-STEP_DOT_RADIUS, -STEP_DOT_RADIUS, 2 * STEP_DOT_RADIUS,
                2 * STEP_DOT_RADIUS));
        renderer.setDefaultEntityRadius((int) STEP_TARGET_RADIUS);
        renderer.setDefaultToolTipGenerator((dataset, series, item) -> {
            Step step = steps.get(series).get(item);
            return step == null ? null : step.toolTip();
        });
        renderer.setURLGenerator((dataset, series, item) -> {
            Step step = steps.get(series).get(item);
            return step == null ? null : step.href();
        });
        renderer.setDefaultPaint(CENTRAL);
        renderer.setDefaultStroke(new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        renderer.setDefaultFillPaint(BAND);
        renderer.setAlpha(BAND_ALPHA);
        // Every run after a reset is its own series in the same style; the legend names the first only.
        renderer.setDefaultSeriesVisibleInLegend(false);
        renderer.setSeriesVisibleInLegend(0, true);
        return renderer;
    }

    private static XYLineAndShapeRenderer capRenderer() {
        XYLineAndShapeRenderer renderer =
                TidemarkChartTheme.withOwnSeriesStyles(new XYLineAndShapeRenderer(true, false));
        renderer.setSeriesPaint(0, CAP);
        renderer.setSeriesStroke(0, dashed(2f));
        return renderer;
    }

    private static XYLineAndShapeRenderer claimRenderer(List<ClaimMarker> claims) {
        XYLineAndShapeRenderer renderer =
                TidemarkChartTheme.withOwnSeriesStyles(new XYLineAndShapeRenderer(false, true));
        renderer.setSeriesPaint(0, CLAIM);
        renderer.setSeriesShape(0, ShapeUtils.createDiamond(6f));
        renderer.setSeriesOutlinePaint(0, CLAIM.darker());
        renderer.setUseOutlinePaint(true);
        renderer.setDrawOutlines(true);
        renderer.setDefaultItemLabelGenerator((dataset, series, item) -> claimLabel(claims.get(item)));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultPositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
        renderer.setDefaultToolTipGenerator((dataset, series, item) -> claimToolTip(claims.get(item)));
        renderer.setURLGenerator((dataset, series, item) -> SafeHref.of(claims.get(item).href()));
        return renderer;
    }

    private static void annotateCaps(XYPlot plot, List<CapSegment> caps, Range dataRange, double maxY) {
        Font labelFont = new Font(TidemarkChartTheme.FONT_FAMILY, Font.PLAIN, 11);
        for (CapSegment cap : caps) {
            CapLine line = cap.line();
            String text = LabelSanitizer.clean(line.label()).strip();
            if (text.isEmpty()) {
                text = "cap " + line.year() + ": " + barrelsFormat().format(line.limitBarrels()) + " bbl";
            }
            XYTextAnnotation label = new XYTextAnnotation(" " + text, cap.fromMillis(), line.limitBarrels());
            label.setTextAnchor(TextAnchor.BOTTOM_LEFT);
            label.setFont(labelFont);
            label.setPaint(CAP);
            plot.addAnnotation(label);

            LocalDate crossing = line.centralCrossing();
            if (crossing == null) {
                continue;
            }
            double x = millis(crossing);
            if (x < cap.fromMillis() || x > cap.toMillis()) {
                continue;
            }
            ValueMarker when = new ValueMarker(x, new Color(CAP.getRed(), CAP.getGreen(), CAP.getBlue(), 110),
                    new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {2f, 3f}, 0f));
            plot.addDomainMarker(when, Layer.BACKGROUND);
            // Point from whichever side of the cap has more room, and away from the nearer plot edge.
            boolean lateInRange = dataRange != null
                    && x > dataRange.getLowerBound() + 0.6 * dataRange.getLength();
            boolean fromAbove = line.limitBarrels() < 0.5 * maxY;
            double angle = lateInRange ? 3 * Math.PI / 4 : Math.PI / 4;
            XYPointerAnnotation pointer = new XYPointerAnnotation(
                    "central estimate reaches cap " + DAY.format(crossing), x, line.limitBarrels(),
                    fromAbove ? -angle : angle);
            pointer.setTextAnchor(fromAbove
                    ? (lateInRange ? TextAnchor.BOTTOM_RIGHT : TextAnchor.BOTTOM_LEFT)
                    : (lateInRange ? TextAnchor.TOP_RIGHT : TextAnchor.TOP_LEFT));
            pointer.setBackgroundPaint(new Color(255, 255, 255, 215));
            pointer.setFont(new Font(TidemarkChartTheme.FONT_FAMILY, Font.BOLD, 11));
            pointer.setPaint(CAP.darker());
            pointer.setArrowPaint(CAP.darker());
            pointer.setBaseRadius(40);
            pointer.setTipRadius(4);
            plot.addAnnotation(pointer);
        }
    }

    private static double maxValue(List<VolumePoint> points, List<ClaimMarker> claims, List<CapLine> caps) {
        double max = 0;
        for (VolumePoint p : points) {
            max = Math.max(max, p.high());
        }
        for (ClaimMarker c : claims) {
            max = Math.max(max, c.valueBarrels());
        }
        for (CapLine c : caps) {
            max = Math.max(max, c.limitBarrels());
        }
        return max;
    }

    static String claimLabel(ClaimMarker claim) {
        String publisher = LabelSanitizer.clean(claim.publisher()).strip();
        String figure = barrelsFormat().format(claim.valueBarrels()) + " bbl";
        return publisher.isEmpty() ? figure : publisher + ": " + figure;
    }

    private static String claimToolTip(ClaimMarker claim) {
        String label = LabelSanitizer.clean(claim.label()).strip();
        String head = claimLabel(claim) + " to " + DAY.format(claim.periodEnd());
        return label.isEmpty() ? head : head + " (" + label + ")";
    }

    static NumberFormat barrelsFormat() {
        return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
    }

    static BasicStroke dashed(float width) {
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {8f, 5f}, 0f);
    }

    static String titleOrNull(String title) {
        String cleaned = LabelSanitizer.clean(title).strip();
        return cleaned.isEmpty() ? null : cleaned;
    }

    static double millis(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }
}
