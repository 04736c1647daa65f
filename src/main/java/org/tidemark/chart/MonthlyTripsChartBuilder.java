package org.tidemark.chart;

import java.awt.Color;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Builds the monthly-trips chart: one bar per month of loading, stacked by discharge port, on a whole-number axis.
 */
public final class MonthlyTripsChartBuilder {

    /** Trips are counted in the month they loaded, as the trips series counts them. */
    public static final String MONTH_AXIS_LABEL = "month of loading (UTC)";
    public static final String TRIPS_AXIS_LABEL = "trips";
    static final String UNKNOWN_PORT = "unknown port";

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    /** Builds a new chart for {@code data}. */
    public JFreeChart build(MonthlyTripsData data) {
        DefaultCategoryDataset dataset = dataset(data.counts());

        CategoryAxis monthAxis = new CategoryAxis(MONTH_AXIS_LABEL);
        monthAxis.setCategoryMargin(0.25);
        monthAxis.setLowerMargin(0.02);
        monthAxis.setUpperMargin(0.02);
        // "Aug 2024" may wrap onto two lines rather than be cut to "A..."; past two years, rotate instead.
        monthAxis.setMaximumCategoryLabelLines(2);
        monthAxis.setMaximumCategoryLabelWidthRatio(1.1f);
        if (dataset.getColumnCount() > 24) {
            monthAxis.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        NumberAxis tripsAxis = new NumberAxis(TRIPS_AXIS_LABEL);
        tripsAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        tripsAxis.setAutoRangeIncludesZero(true);
        tripsAxis.setUpperMargin(0.08);

        StackedBarRenderer renderer = TidemarkChartTheme.withOwnSeriesStyles(new StackedBarRenderer());
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(true);
        renderer.setDefaultOutlinePaint(Color.WHITE);
        for (int i = 0; i < dataset.getRowCount(); i++) {
            renderer.setSeriesPaint(i, portColour(i));
            renderer.setSeriesOutlinePaint(i, Color.WHITE);
        }
        renderer.setDefaultToolTipGenerator((ds, row, column) -> ds.getRowKey(row) + ", loaded in "
                + ds.getColumnKey(column) + ": " + ds.getValue(row, column).longValue() + " trips");

        CategoryPlot plot = new CategoryPlot(dataset, monthAxis, tripsAxis, renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);

        JFreeChart chart = new JFreeChart(CumulativeVolumeChartBuilder.titleOrNull(data.title()),
                JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        TidemarkChartTheme.applyTo(chart, data.includesIllustrative(), data.sourceLine());
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(true);
        return chart;
    }

    /** Series (rows) are ports, busiest first; columns are every month from the first to the last, gaps as zero. */
    static DefaultCategoryDataset dataset(List<MonthlyTripCount> counts) {
        Map<String, Map<YearMonth, Long>> byPort = new TreeMap<>();
        for (MonthlyTripCount count : counts) {
            byPort.computeIfAbsent(portName(count.dischargePort()), p -> new TreeMap<>())
                    .merge(count.month(), count.trips(), Long::sum);
        }
        List<String> ports = byPort.keySet().stream()
                .sorted(Comparator.comparingLong((String p) -> -total(byPort.get(p))).thenComparing(p -> p))
                .toList();
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        YearMonth first = counts.stream().map(MonthlyTripCount::month).min(Comparator.naturalOrder()).orElse(null);
        YearMonth last = counts.stream().map(MonthlyTripCount::month).max(Comparator.naturalOrder()).orElse(null);
        if (first == null) {
            return dataset;
        }
        Map<YearMonth, String> columns = new LinkedHashMap<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            columns.put(m, MONTH.format(m));
        }
        for (String port : ports) {
            Map<YearMonth, Long> trips = byPort.get(port);
            columns.forEach((month, key) -> dataset.addValue(trips.getOrDefault(month, 0L), port, key));
        }
        return dataset;
    }

    static Color portColour(int index) {
        return TidemarkChartTheme.PALETTE[index % TidemarkChartTheme.PALETTE.length];
    }

    private static String portName(String port) {
        String cleaned = LabelSanitizer.clean(port).strip();
        return cleaned.isEmpty() ? UNKNOWN_PORT : cleaned;
    }

    private static long total(Map<YearMonth, Long> trips) {
        return trips.values().stream().mapToLong(Long::longValue).sum();
    }
}
