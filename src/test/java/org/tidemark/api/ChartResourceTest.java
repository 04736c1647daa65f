package org.tidemark.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.IntervalXYDataset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import org.tidemark.Fixtures;
import org.tidemark.Trips;
import org.tidemark.chart.CumulativeVolumeData;
import org.tidemark.chart.MapArea;
import org.tidemark.chart.MonthlyTripsChartBuilder;
import org.tidemark.chart.MonthlyTripsData;
import org.tidemark.chart.VolumePoint;
import org.tidemark.chart.VoyageBar;
import org.tidemark.chart.VoyageTimelineChartBuilder;
import org.tidemark.chart.VoyageTimelineData;
import org.tidemark.domain.VoyageStatus;
import org.tidemark.figures.ChartInputs;
import org.tidemark.query.FilterCriteria;
import org.tidemark.query.FilterResolver;
import org.tidemark.query.TimeBound;

@QuarkusTest
@TestSecurity(user = "test-analyst", roles = {"viewer", "analyst"})
class ChartResourceTest {

    @Inject
    ChartInputs inputs;
    @Inject
    FilterResolver arguments;

    private Fixtures f;

    @BeforeEach
    void twoVoyages() {
        f = Fixtures.create();
        Fixtures.post("/api/events", f.event("LOADING", "2024-03-07", f.loadingPort));
        Fixtures.post("/api/events", f.event("ARRIVAL", "2024-03-10", f.dischargePort));
        Fixtures.post("/api/events", f.event("SIGHTING", "2024-04-01", f.loadingPort));
        Fixtures.post("/api/claims", Map.of("publisher", "Chart test " + f.tankerId, "source", f.source,
                "subject", "VOLUME", "comparator", "MORE_THAN", "value", 30000, "unit", "BARREL",
                "periodFrom", "2024-03-01", "periodTo", "2024-04-30"));
    }

    @Test
    void aPngHasTheRequestedSizeAndDrawsSomething() throws Exception {
        byte[] png = given().queryParam("tanker", f.tankerId).queryParam("width", 900).queryParam("height", 450)
                .get("/api/charts/cumulative-volume.png")
                .then().statusCode(200).contentType("image/png").extract().asByteArray();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(900);
        assertThat(image.getHeight()).isEqualTo(450);
        int coloured = 0;
        for (int x = 100; x < 800; x += 5) {
            for (int y = 60; y < 380; y += 5) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                int r = rgb >> 16 & 0xFF;
                int g = rgb >> 8 & 0xFF;
                int b = rgb & 0xFF;
                if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 40) {
                    coloured++;
                }
            }
        }
        assertThat(coloured).as("coloured pixels (line, band, cap) in the plot").isGreaterThan(50);
    }

    @Test
    void everyChartRendersAsPngAndAsParseableSvgWithLinks() throws Exception {
        for (String name : List.of("cumulative-volume", "voyage-timeline", "monthly-trips")) {
            byte[] png = given().queryParam("tanker", f.tankerId).get("/api/charts/" + name + ".png")
                    .then().statusCode(200).extract().asByteArray();
            assertThat(ImageIO.read(new ByteArrayInputStream(png)).getWidth()).as(name).isEqualTo(1200);
            String svg = given().queryParam("tanker", f.tankerId).get("/api/charts/" + name + ".svg")
                    .then().statusCode(200).contentType("image/svg+xml").extract().asString();
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            assertThat(factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)))
                    .getDocumentElement().getNodeName()).isEqualTo("svg");
        }
        String timeline = given().queryParam("tanker", f.tankerId).get("/api/charts/voyage-timeline.svg").asString();
        assertThat(timeline).contains("/api/voyages/");
        String cumulative = given().queryParam("tanker", f.tankerId).get("/api/charts/cumulative-volume.svg").asString();
        assertThat(cumulative).contains("/api/claims/").contains("/reconciliation");
    }

    @Test
    void theImageMapPageLinksVoyages() throws Exception {
        String html = given().queryParam("tanker", f.tankerId).get("/api/charts/voyage-timeline.html")
                .then().statusCode(200).contentType(containsString("text/html")).extract().asString();
        Document page = page(html);

        Element img = only(page, "img");
        String png = img.getAttribute("src");
        assertThat(png).startsWith("data:image/png;base64,");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(
                Base64.getDecoder().decode(png.substring("data:image/png;base64,".length()))));
        assertThat(image.getWidth()).isEqualTo(Integer.parseInt(img.getAttribute("width")));
        assertThat(image.getHeight()).isEqualTo(Integer.parseInt(img.getAttribute("height")));
        assertThat(img.getAttribute("usemap")).isEqualTo("#voyage-timeline-map");
        assertThat(img.getAttribute("alt")).isEqualTo("voyage-timeline");

        Element map = only(page, "map");
        assertThat(map.getAttribute("name")).isEqualTo("voyage-timeline-map");
        NodeList areas = map.getElementsByTagName("area");
        List<String> hrefs = new java.util.ArrayList<>();
        for (int i = 0; i < areas.getLength(); i++) {
            Element area = (Element) areas.item(i);
            assertThat(area.getAttribute("shape")).isIn("rect", "poly");
            assertThat(area.getAttribute("coords")).matches("-?\\d+(,-?\\d+)+");
            assertThat(area.hasAttribute("alt")).isTrue();
            if (area.hasAttribute("href")) {
                hrefs.add(area.getAttribute("href"));
            }
        }
        List<String> voyages = given().queryParam("tanker", f.tankerId).get("/api/voyages").then().statusCode(200)
                .extract().jsonPath().getList("entries.id", String.class);
        assertThat(voyages).isNotEmpty();
        assertThat(hrefs).containsAll(voyages.stream().map(id -> "/api/voyages/" + id).toList());
    }

    @Test
    void eachStepOfTheCumulativeChartLinksToTheVoyagesLoadedThatDayUnderTheSameFilter() throws Exception {
        String html = given().queryParam("tanker", f.tankerId).queryParam("minConfidence", 2).queryParam("width", 900)
                .get("/api/charts/cumulative-volume.html").then().statusCode(200).extract().asString();
        NodeList areas = page(html).getElementsByTagName("area");
        List<String> steps = new java.util.ArrayList<>();
        for (int i = 0; i < areas.getLength(); i++) {
            String href = ((Element) areas.item(i)).getAttribute("href");
            if (href.startsWith("/api/voyages?")) {
                steps.add(href);
            }
        }
        List<String> voyages = given().queryParam("tanker", f.tankerId).get("/api/voyages").then().statusCode(200)
                .extract().jsonPath().getList("entries.id", String.class);
        assertThat(voyages).hasSize(2);
        steps.sort(java.util.Comparator.naturalOrder());
        assertThat(steps).hasSize(2).allMatch(h -> h.contains("tanker=" + f.tankerId) && h.contains("minConfidence=2")
                && !h.contains("width=") && !h.contains("cap="));
        assertThat(steps.get(0)).endsWith("from=2024-03-07&to=2024-03-07");
        assertThat(steps.get(1)).endsWith("from=2024-04-01&to=2024-04-01");
        for (int i = 0; i < 2; i++) {
            assertThat(given().urlEncodingEnabled(false).get(steps.get(i)).then().statusCode(200).extract().jsonPath()
                    .getList("entries.id", String.class)).containsExactly(voyages.get(i));
        }
    }

    @Test
    void theImageMapPageEscapesWhatItShows() throws Exception {
        String hostile = "<b>&\"quoted\" 'one'";
        String href = "/a?b=1&c=\"2\"";
        String html = ChartPages.imageMap("n\"<x>", "AAAA", 200, 300,
                List.of(new MapArea("rect", "1,2,3,4", href, hostile), new MapArea("poly", "1,2,3,4,5,6", null, "t"))).render();

        assertThat(html).doesNotContain("<b>").doesNotContain("<x>");
        Document page = page(html);
        assertThat(page.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("n\"<x>");
        assertThat(only(page, "map").getAttribute("name")).isEqualTo("n\"<x>-map");
        NodeList areas = page.getElementsByTagName("area");
        assertThat(areas.getLength()).isEqualTo(2);
        Element linked = (Element) areas.item(0);
        assertThat(linked.getAttribute("href")).isEqualTo(href);
        assertThat(linked.getAttribute("title")).isEqualTo(hostile);
        assertThat(linked.getAttribute("alt")).isEmpty();
        Element titled = (Element) areas.item(1);
        assertThat(titled.hasAttribute("href")).as("an area without a link has no href").isFalse();
        assertThat(titled.getAttribute("title")).isEqualTo("t");
    }

    /** The page is written as polyglot markup, so an XML parser reads it and shows what a browser would. */
    private static Document page(String html) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(html)));
    }

    private static Element only(Document page, String tag) {
        NodeList found = page.getElementsByTagName(tag);
        assertThat(found.getLength()).as(tag).isEqualTo(1);
        return (Element) found.item(0);
    }

    @Test
    void anUnchangedChartIsNotSentAgainButANewEventChangesIt() {
        String etag = given().queryParam("tanker", f.tankerId).get("/api/charts/monthly-trips.png")
                .then().statusCode(200).extract().header("ETag");
        assertThat(etag).isNotBlank();
        given().queryParam("tanker", f.tankerId).header("If-None-Match", etag).get("/api/charts/monthly-trips.png")
                .then().statusCode(304);
        given().queryParam("tanker", f.tankerId).queryParam("width", 800).header("If-None-Match", etag)
                .get("/api/charts/monthly-trips.png").then().statusCode(200);

        Fixtures.post("/api/events", f.event("ARRIVAL", "2024-04-05", f.dischargePort));
        String after = given().queryParam("tanker", f.tankerId).header("If-None-Match", etag)
                .get("/api/charts/monthly-trips.png").then().statusCode(200).extract().header("ETag");
        assertThat(after).isNotEqualTo(etag);
    }

    @Test
    void sizesOutsideTheBoundsAndUnknownChartsAreProblems() {
        given().queryParam("width", 100).get("/api/charts/cumulative-volume.png")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("width"));
        given().queryParam("height", 5000).get("/api/charts/cumulative-volume.svg")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("height"));
        given().queryParam("width", "wide").get("/api/charts/cumulative-volume.png")
                .then().statusCode(400).contentType("application/problem+json");
        given().get("/api/charts/pie.png").then().statusCode(404).contentType("application/problem+json");
        given().get("/api/charts/cumulative-volume.gif").then().statusCode(404).contentType("application/problem+json");
        given().queryParam("from", "2024-12-01").queryParam("to", "2024-01-01").get("/api/charts/monthly-trips.png")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void theChartDrawsTheNumbersTheSeriesApiServes() {
        var series = given().queryParam("tanker", f.tankerId).queryParam("from", "2024-03-01").queryParam("to", "2024-11-30")
                .queryParam("interval", "day").queryParam("cumulative", "true").queryParam("cap", "unscr-2397-refined")
                .get("/api/series/volume").then().statusCode(200).extract().jsonPath();
        CumulativeVolumeData chart = inputs.cumulativeVolume(arguments.filter(tankerBetween("2024-03-01", "2024-11-30", f.tankerId)), "unscr-2397-refined");

        List<Float> central = series.getList("points.central", Float.class);
        assertThat(chart.points()).hasSize(central.size());
        for (int i = 0; i < central.size(); i++) {
            VolumePoint p = chart.points().get(i);
            assertThat(p.date()).hasToString(series.getString("points[" + i + "].end"));
            assertThat(p.central()).isCloseTo(central.get(i), within(0.01 * Math.max(1, p.central())));
            // the voyages behind each day's step, which the web's chart links to
            assertThat(p.voyages()).isEqualTo(series.getLong("points[" + i + "].voyages"));
        }
        assertThat(chart.points().stream().mapToLong(VolumePoint::voyages).sum()).isEqualTo(2);
        // two voyages of a 3,003 dwt tanker: the last point's central is 2 × 20,162 (3,003 × 0.90 × 7.46, to a barrel)
        assertThat(chart.points().get(chart.points().size() - 1).central()).isEqualTo(2 * 20_162.0);
        assertThat(chart.caps()).singleElement().satisfies(c -> assertThat(c.limitBarrels()).isEqualTo(500_000));
    }

    @Test
    void theMonthlyTripsChartCountsByLoadingMonthAsTheTripsSeriesDoes() {
        // loads on 30 May, discharges on 2 June: a May trip, in the chart as in the series
        String other = Trips.tanker(f, "Month end", Map.of("deadweightT", 3003));
        Trips.trip(f, other, "2024-05-30", f.dischargePort, Map.of());
        Trips.trip(f, other, "2024-03-20", f.dischargePort, Map.of());
        long otherId = arguments.tankerId(other);
        var series = given().queryParam("tanker", otherId).queryParam("from", "2024-03-01").queryParam("to", "2024-07-01")
                .queryParam("interval", "month").queryParam("split", "dischargePort")
                .get("/api/series/trips").then().statusCode(200).extract().jsonPath();
        MonthlyTripsData data = inputs.monthlyTrips(arguments.filter(tankerBetween("2024-03-01", "2024-07-01", otherId)));
        CategoryDataset chart = ((CategoryPlot) new MonthlyTripsChartBuilder().build(data).getPlot()).getDataset();

        List<String> starts = series.getList("points.start", String.class);
        assertThat(chart.getColumnCount()).isEqualTo(starts.size());
        long total = 0;
        for (int i = 0; i < starts.size(); i++) {
            String month = MONTH.format(YearMonth.from(LocalDate.parse(starts.get(i))));
            List<Map<String, Object>> ports = series.getList("points[" + i + "].byDischargePort");
            for (Map<String, Object> port : ports) {
                long trips = ((Number) port.get("trips")).longValue();
                assertThat(chart.getValue((String) port.get("port"), month).longValue()).as(month + " " + port.get("port"))
                        .isEqualTo(trips);
                total += trips;
            }
        }
        assertThat(total).isEqualTo(series.getLong("trips")).isEqualTo(2);
        assertThat(chart.getValue(f.dischargePort, "May 2024").longValue()).as("counted in its loading month").isEqualTo(1);
        assertThat(chart.getValue(f.dischargePort, "Jun 2024").longValue()).as("not in its discharge month").isZero();
        assertThat(data.title()).contains("month of loading");
        assertThat(MonthlyTripsChartBuilder.MONTH_AXIS_LABEL).contains("loading");
    }

    @Test
    void aVoyageWithoutADischargeIsDrawnToItsLastEvidence() {
        // after the sighting of 1 April, a departure on 2 April ends the call; a loading on 1 May starts another,
        // so the April delivery is inferred: its last evidence is the departure (a day's window, ending 3 April)
        Fixtures.post("/api/events", f.event("DEPARTURE", "2024-04-02", f.loadingPort));
        Fixtures.post("/api/events", f.event("LOADING", "2024-05-01", f.loadingPort));
        VoyageTimelineData data = inputs.voyageTimeline(arguments.filter(tankerBetween("2024-03-01", "2024-11-30", f.tankerId)));

        VoyageBar inferred = data.voyages().stream().filter(b -> b.status() == VoyageStatus.INFERRED).findFirst().orElseThrow();
        assertThat(inferred.to()).isNull();
        assertThat(inferred.lastEvidence()).isEqualTo(Instant.parse("2024-04-03T00:00:00Z"));
        IntervalXYDataset bars = (IntervalXYDataset) new VoyageTimelineChartBuilder().build(data).getXYPlot().getDataset(0);
        assertThat(bars.getEndYValue(VoyageStatus.INFERRED.ordinal(), 0))
                .as("ends at its last evidence, not at the chart's end (" + data.asOf() + ")")
                .isEqualTo((double) Instant.parse("2024-04-03T00:00:00Z").toEpochMilli());
        assertThat(bars.getEndYValue(VoyageStatus.IN_PROGRESS.ordinal(), 0)).as("in progress: open to the as-of time")
                .isEqualTo((double) data.asOf().toEpochMilli());
    }

    @Test
    void aDocumentedOnlyChartSaysSoInItsTitle() throws Exception {
        for (String name : List.of("cumulative-volume", "voyage-timeline", "monthly-trips")) {
            String svg = given().queryParam("tanker", f.tankerId).queryParam("illustrative", false)
                    .get("/api/charts/" + name + ".svg").then().statusCode(200).extract().asString();
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            String text = factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)))
                    .getDocumentElement().getTextContent();
            assertThat(text).as(name).contains("(documented data only)");
            String all = given().queryParam("tanker", f.tankerId).get("/api/charts/" + name + ".svg").asString();
            assertThat(all).as(name + " without the filter").doesNotContain("documented data only");
        }
    }

    private static final java.time.format.DateTimeFormatter MONTH =
            java.time.format.DateTimeFormatter.ofPattern("MMM yyyy", java.util.Locale.ENGLISH);

    private static FilterCriteria tankerBetween(String from, String to, long tankerId) {
        return new FilterCriteria(TimeBound.parse("from", from), TimeBound.parse("to", to), Long.toString(tankerId), null,
                null, null, null, null, null, null);
    }
}
