package org.tidemark.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.tidemark.domain.VoyageStatus;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

class ChartRendererTest {

    /** Markup, quotes and characters XML 1.0 cannot hold. */
    private static final String HOSTILE = "Tanker <b>&\"quoted\" 'one'\u0001\u0008\uFFFE\uD800";
    private static final String HOSTILE_CLEANED = "Tanker <b>&\"quoted\" 'one'";

    private final ChartRenderer renderer = new ChartRenderer();

    @Test
    void svgOfEveryChartParsesAsXmlDespiteHostileLabels() throws Exception {
        for (JFreeChart chart : hostileCharts()) {
            String svg = renderer.svg(chart, 800, 500);

            Document document = parse(svg);

            assertThat(document.getDocumentElement().getLocalName()).isEqualTo("svg");
            assertThat(document.getDocumentElement().getAttribute("width")).isEqualTo("800");
            assertThat(svg).doesNotContain("\u0001").doesNotContain("\uFFFE");
        }
    }

    @Test
    void batikEscapesMarkupSoTheTextSurvivesParsing() throws Exception {
        String svg = renderer.svg(hostileCharts().get(0), 800, 500);

        Document document = parse(svg);

        assertThat(svg).doesNotContain("<b>");
        assertThat(texts(document)).contains(HOSTILE_CLEANED);
    }

    @Test
    void svgHasNoDoctype() {
        String svg = renderer.svg(new MonthlyTripsChartBuilder().build(SampleChartData.monthlyTrips()), 600, 400);

        assertThat(svg).doesNotContain("<!DOCTYPE").startsWith("<?xml");
    }

    @Test
    void svgLinksAreInvisibleShapesInsideAnchors() throws Exception {
        Document document = parse(renderer.svg(
                new VoyageTimelineChartBuilder().build(SampleChartData.timeline()), 1000, 450));

        NodeList anchors = document.getElementsByTagNameNS(ChartRenderer.SVG_NS, "a");
        assertThat(anchors.getLength()).isEqualTo(6);
        Element first = (Element) anchors.item(0);
        assertThat(first.getAttributeNS(ChartRenderer.XLINK_NS, "href")).startsWith("/api/voyages/");
        Element path = (Element) first.getElementsByTagNameNS(ChartRenderer.SVG_NS, "path").item(0);
        assertThat(path.getAttribute("d")).startsWith("M").endsWith("Z");
        assertThat(path.getAttribute("style")).contains("fill-opacity:0");
    }

    @Test
    void unsafeHrefsAreLeftOut() {
        VoyageTimelineData data = new VoyageTimelineData("t",
                List.of(new VoyageBar("v", "T", SampleChartData.at("2024-01-01T00:00:00Z"),
                        SampleChartData.at("2024-01-05T00:00:00Z"), VoyageStatus.COMPLETE, " JavaScript:alert(1)")),
                List.of(), List.of(), null, false, "");

        String svg = renderer.svg(new VoyageTimelineChartBuilder().build(data), 600, 300);
        List<MapArea> map = renderer.pngWithImageMap(new VoyageTimelineChartBuilder().build(data), 600, 300).areas();

        assertThat(svg.toLowerCase()).doesNotContain("javascript");
        assertThat(map).isNotEmpty().allSatisfy(area -> assertThat(area.href()).isNull());
    }

    @Test
    void imageMapAreasKeepHrefsAndTooltipsAsText() {
        // Escaping is the page's job (api.ChartPages, tested in ChartResourceTest): the areas hold plain text.
        List<MapArea> map = renderer.pngWithImageMap(hostileCharts().get(0), 800, 500).areas();

        assertThat(map).extracting(MapArea::href).contains("/a?b=1&c=\"2\"");
        assertThat(map).extracting(MapArea::title).anyMatch(title -> title.contains("<b>&\"quoted\""));
    }

    @Test
    void rejectsSizesOutsideTheBounds() {
        JFreeChart chart = new MonthlyTripsChartBuilder().build(SampleChartData.monthlyTrips());

        assertThatThrownBy(() -> renderer.png(chart, 199, 400)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> renderer.svg(chart, 400, 4001)).isInstanceOf(IllegalArgumentException.class);
        assertThat(renderer.png(chart, 200, 4000)).isNotEmpty();
    }

    private static List<JFreeChart> hostileCharts() {
        String href = "/a?b=1&c=\"2\"";
        CumulativeVolumeData volume = new CumulativeVolumeData(HOSTILE,
                List.of(new VolumePoint(LocalDate.of(2024, 1, 1), 0, 0, 0),
                        new VolumePoint(LocalDate.of(2024, 6, 1), 400_000, 600_000, 800_000)),
                List.of(new CapLine(2024, 500_000, HOSTILE, LocalDate.of(2024, 5, 1))),
                List.of(new ClaimMarker("c", HOSTILE, LocalDate.of(2024, 5, 1), 700_000, HOSTILE, href)),
                true, HOSTILE);
        VoyageTimelineData timeline = new VoyageTimelineData(HOSTILE,
                List.of(new VoyageBar("v", HOSTILE, SampleChartData.at("2024-01-01T00:00:00Z"),
                        SampleChartData.at("2024-01-09T00:00:00Z"), VoyageStatus.COMPLETE, href)),
                List.of(new EventMarker(HOSTILE, SampleChartData.at("2024-01-03T00:00:00Z"), HOSTILE)),
                List.of(new DarkSpan(HOSTILE, SampleChartData.at("2024-01-04T00:00:00Z"),
                        SampleChartData.at("2024-01-06T00:00:00Z"), HOSTILE)),
                null, true, HOSTILE);
        MonthlyTripsData trips = new MonthlyTripsData(HOSTILE,
                List.of(new MonthlyTripCount(YearMonth.of(2024, 1), HOSTILE, 2)), true, HOSTILE);
        return List.of(new CumulativeVolumeChartBuilder().build(volume, 800),
                new VoyageTimelineChartBuilder().build(timeline),
                new MonthlyTripsChartBuilder().build(trips));
    }

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> texts(Document document) {
        List<String> texts = new ArrayList<>();
        NodeList nodes = document.getElementsByTagNameNS(ChartRenderer.SVG_NS, "text");
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            texts.add(node.getTextContent().strip());
        }
        return texts;
    }
}
