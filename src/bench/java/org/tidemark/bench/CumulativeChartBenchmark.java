package org.tidemark.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import org.tidemark.chart.CapLine;
import org.tidemark.chart.ChartRenderer;
import org.tidemark.chart.ClaimMarker;
import org.tidemark.chart.CumulativeVolumeChartBuilder;
import org.tidemark.chart.CumulativeVolumeData;
import org.tidemark.chart.VolumePoint;

/** JMH: the cumulative-volume chart as a 1200×600 PNG by org.tidemark.chart, and by bare JFreeChart. */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CumulativeChartBenchmark {

    static final int WIDTH = 1200;
    static final int HEIGHT = 600;

    @Param("100000")
    public int voyages;
    @Param("20240307")
    public long seed;

    private CumulativeVolumeData data;

    @Setup
    public void setUp() {
        data = chartData(voyages, seed);
    }

    @Benchmark
    public byte[] tidemark() {
        JFreeChart chart = new CumulativeVolumeChartBuilder().build(data, WIDTH);
        return new ChartRenderer().png(chart, WIDTH, HEIGHT);
    }

    @Benchmark
    public byte[] bareJFreeChart() throws IOException {
        YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
        YIntervalSeries series = null;
        VolumePoint previous = null;
        for (VolumePoint p : data.points()) {
            if (series == null || p.central() < previous.central()) {
                series = new YIntervalSeries("band " + dataset.getSeriesCount(), false, true);
                dataset.addSeries(series);
            }
            series.add(p.date().toEpochDay() * 86_400_000.0, p.central(), p.low(), p.high());
            previous = p;
        }
        XYPlot plot = new XYPlot(dataset, new DateAxis(), new NumberAxis(), new DeviationRenderer(true, false));
        JFreeChart chart = new JFreeChart(plot);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ChartUtils.writeChartAsPNG(out, chart, WIDTH, HEIGHT);
        return out.toByteArray();
    }

    /** One cumulative point per voyage over 2023–2024, restarting each cap year, with caps and two claims. */
    static CumulativeVolumeData chartData(int voyages, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        LocalDate start = LocalDate.of(2023, 1, 1);
        int days = 731;
        int[] dayOf = new int[voyages];
        for (int i = 0; i < voyages; i++) {
            dayOf[i] = rnd.nextInt(days);
        }
        java.util.Arrays.sort(dayOf);
        List<VolumePoint> points = new ArrayList<>(voyages);
        double low = 0;
        double central = 0;
        double high = 0;
        int year = 2023;
        LocalDate[] crossing = new LocalDate[2];
        for (int i = 0; i < voyages; i++) {
            LocalDate date = start.plusDays(dayOf[i]);
            if (date.getYear() != year) {
                year = date.getYear();
                low = 0;
                central = 0;
                high = 0;
            }
            double dwt = 1000 + rnd.nextDouble() * 5000;
            low += dwt * 0.33 * 6.35;
            central += dwt * 0.90 * 7.46;
            high += dwt * 8.50;
            if (central >= 500_000 && crossing[year - 2023] == null) {
                crossing[year - 2023] = date;
            }
            points.add(new VolumePoint(date, low, central, high));
        }
        List<CapLine> caps = List.of(
                new CapLine(2023, 500_000, "UN cap 2023: 500,000 bbl", crossing[0]),
                new CapLine(2024, 500_000, "UN cap 2024: 500,000 bbl", crossing[1]));
        List<ClaimMarker> claims = List.of(
                new ClaimMarker("c1", "Synthetic press", LocalDate.of(2024, 6, 30), central / 2, "a synthetic claim", null),
                new ClaimMarker("c2", "Synthetic panel", LocalDate.of(2024, 11, 5), central * 0.9, "another", null));
        return new CumulativeVolumeData("Cumulative volume (synthetic benchmark fleet)", points, caps, claims, true,
                "Source: synthetic benchmark data");
    }
}
