package org.tidemark.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.tidemark.Fixtures;
import org.tidemark.api.PublicReadsTest;

/**
 * The web workspace end to end in headless Chromium, with public reads on: read signed out, filter, drill down,
 * sign in, record (good, bad, twice), import a CSV file (bad, then good), phone width, labels. Screenshots of each
 * step go to target/screenshots.
 */
@QuarkusTest
@TestProfile(PublicReadsTest.PublicReads.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkspaceBrowserTest {

    private static final String ADMIN_PASSWORD = "test-admin-password";
    private static final String ANALYST = "web-analyst";
    private static final String ANALYST_PASSWORD = "web analyst password";

    @TestHTTPResource("/")
    URL base;

    private static Browser browser;
    private static Fixtures world;
    /** A voyage link whose voyage is gone (set by the retraction test). */
    private static String gone = "/voyages/" + java.util.UUID.randomUUID();

    /** Once, on the first test: RestAssured knows the test port only once Quarkus runs. */
    @BeforeEach
    void startBrowser() {
        Assumptions.assumeTrue(Browser.available(), "needs chromium and chromium-driver (apt-get install -y chromium chromium-driver)");
        RestAssured.authentication = RestAssured.preemptive().basic("admin", ADMIN_PASSWORD);
        if (browser != null) {
            return;
        }
        if (given().get("/api/users").then().extract().path("find { it.username == '" + ANALYST + "' }") == null) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("username", ANALYST, "password", ANALYST_PASSWORD, "role", "analyst"))
                    .post("/api/users").then().statusCode(201);
        }
        world = Fixtures.create();
        Fixtures.post("/api/events", world.event("LOADING", "2024-04-02", world.loadingPort));
        Fixtures.post("/api/events", world.event("DISCHARGE", "2024-04-04", world.dischargePort));
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        RestAssured.reset();
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    @Order(10)
    void theOverviewShowsThreeChartsAndTheCapSentenceSignedOut() {
        open("/");
        assertThat(browser.driver.findElements(By.cssSelector("svg.chart"))).hasSize(3);
        assertThat(text(".cap-summary")).contains("cap");
        assertThat(browser.driver.findElements(By.cssSelector("svg.map"))).hasSize(1);
        assertThat(browser.driver.findElement(By.linkText("Sign in")).isDisplayed()).isTrue();
        System.out.println("[measure] overview: server response " + browser.driver.executeScript(
                "var n = performance.getEntriesByType('navigation')[0]; return Math.round(n.responseEnd - n.requestStart)")
                + " ms, page " + browser.driver.executeScript("return performance.getEntriesByType('navigation')[0].transferSize")
                + " bytes");
        browser.fullPage("01-overview-signed-out");
        browser.screenshot(browser.driver.findElement(By.cssSelector("svg.map")), "01-map");
    }

    @Test
    @Order(20)
    void aFilterChangesChartsTableAndUrlAndSurvivesAReload() {
        open("/");
        String before = browser.driver.getCurrentUrl();
        String chartBefore = browser.driver.findElement(By.cssSelector("svg.chart")).getAttribute("aria-label")
                + browser.driver.findElement(By.id("count-trips")).getText();
        WebElement tanker = browser.driver.findElement(By.id("f-tanker"));
        tanker.clear();
        tanker.sendKeys(world.tanker);
        browser.driver.findElement(By.cssSelector("form.filters button[type=submit]")).click();
        waitFor(d -> d.getCurrentUrl().contains("tanker="));
        assertThat(browser.driver.getCurrentUrl()).contains("tanker=Test+tanker");
        assertThat(browser.driver.findElement(By.id("count-trips")).getText()).isEqualTo("1");
        assertThat(tableTanker()).containsOnly(world.tanker);
        String filtered = browser.driver.getCurrentUrl();
        browser.driver.navigate().refresh();
        assertThat(browser.driver.findElement(By.id("f-tanker")).getAttribute("value")).isEqualTo(world.tanker);
        assertThat(tableTanker()).containsOnly(world.tanker);
        browser.screenshot("02-filtered-by-tanker");
        browser.driver.navigate().back();
        waitFor(d -> d.getCurrentUrl().equals(before));
        browser.driver.navigate().refresh();
        assertThat(browser.driver.findElement(By.id("f-tanker")).getAttribute("value")).isEmpty();
        assertThat(chartBefore).isNotEmpty();
        browser.driver.navigate().forward();
        waitFor(d -> d.getCurrentUrl().equals(filtered));
    }

    @Test
    @Order(30)
    void aVoyageOpensFromTheTableAndFromTheTimelineChart() {
        open("/?tanker=" + world.tanker.replace(" ", "+"));
        browser.driver.findElement(By.cssSelector("a.voyage-link")).click();
        waitFor(d -> d.getCurrentUrl().contains("/voyages/"));
        String voyageUrl = browser.driver.getCurrentUrl();
        assertThat(browser.driver.findElements(By.cssSelector("table.events tbody tr"))).hasSize(2);
        assertThat(text("#estimate")).contains("CAPACITY_LOAD_FACTOR").contains("3,003 t").contains("GAS_DIESEL_OIL")
                .contains("US submission to the UN 1718 Committee");
        assertThat(text("ul.sources")).contains("Test publisher");
        browser.fullPage("03-voyage-page");

        open("/?tanker=" + world.tanker.replace(" ", "+"));
        // a bar is an SVG <a xlink:href>: found and clicked in the page, as a pointer would
        Object clicked = browser.driver.executeScript("""
                var bars = Array.from(document.querySelectorAll("svg[aria-label='Voyages by tanker'] a"))
                    .filter(function (a) { return (a.getAttribute('xlink:href') || a.getAttribute('href') || '').indexOf('/voyages/') === 0; });
                if (bars.length === 0) { return null; }
                var href = bars[0].getAttribute('xlink:href') || bars[0].getAttribute('href');
                bars[0].dispatchEvent(new MouseEvent('click', {bubbles: true, cancelable: true, view: window}));
                return href;""");
        assertThat(clicked).as("a voyage bar linking to its page").isNotNull();
        waitFor(d -> d.getCurrentUrl().contains("/voyages/"));
        assertThat(browser.driver.getCurrentUrl()).isEqualTo(voyageUrl);
    }

    @Test
    @Order(35)
    void aStepOfTheCumulativeChartListsItsVoyagesByClickOrKeyboard() {
        String voyage = given().queryParam("tanker", world.tanker).get("/api/voyages").then().statusCode(200)
                .extract().path("entries[0].id");
        open("/?tanker=" + world.tanker.replace(" ", "+"));
        String step = "svg[aria-label^='Cumulative'] a[*|href*='from=2024-04-02&to=2024-04-02']";
        assertThat(browser.driver.findElements(By.cssSelector(step))).as("the step of 2 April links").hasSize(1);
        browser.driver.findElement(By.cssSelector(step)).click();
        waitFor(d -> d.getCurrentUrl().contains("/voyages?"));
        assertThat(browser.driver.getCurrentUrl()).contains("from=2024-04-02").contains("to=2024-04-02")
                .contains("tanker=Test+tanker");
        assertThat(text("h1")).isEqualTo("Voyages loaded 2 Apr 2024");
        assertThat(browser.driver.findElements(By.cssSelector("a.voyage-link"))).extracting(e -> e.getAttribute("href"))
                .containsExactly(base.toString().replaceAll("/$", "") + "/voyages/" + voyage);
        assertThat(text("#voyages-total")).startsWith("1 voyage,");
        browser.screenshot("03b-step-voyages");

        // by keyboard: the step is a link in the tab order; Enter opens it
        open("/?tanker=" + world.tanker.replace(" ", "+"));
        WebElement link = browser.driver.findElement(By.cssSelector(step));
        browser.driver.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus();", link);
        assertThat(browser.driver.switchTo().activeElement()).isEqualTo(link);
        browser.screenshot(browser.driver.findElement(By.cssSelector("svg[aria-label^='Cumulative']")), "03c-step-focused");
        new Actions(browser.driver).sendKeys(Keys.ENTER).perform();
        waitFor(d -> d.getCurrentUrl().contains("/voyages?"));
        assertThat(browser.driver.findElements(By.cssSelector("a.voyage-link"))).hasSize(1);
        browser.driver.findElement(By.cssSelector("a.voyage-link")).click();
        waitFor(d -> d.getCurrentUrl().endsWith("/voyages/" + voyage));
    }

    @Test
    @Order(40)
    void signedInAnAnalystRecordsAnEventAndFindsItInTheTimeline() {
        signIn();
        assertThat(text("header .who")).contains(ANALYST);
        open("/record");
        fillEvent("ARRIVAL", "2024-05-10");
        browser.screenshot("04-record-form");
        browser.driver.findElement(By.id("record-submit")).click();
        waitFor(d -> d.getCurrentUrl().contains("recorded="));
        WebElement row = browser.driver.findElement(By.cssSelector("tr.recorded"));
        assertThat(row.getText()).contains("ARRIVAL").contains(world.dischargePort);
        browser.screenshot("05-recorded-in-timeline");
    }

    @Test
    @Order(45)
    void anOldVoyageLinkAfterARetractionMovesToTheVoyageThatReplacedIt() {
        Fixtures f = Fixtures.create();
        long loading = Fixtures.post("/api/events", f.event("LOADING", "2024-07-01", f.loadingPort)).jsonPath().getLong("id");
        Fixtures.post("/api/events", f.event("ARRIVAL", "2024-07-04", f.dischargePort));
        String old = onlyVoyage(f.tanker);
        open("/voyages/" + old);
        assertThat(text("#voyage-status")).isEqualTo("COMPLETE");

        retractThroughThePage(loading, "the image shows a different hull");

        // the form returns to the old link, which moved (301) to the voyage that now holds the arrival
        waitFor(d -> d.getCurrentUrl().contains("?replaced=" + old));
        String successor = onlyVoyage(f.tanker);
        assertThat(successor).isNotEqualTo(old);
        assertThat(browser.driver.getCurrentUrl()).contains("/voyages/" + successor);
        assertThat(text("#voyage-status")).isEqualTo("ORIGIN_UNKNOWN");
        assertThat(text("#moved")).contains(old).contains("re-derived");
        assertThat(text("section[aria-labelledby=history-h]")).contains("the image shows a different hull");
        open("/voyages/" + old);
        assertThat(browser.driver.getCurrentUrl()).endsWith("/voyages/" + successor + "?replaced=" + old);
        assertThat(text("#moved")).contains(old);
        browser.fullPage("04b-old-link-moved");
        given().redirects().follow(false).get("/voyages/" + old).then().statusCode(301)
                .header("Location", org.hamcrest.Matchers.endsWith("/voyages/" + successor + "?replaced=" + old));
        // a made-up "replaced" says nothing
        open("/voyages/" + successor + "?replaced=" + java.util.UUID.randomUUID());
        assertThat(browser.driver.findElements(By.id("moved"))).isEmpty();
    }

    @Test
    @Order(46)
    void anOldVoyageLinkWithNothingLeftSaysTheVoyageIsGoneAndWhy() {
        Fixtures f = Fixtures.create();
        long sighting = Fixtures.post("/api/events", f.event("SIGHTING", "2024-08-01", f.loadingPort)).jsonPath().getLong("id");
        String old = onlyVoyage(f.tanker);
        open("/voyages/" + old);

        retractThroughThePage(sighting, "misidentified: another hull");

        waitFor(d -> d.findElement(By.tagName("h1")).getText().equals("Gone"));
        assertThat(browser.driver.getCurrentUrl()).endsWith("/voyages/" + old);
        assertThat(browser.driver.executeScript(
                "return performance.getEntriesByType('navigation')[0].responseStatus")).isEqualTo(410L);
        assertThat(text("main")).contains("voyage " + old + " no longer exists").contains("retracted")
                .contains("Back to the overview");
        assertThat(browser.driver.findElement(By.tagName("header")).isDisplayed()).as("a page of the workspace").isTrue();
        given().get("/voyages/" + old).then().statusCode(410).contentType(org.hamcrest.Matchers.containsString("text/html"));
        gone = "/voyages/" + old;
        browser.screenshot("04c-old-link-gone");
    }

    @Test
    @Order(50)
    void aBadFormShowsTheErrorBesideItsField() {
        open("/record");
        fillEvent("SIGHTING", "2024-05-11");
        new Select(browser.driver.findElement(By.id("e-confidence"))).selectByIndex(0);
        WebElement port = browser.driver.findElement(By.id("e-port"));
        port.clear();
        port.sendKeys("No such port anywhere");
        browser.driver.findElement(By.id("record-submit")).click();
        WebElement error = new WebDriverWait(browser.driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("err-confidence")));
        assertThat(error.getText()).isNotBlank();
        assertThat(browser.driver.findElement(By.id("e-confidence")).getAttribute("aria-invalid")).isEqualTo("true");
        browser.screenshot("06-form-field-error");

        new Select(browser.driver.findElement(By.id("e-confidence"))).selectByVisibleText("3");
        browser.driver.findElement(By.id("record-submit")).click();
        WebElement portError = new WebDriverWait(browser.driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("err-port")));
        assertThat(portError.getText()).contains("No such port anywhere");
    }

    @Test
    @Order(60)
    void aDoubleSubmissionStoresOneEvent() {
        int before = events();
        open("/record");
        fillEvent("SIGHTING", "2024-05-12");
        browser.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        Object statuses = browser.driver.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                var form = document.querySelector('form.record');
                var send = function () {
                  return fetch(form.action, {method: 'POST', body: new URLSearchParams(new FormData(form)), redirect: 'manual'})
                      .then(function (r) { return r.type === 'opaqueredirect' ? 303 : r.status; });
                };
                Promise.all([send(), send()]).then(done, function (e) { done(String(e)); });""");
        assertThat(statuses.toString()).isEqualTo("[303, 303]");
        assertThat(events()).isEqualTo(before + 1);
    }

    @Test
    @Order(70)
    void aCsvWithABadRowIsReportedAndStoresNothingAGoodOneChangesTheVoyages() throws Exception {
        int eventsBefore = events();
        int voyagesBefore = voyages();
        Path bad = Files.createTempFile("tidemark-bad-", ".csv");
        Files.writeString(bad, Fixtures.CSV_HEADER
                + world.csvRow("LOADING", "2024-06-01", world.loadingPort, 3, "fine", null)
                + world.csvRow("DISCHARGE", "2024-06-03", world.dischargePort, 9, "confidence out of range", null));
        open("/record/import");
        browser.driver.findElement(By.id("u-file")).sendKeys(bad.toAbsolutePath().toString());
        browser.driver.findElement(By.id("u-check")).click();
        WebElement refused = new WebDriverWait(browser.driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("import-refused")));
        assertThat(refused.getText()).contains("nothing was stored");
        List<WebElement> cells = browser.driver.findElements(By.cssSelector("table.row-errors tbody tr td"));
        assertThat(cells.get(0).getText()).isEqualTo("2");
        assertThat(cells.get(1).getText()).isEqualTo("confidence");
        browser.screenshot("07-import-bad-row");
        browser.driver.findElement(By.id("u-import")).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("import-refused")));
        assertThat(events()).isEqualTo(eventsBefore);

        Path good = Files.createTempFile("tidemark-good-", ".csv");
        Files.writeString(good, Fixtures.CSV_HEADER
                + world.csvRow("LOADING", "2024-06-01", world.loadingPort, 3, "fine", null)
                + world.csvRow("DISCHARGE", "2024-06-03", world.dischargePort, 3, "fine", null));
        open("/record/import");
        browser.driver.findElement(By.id("u-file")).sendKeys(good.toAbsolutePath().toString());
        browser.driver.findElement(By.id("u-check")).click();
        WebElement checked = new WebDriverWait(browser.driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("import-ok")));
        assertThat(checked.getText()).contains("check passed");
        assertThat(events()).isEqualTo(eventsBefore);
        browser.driver.findElement(By.id("u-import")).click();
        waitFor(d -> d.findElement(By.id("import-ok")).getText().contains("imported 2 events"));
        assertThat(browser.driver.findElement(By.id("u-progress")).getAttribute("value")).isEqualTo("100");
        browser.screenshot("08-import-done");
        assertThat(events()).isEqualTo(eventsBefore + 2);
        assertThat(voyages()).isEqualTo(voyagesBefore + 1);
    }

    @Test
    @Order(80)
    void aPhoneWidthHasNoHorizontalScroll() {
        browser.driver.manage().window().setSize(new Dimension(390, 844));
        try {
            for (String page : List.of("/", "/record", "/record/import", "/signin",
                    "/voyages?tanker=" + world.tanker.replace(" ", "+"))) {
                open(page);
                assertThat(overflow()).as("horizontal overflow of %s at 390 px", page).isLessThanOrEqualTo(0);
            }
            open("/?tanker=" + world.tanker.replace(" ", "+"));
            browser.screenshot("09-phone-overview");
            browser.driver.findElement(By.cssSelector("a.voyage-link")).click();
            waitFor(d -> d.getCurrentUrl().contains("/voyages/"));
            assertThat(overflow()).as("horizontal overflow of a voyage at 390 px").isLessThanOrEqualTo(0);
            browser.fullPage("10-phone-voyage");
        } finally {
            browser.driver.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    @Test
    @Order(90)
    void everyFormControlHasALabel() {
        String unlabelled = """
                return Array.from(document.querySelectorAll('input, select, textarea'))
                  .filter(function (c) { return c.type !== 'hidden'; })
                  .filter(function (c) { return c.labels.length === 0 && !c.getAttribute('aria-label'); })
                  .map(function (c) { return c.name || c.id; }).join(',');""";
        String voyage = given().queryParam("tanker", world.tanker).get("/api/voyages").then().statusCode(200)
                .extract().path("entries[0].id");
        for (String page : List.of("/", "/record", "/record/import", "/signin", "/voyages/" + voyage)) {
            open(page);
            assertThat(browser.driver.executeScript(unlabelled)).as("controls without a label on %s", page).isEqualTo("");
        }
    }

    /**
     * WCAG 2.x AA, measured in the browser on every kind of page (text 4.5:1, large text 3:1, control and button
     * boundaries and focus indicators 3:1), including the charts' SVG text and a page with illustrative data,
     * field errors and an error page.
     */
    @Test
    @Order(95)
    void everyTextControlAndFocusIndicatorMeetsContrastAa() {
        Fixtures f = Fixtures.create();
        Map<String, Object> illustrative = f.event("LOADING", "2024-09-02", f.loadingPort);
        illustrative.put("illustrative", true);
        Fixtures.post("/api/events", illustrative);
        Fixtures.post("/api/events", f.event("DISCHARGE", "2024-09-05", f.dischargePort));
        String voyage = onlyVoyage(f.tanker);
        String tanker = f.tanker.replace(" ", "+");

        List<Contrast.Pair> pairs = new java.util.ArrayList<>();
        for (String page : List.of("/", "/?tanker=" + tanker, "/voyages/" + voyage,
                "/voyages?tanker=" + tanker + "&from=2024-09-02&to=2024-09-02", "/record", "/record/import",
                "/signin?failed=true", gone, "/voyages/" + java.util.UUID.randomUUID())) {
            open(page);
            pairs.addAll(Contrast.measure(browser, page));
            pairs.addAll(Contrast.focusIndicators(browser, page, page.equals("/") ? 400 : 150));
        }
        open("/record");
        fillEvent("SIGHTING", "2024-05-11");
        new Select(browser.driver.findElement(By.id("e-confidence"))).selectByIndex(0);
        browser.driver.findElement(By.id("record-submit")).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("err-confidence")));
        pairs.addAll(Contrast.measure(browser, "/record (refused)"));

        assertThat(pairs).extracting(Contrast.Pair::kind)
                .contains("text", "control boundary", "button boundary", "focus indicator", "placeholder");
        assertThat(pairs).as("chart text is measured").anyMatch(p -> p.what().startsWith("text "));
        assertThat(pairs).as("the illustrative label is measured").anyMatch(p -> p.what().contains("illustrative-tag"));
        assertThat(pairs).as("a field error is measured").anyMatch(p -> p.what().contains("field-error"));
        // the lowest pair of each kind, for the record
        pairs.stream().collect(java.util.stream.Collectors.groupingBy(Contrast.Pair::kind,
                        java.util.stream.Collectors.minBy(java.util.Comparator.comparingDouble(Contrast.Pair::ratio))))
                .values().forEach(p -> System.out.println("[contrast] lowest " + p.orElseThrow()));
        pairs.stream().filter(p -> p.kind().equals("text") && !p.what().startsWith("text "))
                .min(java.util.Comparator.comparingDouble(Contrast.Pair::ratio))
                .ifPresent(p -> System.out.println("[contrast] lowest page text (not a chart's) " + p));
        System.out.println("[contrast] " + pairs.size() + " pairs measured");
        assertThat(pairs).filteredOn(p -> !p.passes()).as("pairs below WCAG AA").isEmpty();
    }

    @Test
    @Order(100)
    void signingOutEndsTheSession() {
        open("/");
        browser.driver.findElement(By.cssSelector("header form button")).click();
        waitFor(d -> d.getCurrentUrl().contains("/signin"));
        open("/record");
        waitFor(d -> d.getCurrentUrl().contains("/signin"));
    }

    /** The filter's one voyage, by the API. */
    private static String onlyVoyage(String tanker) {
        List<String> ids = given().queryParam("tanker", tanker).get("/api/voyages").then().statusCode(200)
                .extract().path("entries.id");
        assertThat(ids).hasSize(1);
        return ids.get(0);
    }

    /** Retracts an event with the voyage page's own form, as an analyst would. */
    private void retractThroughThePage(long event, String reason) {
        WebElement form = browser.driver.findElement(By.cssSelector("tr[data-event-id='" + event + "'] form.retract"));
        form.findElement(By.id("reason-" + event)).sendKeys(reason);
        form.findElement(By.cssSelector("button[type=submit]")).click();
    }

    /** How many pixels the page is wider than the window. */
    private int overflow() {
        return ((Number) browser.driver.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth")).intValue();
    }

    private void signIn() {
        open("/signin");
        browser.driver.findElement(By.id("j_username")).sendKeys(ANALYST);
        browser.driver.findElement(By.id("j_password")).sendKeys(ANALYST_PASSWORD);
        browser.driver.findElement(By.cssSelector("form.narrow button")).click();
        waitFor(d -> !d.getCurrentUrl().contains("/signin"));
    }

    private void fillEvent(String type, String day) {
        browser.driver.findElement(By.id("e-tanker")).sendKeys(world.tanker);
        new Select(browser.driver.findElement(By.id("e-type"))).selectByVisibleText(type);
        browser.driver.findElement(By.id("e-occurredAt")).sendKeys(day);
        browser.driver.findElement(By.id("e-port")).sendKeys(world.dischargePort);
        new Select(browser.driver.findElement(By.id("e-evidenceType"))).selectByVisibleText("PRESS_REPORT");
        new Select(browser.driver.findElement(By.id("e-confidence"))).selectByVisibleText("3");
        new Select(browser.driver.findElement(By.id("e-source"))).selectByValue(world.source);
        browser.driver.findElement(By.id("e-notes")).sendKeys("recorded in the browser test");
    }

    private int events() {
        return given().queryParam("tanker", world.tanker).queryParam("kind", "EVENT").queryParam("limit", "1000")
                .get("/api/timeline").then().statusCode(200).extract().path("entries.size()");
    }

    private int voyages() {
        return given().queryParam("tanker", world.tanker).get("/api/voyages").then().statusCode(200)
                .extract().path("entries.size()");
    }

    private List<String> tableTanker() {
        return browser.driver.findElements(By.cssSelector("table.timeline tbody tr td:nth-child(3)")).stream()
                .map(WebElement::getText).distinct().toList();
    }

    private String text(String css) {
        return browser.driver.findElement(By.cssSelector(css)).getText();
    }

    private void open(String path) {
        browser.driver.get(base.toString().replaceAll("/$", "") + path);
    }

    private void waitFor(java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> condition) {
        // the page replaces the report when the server answers: an element read mid-swap is stale, not absent
        new WebDriverWait(browser.driver, Duration.ofSeconds(30))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition::apply);
    }
}
