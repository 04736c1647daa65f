package org.tidemark.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.annotations.XYPointerAnnotation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;

class CumulativeVolumeChartBuilderTest {

    private static final int W = 900;
    private static final int H = 560;

    private final CumulativeVolumeChartBuilder builder = new CumulativeVolumeChartBuilder();
    private final ChartRenderer renderer = new ChartRenderer();

    @Test
    void pngHasRequestedSizeAndDrawsInsideThePlotArea() {
        JFreeChart chart = builder.build(SampleChartData.cumulative(), W);
        BufferedImage image = Pixels.decode(renderer.png(chart, W, H));

        assertThat(image.getWidth()).isEqualTo(W);
        assertThat(image.getHeight()).isEqualTo(H);
        Rectangle2D area = dataArea(chart);
        int drawn = 0;
        for (int y = (int) area.getMinY() + 2; y < area.getMaxY() - 2; y++) {
            for (int x = (int) area.getMinX() + 2; x < area.getMaxX() - 2; x++) {
                if (!Pixels.near(image.getRGB(x, y), Color.WHITE, 6)) {
                    drawn++;
                }
            }
        }
        assertThat(drawn).isGreaterThan((int) (area.getWidth() * area.getHeight() * 0.05));
    }

    @Test
    void bandFillLiesBetweenLowAndHighLines() {
        CumulativeVolumeData data = SampleChartData.cumulative();
        JFreeChart chart = builder.build(data, W);
        BufferedImage image = Pixels.decode(renderer.png(chart, W, H));
        Rectangle2D area = dataArea(chart);
        XYPlot plot = chart.getXYPlot();
        // A day in late September 2024, where the band is tall.
        VolumePoint sample = data.points().stream()
                .filter(p -> p.date().equals(LocalDate.of(2024, 9, 25))).findFirst().orElseThrow();
        int x = (int) plot.getDomainAxis().valueToJava2D(
                CumulativeVolumeChartBuilder.millis(sample.date()), area, RectangleEdge.BOTTOM);
        int yHigh = (int) plot.getRangeAxis().valueToJava2D(sample.high(), area, RectangleEdge.LEFT);
        int yLow = (int) plot.getRangeAxis().valueToJava2D(sample.low(), area, RectangleEdge.LEFT);
        Color band = Pixels.overWhite(CumulativeVolumeChartBuilder.BAND, CumulativeVolumeChartBuilder.BAND_ALPHA);
        assertThat(yLow - yHigh).as("band height in pixels").isGreaterThan(40);

        int inside = Pixels.count(image, band, 4, x, yHigh + 3, x + 1, yLow - 2);
        int above = Pixels.count(image, band, 4, x, (int) area.getMinY() + 1, x + 1, yHigh - 6);
        int below = Pixels.count(image, band, 4, x, yLow + 6, x + 1, (int) area.getMaxY() - 1);

        assertThat(inside).as("band colour between high and low").isGreaterThan((yLow - yHigh) / 2);
        assertThat(above).as("band colour above the high line").isZero();
        assertThat(below).as("band colour below the low line").isZero();
    }

    @Test
    void capIsRedDashedLineAtTheLimit() {
        JFreeChart chart = builder.build(SampleChartData.cumulative(), W);
        BufferedImage image = Pixels.decode(renderer.png(chart, W, H));
        Rectangle2D area = dataArea(chart);
        int y = (int) Math.round(chart.getXYPlot().getRangeAxis()
                .valueToJava2D(SampleChartData.CAP, area, RectangleEdge.LEFT));

        int red = Pixels.count(image, CumulativeVolumeChartBuilder.CAP, 40, (int) area.getMinX(), y - 1,
                (int) area.getMaxX(), y + 2);

        assertThat(red).isGreaterThan((int) (area.getWidth() * 0.3));
    }

    @Test
    void capSegmentsRunOneCalendarYearEachClippedToTheData() {
        JFreeChart chart = builder.build(SampleChartData.cumulative(), W);
        XYDataset caps = chart.getXYPlot().getDataset(CumulativeVolumeChartBuilder.CAP_DATASET);

        // 2024: 1 Jan to 31 Dec; 2025: 1 Jan to 31 Mar where the data stops; nulls break the line between.
        assertThat(caps.getItemCount(0)).isEqualTo(6);
        assertThat(caps.getXValue(0, 0)).isEqualTo(CumulativeVolumeChartBuilder.millis(LocalDate.of(2024, 1, 1)));
        assertThat(caps.getXValue(0, 1)).isEqualTo(CumulativeVolumeChartBuilder.millis(LocalDate.of(2024, 12, 31)));
        assertThat(caps.getYValue(0, 2)).isNaN();
        assertThat(caps.getXValue(0, 3)).isEqualTo(CumulativeVolumeChartBuilder.millis(LocalDate.of(2025, 1, 1)));
        assertThat(caps.getXValue(0, 4)).isEqualTo(CumulativeVolumeChartBuilder.millis(LocalDate.of(2025, 3, 31)));
        assertThat(caps.getYValue(0, 4)).isEqualTo(SampleChartData.CAP);
    }

    @Test
    void capYearOutsideTheDataIsNotDrawn() {
        CumulativeVolumeData sample = SampleChartData.cumulative();
        CumulativeVolumeData data = new CumulativeVolumeData(sample.title(), sample.points(),
                List.of(new CapLine(2023, SampleChartData.CAP, "")), List.of(), false, "");

        JFreeChart chart = builder.build(data, W);

        assertThat(chart.getXYPlot().getDataset(CumulativeVolumeChartBuilder.CAP_DATASET).getItemCount(0)).isZero();
    }

    @Test
    void crossingDateIsAnnotatedOnTheCap() {
        JFreeChart chart = builder.build(SampleChartData.cumulative(), W);

        List<XYAnnotation> annotations = chart.getXYPlot().getAnnotations();
        assertThat(annotations).filteredOn(a -> a instanceof XYPointerAnnotation)
                .singleElement()
                .satisfies(a -> {
                    XYPointerAnnotation pointer = (XYPointerAnnotation) a;
                    assertThat(pointer.getText()).contains("18 Feb 2024");
                    assertThat(pointer.getY()).isEqualTo(SampleChartData.CAP);
                });
    }

    @Test
    void subtitleSaysIllustrativeOnlyWhenFlagged() {
        CumulativeVolumeData flagged = SampleChartData.cumulative();
        CumulativeVolumeData unflagged = new CumulativeVolumeData(flagged.title(), flagged.points(), flagged.caps(),
                flagged.claims(), false, flagged.sourceLine());

        assertThat(textTitles(builder.build(flagged, W))).contains("includes illustrative data")
                .contains(flagged.sourceLine());
        assertThat(textTitles(builder.build(unflagged, W))).doesNotContain("includes illustrative data")
                .contains(flagged.sourceLine());
    }

    @Test
    void rangeAxisNamesTheUnit() {
        JFreeChart chart = builder.build(SampleChartData.cumulative(), W);

        assertThat(chart.getXYPlot().getRangeAxis().getLabel()).isEqualTo("barrels (cumulative)");
    }

    @Test
    void millionPointSeriesIsThinnedToTwiceTheWidthBeforeDrawing() {
        List<VolumePoint> points = new ArrayList<>(1_000_000);
        LocalDate start = LocalDate.of(2024, 1, 1);
        for (int i = 0; i < 1_000_000; i++) {
            double central = i * 0.5;
            points.add(new VolumePoint(start.plusDays(i / 3000), central * 0.8, central, central * 1.2));
        }
        CumulativeVolumeData data = new CumulativeVolumeData("big", points,
                List.of(new CapLine(2024, SampleChartData.CAP, "")), List.of(), false, "");

        JFreeChart chart = builder.build(data, 800);
        YIntervalSeriesCollection band = (YIntervalSeriesCollection) chart.getXYPlot()
                .getDataset(CumulativeVolumeChartBuilder.BAND_DATASET);
        int drawnPoints = 0;
        for (int s = 0; s < band.getSeriesCount(); s++) {
            drawnPoints += band.getItemCount(s);
        }

        assertThat(drawnPoints).isLessThanOrEqualTo(1600).isGreaterThan(100);
        assertThat(band.getEndYValue(0, band.getItemCount(0) - 1)).isEqualTo(999_999 * 0.5 * 1.2);
        assertThat(Pixels.decode(renderer.png(chart, 800, 500)).getWidth()).isEqualTo(800);
    }

    @Test
    void bandBreaksWhereTheCumulativeSeriesRestarts() {
        JFreeChart chart = builder.build(SampleChartData.cumulative(), W);
        XYDataset band = chart.getXYPlot().getDataset(CumulativeVolumeChartBuilder.BAND_DATASET);

        assertThat(band.getSeriesCount()).isEqualTo(2);
        assertThat(band.getXValue(1, 0)).isEqualTo(CumulativeVolumeChartBuilder.millis(LocalDate.of(2025, 1, 1)));
    }

    @Test
    void claimsAreLabelledWithPublisherAndFigure() {
        ClaimMarker claim = SampleChartData.cumulative().claims().get(0);

        assertThat(CumulativeVolumeChartBuilder.claimLabel(claim)).isEqualTo("Example Monitor: 1,600,000 bbl");
    }

    @Test
    void claimLinksAppearInSvgAndImageMap() {
        JFreeChart chart = builder.build(SampleChartData.cumulative(), W);

        String svg = renderer.svg(chart, W, H);
        List<MapArea> map = renderer.pngWithImageMap(builder.build(SampleChartData.cumulative(), W), W, H).areas();

        assertThat(svg).contains("xlink:href=\"/api/claims/c-1?view=full&amp;lang=en\"")
                .contains("xlink:href=\"https://example.org/report#p4\"");
        assertThat(map).extracting(MapArea::href)
                .contains("/api/claims/c-1?view=full&lang=en", "https://example.org/report#p4");
    }

    @Test
    void eachStepLinksToTheVoyagesLoadedThatDayAtItsPointOnTheChart() {
        CumulativeVolumeData data = SampleChartData.cumulative("/voyages?tanker=T+1&");
        JFreeChart chart = builder.build(data, W);
        List<MapArea> steps = renderer.pngWithImageMap(chart, W, H).areas().stream()
                .filter(a -> a.href() != null && a.href().startsWith("/voyages?")).toList();

        long loadingDays = data.points().stream().filter(p -> p.voyages() > 0).count();
        assertThat(steps).hasSize((int) loadingDays);
        // 13 Jan 2024 is day 13 of the year: 13 % 9 == 4, a loading day
        MapArea step = steps.stream().filter(a -> a.href().equals("/voyages?tanker=T+1&from=2024-01-13&to=2024-01-13"))
                .findFirst().orElseThrow();
        assertThat(step.title()).isEqualTo("Voyages loaded 13 Jan 2024: 1; cumulative central estimate 190,000 bbl");
        Rectangle2D area = dataArea(chart);
        XYPlot plot = chart.getXYPlot();
        double x = plot.getDomainAxis().valueToJava2D(CumulativeVolumeChartBuilder.millis(LocalDate.of(2024, 1, 13)),
                area, RectangleEdge.BOTTOM);
        double y = plot.getRangeAxis().valueToJava2D(190_000, area, RectangleEdge.LEFT);
        Rectangle2D bounds = bounds(step.coords());
        assertThat(bounds.contains(x, y)).as("the link's area %s holds the step's point (%s, %s)", bounds, x, y).isTrue();
        assertThat(bounds.getWidth()).as("wider than the dot, to be easy to hit")
                .isGreaterThanOrEqualTo(2 * CumulativeVolumeChartBuilder.STEP_TARGET_RADIUS - 1);
        // days where nothing loaded have no link
        assertThat(steps).extracting(MapArea::href).doesNotContain("/voyages?tanker=T+1&from=2024-01-14&to=2024-01-14");
    }

    @Test
    void stepLinksAppearInTheSvgAndADotMarksEach() {
        String linked = renderer.svg(builder.build(SampleChartData.cumulative("/voyages?a=1&"), W), W, H);
        String plain = renderer.svg(builder.build(SampleChartData.cumulative(), W), W, H);

        assertThat(linked).contains("xlink:href=\"/voyages?a=1&amp;from=2024-01-13&amp;to=2024-01-13\"");
        assertThat(plain).doesNotContain("/voyages?");
        // a dot on each linked step (Batik writes a circle as a path of curves); without links there are none
        long loadingDays = SampleChartData.cumulative("/voyages?a=1&").points().stream().filter(p -> p.voyages() > 0).count();
        assertThat(curves(linked) - curves(plain)).isGreaterThanOrEqualTo((int) loadingDays);
    }

    @Test
    void aThinnedSeriesStillLinksEveryVoyageOnceWithTheDaysEachDrawnPointStandsFor() {
        List<VolumePoint> points = new ArrayList<>();
        LocalDate start = LocalDate.of(2000, 1, 1);
        double central = 0;
        long voyages = 0;
        for (int i = 0; i < 9_000; i++) {
            long loaded = i % 7 == 0 ? 2 : i % 5 == 0 ? 1 : 0;
            central += loaded * 1000;
            voyages += loaded;
            points.add(new VolumePoint(start.plusDays(i), central, central, central, loaded));
        }
        List<VolumePoint> drawn = CumulativeSeriesDownsampler.downsample(points, 400);
        assertThat(drawn).hasSizeLessThan(points.size());

        List<CumulativeVolumeChartBuilder.Step> steps = CumulativeVolumeChartBuilder.steps(points, drawn, "/v?");

        assertThat(steps).hasSameSizeAs(drawn);
        assertThat(steps.stream().filter(java.util.Objects::nonNull).mapToLong(CumulativeVolumeChartBuilder.Step::voyages)
                .sum()).isEqualTo(voyages);
        LocalDate nextDay = start;
        for (int i = 0; i < steps.size(); i++) {
            CumulativeVolumeChartBuilder.Step step = steps.get(i);
            if (step != null) {
                assertThat(step.from()).as("a step starts the day after the previous drawn point").isEqualTo(nextDay);
                assertThat(step.to()).isEqualTo(drawn.get(i).date());
                assertThat(step.href()).isEqualTo("/v?from=" + step.from() + "&to=" + step.to());
            }
            nextDay = drawn.get(i).date().plusDays(1);
        }
    }

    @Test
    void emptyDataStillBuildsAndRenders() {
        CumulativeVolumeData data = new CumulativeVolumeData("", List.of(),
                List.of(new CapLine(2024, SampleChartData.CAP, "")), List.of(), false, "");

        JFreeChart chart = builder.build(data, W);

        assertThat(Pixels.decode(renderer.png(chart, 400, 300)).getHeight()).isEqualTo(300);
        assertThat(renderer.svg(chart, 400, 300)).contains("<svg");
    }

    static Rectangle2D dataArea(JFreeChart chart) {
        ChartRenderingInfo info = new ChartRenderingInfo();
        // Layout is deterministic for a size, so drawing again gives the area the PNG used.
        chart.createBufferedImage(W, H, info);
        return info.getPlotInfo().getDataArea();
    }

    private static Rectangle2D bounds(String coords) {
        String[] n = coords.split(",");
        Rectangle2D.Double r = new Rectangle2D.Double(Double.parseDouble(n[0]), Double.parseDouble(n[1]), 0, 0);
        for (int i = 2; i + 1 < n.length; i += 2) {
            r.add(Double.parseDouble(n[i]), Double.parseDouble(n[i + 1]));
        }
        return r;
    }

    /** Paths drawn with curves: the SVG's circles. */
    private static int curves(String svg) {
        return (int) java.util.regex.Pattern.compile("<path[^>]* d=\"M[^\"]* C").matcher(svg).results().count();
    }

    private static List<String> textTitles(JFreeChart chart) {
        List<String> texts = new ArrayList<>();
        for (Object title : chart.getSubtitles()) {
            if (title instanceof TextTitle text) {
                texts.add(text.getText());
            }
        }
        return texts;
    }
}
