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
