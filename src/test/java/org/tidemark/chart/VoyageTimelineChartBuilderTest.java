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
        // the dark span: 28 days of a chart spanning ~6.5 months at 1000 px is ~120 px long and a few px high
        assertThat(Pixels.countAll(image, VoyageTimelineChartBuilder.AIS_DARK, 2)).isGreaterThan(250);
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
                "Inferred, hatched (discharge not evidenced; drawn to its last evidence)",
                "In progress (open-ended: drawn to the chart's end)", "Origin unknown, hatched (loading not evidenced)",
                "Sighting", VoyageTimelineChartBuilder.DARK_LEGEND, VoyageTimelineChartBuilder.ILLUSTRATIVE_LEGEND);
    }

    @Test
    void rowsFollowEachTankersFirstVoyageThenEventOnlyTankers() {
        assertThat(VoyageTimelineChartBuilder.tankerRows(SampleChartData.timeline()))
                .containsExactly("Tanker Three", "Tanker One", "Tanker Two", "Tanker Four");
    }

    @Test
    void voyagesWithoutADischargeEndAtTheirLastEvidenceNotAtTheChartsEdge() {
        Instant from = Instant.parse("2024-07-01T00:00:00Z");
        Instant asOf = Instant.parse("2024-11-30T00:00:00Z");
        Instant evidence = Instant.parse("2024-07-09T00:00:00Z");
        for (VoyageStatus status : List.of(VoyageStatus.INFERRED, VoyageStatus.ORIGIN_UNKNOWN)) {
            VoyageBar bar = new VoyageBar("v", "T", from, null, status, null, evidence, false);
            assertThat(VoyageTimelineChartBuilder.drawnEnd(bar, asOf)).as(status.name()).isEqualTo(evidence);
            assertThat(VoyageTimelineChartBuilder.drawnEnd(new VoyageBar("v", "T", from, null, status, null, null, false),
                    asOf)).as("no evidence after loading: a day").isEqualTo(from.plus(Duration.ofDays(1)));
        }
        VoyageBar open = new VoyageBar("v", "T", from, null, VoyageStatus.IN_PROGRESS, null, evidence, false);
        assertThat(VoyageTimelineChartBuilder.drawnEnd(open, asOf)).as("in progress stays open-ended").isEqualTo(asOf);
        assertThat(VoyageTimelineChartBuilder.voyageToolTip(open, asOf)).contains("open (no discharge yet; drawn to 30 Nov 2024");
        assertThat(VoyageTimelineChartBuilder.voyageToolTip(new VoyageBar("v", "T", from, null, VoyageStatus.INFERRED,
                null, evidence, true), asOf)).contains("drawn to the last evidence, 9 Jul 2024").endsWith("(inferred, illustrative)");
    }

    @Test
    void hatchedAndLighterBarsAreVisiblyDistinctInThePng() {
        RenderedPng rendered = renderer.pngWithImageMap(builder.build(SampleChartData.timeline()), 1000, 450);
        BufferedImage image = Pixels.decode(rendered.png());
        java.awt.Rectangle inferred = area(rendered.areas(), "/api/voyages/v-2");
        // v-5: a complete bar with no event marker drawn over it
        java.awt.Rectangle complete = area(rendered.areas(), "/api/voyages/v-5");
        java.awt.Rectangle illustrative = area(rendered.areas(), "/api/voyages/v-3");
        java.awt.Rectangle originUnknown = area(rendered.areas(), "/api/voyages/v-6");

        // the inferred bar ends at its last evidence (20 May), far left of the in-progress bar's as-of end
        java.awt.Rectangle open = area(rendered.areas(), "/api/voyages/v-4");
        assertThat(inferred.x + inferred.width).isLessThan(open.x);
        // hatching: light stripes inside the inferred and origin-unknown bars, none inside a complete bar
        assertThat(lightPixels(image, inferred)).as("hatch stripes in the inferred bar").isGreaterThan(inferred.width);
        assertThat(lightPixels(image, originUnknown)).as("hatch stripes in the origin-unknown bar")
                .isGreaterThan(originUnknown.width);
        assertThat(lightPixels(image, shrunk(complete))).as("a complete bar is solid").isZero();
        // the illustrative complete bar is the complete colour taken towards white, not the colour itself
        java.awt.Color lighter = VoyageTimelineChartBuilder.lighter(VoyageTimelineChartBuilder.STATUS_COLOURS.get(VoyageStatus.COMPLETE));
        java.awt.Rectangle inside = shrunk(illustrative);
        int area = inside.width * inside.height;
        assertThat(Pixels.count(image, lighter, 2, inside.x, inside.y, inside.x + inside.width, inside.y + inside.height))
                .isGreaterThan(area * 8 / 10);
        assertThat(Pixels.count(image, VoyageTimelineChartBuilder.STATUS_COLOURS.get(VoyageStatus.COMPLETE), 2,
                inside.x, inside.y, inside.x + inside.width, inside.y + inside.height)).isZero();
    }

    @Test
    void theSvgSaysWhichBarIsIllustrativeAndDrawsTheHatchingAsLines() throws Exception {
        String svg = renderer.svg(builder.build(SampleChartData.timeline()), 1000, 450);
        javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        org.w3c.dom.Document doc = factory.newDocumentBuilder()
                .parse(new org.xml.sax.InputSource(new java.io.StringReader(svg)));
        org.w3c.dom.NodeList links = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "a");
        java.util.Map<String, String> titles = new java.util.HashMap<>();
        for (int i = 0; i < links.getLength(); i++) {
            org.w3c.dom.Element a = (org.w3c.dom.Element) links.item(i);
            titles.put(a.getAttributeNS("http://www.w3.org/1999/xlink", "href"), a.getTextContent());
        }
        assertThat(titles.get("/api/voyages/v-3")).contains("illustrative");
        assertThat(titles.get("/api/voyages/v-1")).doesNotContain("illustrative");
        assertThat(titles.get("/api/voyages/v-2")).contains("drawn to the last evidence");
        // hatch strokes: many short diagonal lines in the hatch colour, as vector paths
        assertThat(svg).contains("stroke-opacity:0.78");
    }

    private static int lightPixels(BufferedImage image, java.awt.Rectangle r) {
        int n = 0;
        for (int y = r.y; y < r.y + r.height; y++) {
            for (int x = r.x; x < r.x + r.width; x++) {
                java.awt.Color c = new java.awt.Color(image.getRGB(x, y));
                if (c.getRed() > 225 && c.getGreen() > 225 && c.getBlue() > 225) {
                    n++;
                }
            }
        }
        return n;
    }

    /** The bar's rectangle without its outline. */
    private static java.awt.Rectangle shrunk(java.awt.Rectangle r) {
        return new java.awt.Rectangle(r.x + 3, r.y + 3, Math.max(1, r.width - 6), Math.max(1, r.height - 6));
    }

    /** The rectangle of the image-map area linking to {@code href}. */
    private static java.awt.Rectangle area(List<MapArea> areas, String href) {
        MapArea area = areas.stream().filter(a -> href.equals(a.href())).findFirst()
                .orElseThrow(() -> new AssertionError("an area for " + href + " in " + areas));
        assertThat(area.shape()).isEqualTo("rect");
        int[] c = java.util.Arrays.stream(area.coords().split(",")).mapToInt(Integer::parseInt).toArray();
        return new java.awt.Rectangle(c[0], c[1], c[2] - c[0], c[3] - c[1]);
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
    void aDarkPeriodIsASpanUnderItsTankersBarsNotAPoint() {
        JFreeChart chart = builder.build(SampleChartData.timeline());
        IntervalXYDataset dark = (IntervalXYDataset) chart.getXYPlot().getDataset(VoyageTimelineChartBuilder.DARK_DATASET);

        assertThat(dark.getItemCount(0)).isEqualTo(1);
        assertThat(dark.getXValue(0, 0)).isEqualTo(2.0); // Tanker Two's row
        assertThat(dark.getStartXValue(0, 0)).isGreaterThan(2.32); // below the voyage bars (row ± 0.32)
        assertThat(dark.getStartYValue(0, 0)).isEqualTo((double) Instant.parse("2024-04-27T00:00:00Z").toEpochMilli());
        assertThat(dark.getEndYValue(0, 0)).isEqualTo((double) Instant.parse("2024-05-25T00:00:00Z").toEpochMilli());
        assertThat(VoyageTimelineChartBuilder.darkToolTip(SampleChartData.timeline().darkSpans().get(0)))
                .isEqualTo("Tanker Two: AIS dark 27 Apr 2024 00:00 UTC to 25 May 2024 00:00 UTC (off at sea)");
    }

    @Test
    void theDarkSpanIsDrawnAlongItsRowInThePng() {
        BufferedImage image = Pixels.decode(renderer.png(builder.build(SampleChartData.timeline()), 1000, 450));
        int dark = VoyageTimelineChartBuilder.AIS_DARK.getRGB() & 0xFFFFFF;
        int longestRun = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            int run = 0;
            for (int x = 0; x < image.getWidth(); x++) {
                run = (image.getRGB(x, y) & 0xFFFFFF) == dark ? run + 1 : 0;
                longestRun = Math.max(longestRun, run);
            }
        }
        // 28 days of a ~6.5-month axis on a 1000 px chart: over 100 px in one line (the legend swatch is 14 px)
        assertThat(longestRun).isGreaterThan(100);
    }

    @Test
    void voyageLinksAppearInSvgAndImageMap() {
        String svg = renderer.svg(builder.build(SampleChartData.timeline()), 1000, 450);
        List<MapArea> map = renderer.pngWithImageMap(builder.build(SampleChartData.timeline()), 1000, 450).areas();

        for (String href : List.of("/api/voyages/v-1", "/api/voyages/v-2", "/api/voyages/v-4")) {
            assertThat(svg).contains("xlink:href=\"" + href + "\"");
            assertThat(map).extracting(MapArea::href).contains(href);
        }
    }

    @Test
    void emptyTimelineStillRenders() {
        VoyageTimelineData empty = new VoyageTimelineData("", List.of(), List.of(), List.of(), null, false, "");

        assertThat(Pixels.decode(renderer.png(builder.build(empty), 400, 300)).getWidth()).isEqualTo(400);
    }
}
