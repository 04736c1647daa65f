package org.tidemark.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.util.List;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.tidemark.BundledScenario;
import org.tidemark.derive.EstimationSettings;

/**
 * Briefs of the bundled 2024 scenario: the headline agrees with the series API, the PDF parses with
 * PDFBox and holds the numbers, every voyage's source, the factors and the caveats, with vector charts.
 */
@QuarkusTest
@TestProfile(BundledScenario.class)
@TestSecurity(user = "test-viewer", roles = "viewer")
class BriefResourceTest {

    private static final String SCENARIO = "port=Vostochny&from=2024-03-07&to=2024-11-05";

    @Test
    void theHtmlBriefStatesWhatTheSeriesApiCounts() {
        long trips = series(SCENARIO).getLong("voyages");
        String html = given().get("/api/briefs/preview?" + SCENARIO).then().statusCode(200)
                .contentType("text/html").extract().asString();

        assertThat(html).contains("Tidemark counts at least " + trips + " laden trips");
        assertThat(html).contains("<svg").contains("Filter: from=2024-03-07, port=Vostochny, to=2024-11-05");
        assertThat(html.split("<tr", -1).length).isGreaterThan((int) trips);
    }

    @Test
    void thePdfHoldsTheNumbersSourcesFactorsAndCaveatsWithVectorCharts() throws IOException {
        long trips = series(SCENARIO).getLong("voyages");
        byte[] pdf = given().get("/api/briefs/preview?" + SCENARIO + "&format=pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Tidemark counts at least " + trips + " laden trips");
            for (String title : voyageSourceTitles(SCENARIO)) {
                assertThat(text).as("source %s", title).contains(title.replaceAll("\\s+", " "));
            }
            assertThat(text).contains(EstimationSettings.citationOf(0.33).replaceAll("\\s+", " ").substring(0, 40));
            assertThat(text).contains("BP Statistical Review of World Energy 2021").contains("Caveats")
                    .contains("Counts are lower bounds");
            assertThat(text).contains("Page 1 of " + doc.getNumberOfPages());
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isCloseTo(595f, org.assertj.core.data.Offset.offset(2f));
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    assertThat(page.getResources().getXObject(name)).as("charts are vectors, not images")
                            .isNotInstanceOf(PDImageXObject.class);
                }
            }
            assertThat(doc.getDocumentCatalog().getAcroForm()).isNull();
            assertThat(fontsOfFirstPage(doc)).isNotEmpty().allMatch(f -> f.endsWith("embedded"));
        }
    }

    @Test
    void aDocumentedOnlyBriefSaysSoFirstAndListsNoIllustrativeItem() throws IOException {
        String documented = SCENARIO + "&illustrative=false";
        long trips = series(documented).getLong("voyages");
        byte[] pdf = given().get("/api/briefs/preview?" + documented + "&format=pdf&paper=letter").then()
                .statusCode(200).extract().asByteArray();

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper firstPage = new PDFTextStripper();
            firstPage.setEndPage(1);
            assertThat(firstPage.getText(doc)).contains("Documented data only");
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).doesNotContain("◆").contains("at least " + trips + " laden trip");
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isCloseTo(612f, org.assertj.core.data.Offset.offset(2f));
        }
    }

    @Test
    void aFilterThatMatchesNothingGivesAnEmptyBriefNotAnError() {
        String nothing = "type=AIS_ON&tanker=Yu Son&from=2019-01-01&to=2019-02-01";
        assertThat(series(nothing).getLong("voyages")).isZero();
        assertThat(given().get("/api/briefs/preview?" + nothing).then().statusCode(200).extract().asString())
                .contains("Tidemark counts at least 0 laden trips");
        assertThat(given().get("/api/briefs/preview?type=AIS_ON&evidenceType=PRESS_REPORT&minConfidence=4")
                .then().statusCode(200).extract().asString()).contains("at least 0 laden trips");
    }

    @Test
    void badBriefParametersAre400sNamingThem() {
        given().get("/api/briefs/preview?format=docx").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("format"));
        given().get("/api/briefs/preview?format=pdf&paper=a5").then().statusCode(400)
                .body("errors[0].field", equalTo("paper"));
        given().get("/api/briefs/preview?minConfidence=9").then().statusCode(400)
                .body("errors[0].field", equalTo("minConfidence"));
    }

    /** "name embedded" or "name NOT EMBEDDED" for each font the first page uses. */
    private static List<String> fontsOfFirstPage(PDDocument doc) throws IOException {
        var resources = doc.getPage(0).getResources();
        List<String> fonts = new java.util.ArrayList<>();
        for (COSName name : resources.getFontNames()) {
            var font = resources.getFont(name);
            fonts.add(font.getName() + (font.isEmbedded() ? " embedded" : " NOT EMBEDDED"));
        }
        return fonts;
    }

    private static JsonPath series(String filter) {
        return given().get("/api/series/volume?" + filter).then().statusCode(200).extract().jsonPath();
    }

    private static List<String> voyageSourceTitles(String filter) {
        return given().get("/api/voyages?limit=1000&" + filter).then().statusCode(200).extract().jsonPath()
                .getList("entries.source.title", String.class).stream().distinct().toList();
    }
}
