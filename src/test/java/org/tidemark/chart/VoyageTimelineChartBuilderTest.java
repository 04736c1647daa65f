package org.tidemark.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.data.xy.IntervalXYDataset;
import org.junit.jupiter.api.Test;
import org.tidemark.domain.VoyageStatus;

class VoyageTimelineChartBuilderTest {

    private final VoyageTimelineChartBuilder builder = new VoyageTimelineChartBuilder();
    private final ChartRenderer renderer = new ChartRenderer();

    @Test
    void pngShowsEachStatusInItsColourAndTheEventMarkers() {
        BufferedImage image = Pixels.decode(renderer.png(builder.build(SampleChartData.timeline()), 1000, 450));

        assertThat(image.getWidth()).isEqualTo(1000);
        assertThat(image.getHeight()).isEqualTo(450);
        for (VoyageStatus status : VoyageStatus.values()) {
            // Far more pixels than the legend swatch (14x10) alone, so the bars themselves are drawn.
            assertThat(Pixels.countAll(image, VoyageTimelineChartBuilder.STATUS_COLOURS.get(status), 2))
                    .as(status.name()).isGreaterThan(1000);
        }
        assertThat(Pixels.countAll(image, VoyageTimelineChartBuilder.AIS_GAP, 2)).isGreaterThan(20);
        assertThat(Pixels.countAll(image, VoyageTimelineChartBuilder.SIGHTING, 2)).isGreaterThan(40);
    }

    @Test
    void legendNamesEveryStatusAndEventKind() {
        LegendItemCollection items = builder.build(SampleChartData.timeline()).getXYPlot().getLegendItems();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < items.getItemCount(); i++) {
            LegendItem item = items.get(i);
            labels.add(item.getLabel());
        }

        assertThat(labels).containsExactly("Complete (loading and discharge evidenced)",
                "Inferred (discharge not evidenced)", "In progress (open-ended)", "Sighting", "AIS gap");
    }

    @Test
    void rowsFollowEachTankersFirstVoyageThenEventOnlyTankers() {
        assertThat(VoyageTimelineChartBuilder.tankerRows(SampleChartData.timeline()))
                .containsExactly("Tanker Three", "Tanker One", "Tanker Two", "Tanker Four");
    }

    @Test
    void openVoyageRunsToAsOfOrAtLeastOneDay() {
        Instant from = Instant.parse("2024-07-01T00:00:00Z");
        VoyageBar open = new VoyageBar("v", "T", from, null, VoyageStatus.IN_PROGRESS, null);

        assertThat(VoyageTimelineChartBuilder.drawnEnd(open, Instant.parse("2024-08-15T00:00:00Z")))
                .isEqualTo(Instant.parse("2024-08-15T00:00:00Z"));
        assertThat(VoyageTimelineChartBuilder.drawnEnd(open, null)).isEqualTo(from.plus(Duration.ofDays(1)));
        assertThat(VoyageTimelineChartBuilder.drawnEnd(open, from.minusSeconds(60)))
                .isEqualTo(from.plus(Duration.ofDays(1)));
    }

    @Test
    void barsSpanLoadingToDischargeOnTheTankersRow() {
        JFreeChart chart = builder.build(SampleChartData.timeline());
        IntervalXYDataset bars = (IntervalXYDataset) chart.getXYPlot()
                .getDataset(VoyageTimelineChartBuilder.VOYAGE_DATASET);
        int complete = VoyageStatus.COMPLETE.ordinal();

        // Complete voyages in loading order: v-5 (Tanker Three, row 0), v-1 (Tanker One, row 1), v-3.
        assertThat(bars.getItemCount(complete)).isEqualTo(3);
        assertThat(bars.getXValue(complete, 1)).isEqualTo(1.0);
        assertThat(bars.getStartYValue(complete, 1))
                .isEqualTo((double) Instant.parse("2024-03-07T06:00:00Z").toEpochMilli());
        assertThat(bars.getEndYValue(complete, 1))
                .isEqualTo((double) Instant.parse("2024-03-19T12:00:00Z").toEpochMilli());
    }

    @Test
    void voyageLinksAppearInSvgAndImageMap() {
        String svg = renderer.svg(builder.build(SampleChartData.timeline()), 1000, 450);
        String map = renderer.pngWithImageMap(builder.build(SampleChartData.timeline()), 1000, 450, "voyages")
                .imageMap();

        for (String href : List.of("/api/voyages/v-1", "/api/voyages/v-2", "/api/voyages/v-4")) {
            assertThat(svg).contains("xlink:href=\"" + href + "\"");
            assertThat(map).contains("href=\"" + href + "\"");
        }
    }

    @Test
    void emptyTimelineStillRenders() {
        VoyageTimelineData empty = new VoyageTimelineData("", List.of(), List.of(), null, false, "");

        assertThat(Pixels.decode(renderer.png(builder.build(empty), 400, 300)).getWidth()).isEqualTo(400);
    }
}
