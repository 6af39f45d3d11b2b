package no.saman.infra.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import no.saman.infra.demo.CountedInAnalytics;
import no.saman.infra.demo.DemoData;
import no.saman.infra.demo.DemoGoals;
import no.saman.infra.demo.DemoOrganisation;
import no.saman.infra.demo.JsonHttp;
import no.saman.infra.demo.MunicipalityClock;
import no.saman.infra.demo.ProgressLine;
import no.saman.infra.testing.HeadlessBrowser;
import no.saman.infra.testing.HeadlessBrowser.Screen;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The results page in a real headless Chromium against the packaged services with the demo loaded:
 * HR and the network leader sign in with their survey-service accounts, walk their views, and every
 * figure the page shows is checked against the API's JSON for the same user. Screenshots go to
 * {@code infra/stack/target/screenshots/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResultsPageIT {

  private static final String AUKRA_HR = "hr.aukra";
  private static final String AUKRA_HR_PASSWORD = "aukra-test-password";
  private static final String WAVE = DemoOrganisation.WAVE;
  private static final String EARLIER_WAVE = DemoOrganisation.EARLIER_WAVE;

  private PackagedServices services;
  private HeadlessBrowser browser;
  private ChromeDriver driver;
  private DemoData.Loaded loaded;

  @BeforeAll
  void startTheStackWithTheDemo() throws Exception {
    services = PackagedServices.start("results-page");
    Clock clock = MunicipalityClock.fromEnvironment();
    DemoData demo =
        new DemoData(
            services.surveyUrl(),
            PackagedServices.ADMIN_USERNAME,
            PackagedServices.ADMIN_PASSWORD,
            clock);
    loaded = demo.load(new ProgressLine(System.out));
    JsonHttp admin = new JsonHttp(services.analyticsUrl()).withToken(demo.accessToken());
    CountedInAnalytics.await(admin, loaded, new ProgressLine(System.out), Duration.ofSeconds(120));
    DemoGoals.create(admin, clock);
    JsonHttp survey = new JsonHttp(services.surveyUrl()).withToken(demo.accessToken());
    survey.ok(
        survey.post(
            "/api/users",
            Map.of(
                "username",
                AUKRA_HR,
                "password",
                AUKRA_HR_PASSWORD,
                "role",
                "HR",
                "municipality",
                "1547")),
        "Creating the HR user of Aukra");
    browser = services.browser();
    driver = browser.driver();
  }

  @AfterAll
  void stopEverything() {
    if (browser != null) {
      browser.close();
    }
    if (services != null) {
      services.close();
    }
  }

  @AfterEach
  void shouldHaveRunWithoutBlockedOrBrokenScripts() {
    assertThat(browser.blockedOrBroken()).isEmpty();
  }

  @Test
  void shouldPassSignInToSurveyServiceAndItsAnswersBackUnchanged() {
    Map<String, String> wrong = Map.of("username", DemoData.HR_USERNAME, "password", "not-it-1234");
    JsonHttp.Reply direct = new JsonHttp(services.surveyUrl()).post("/api/login", wrong);
    JsonHttp.Reply forwarded = new JsonHttp(services.analyticsUrl()).post("/api/login", wrong);

    assertThat(forwarded.status()).isEqualTo(401).isEqualTo(direct.status());
    assertThat(forwarded.body()).isEqualTo(direct.body()).contains("\"status\":401");
    String token =
        new JsonHttp(services.analyticsUrl()).login(DemoData.HR_USERNAME, DemoData.HR_PASSWORD);
    assertThat(
            new JsonHttp(services.analyticsUrl())
                .withToken(token)
                .get("/api/rounds?municipality=" + DemoData.MUNICIPALITY)
                .status())
        .isEqualTo(200);
  }

  @Test
  void shouldWalkHrOfFraenaThroughTheFiguresOfTheApiAndAReport() throws Exception {
    JsonHttp api = signedInApi(DemoData.HR_USERNAME, DemoData.HR_PASSWORD);
    String round = loaded.roundId();
    Map<String, String> units = catalogueUnits(api);
    open("/");
    assertThat(driver.getCurrentUrl()).endsWith("/results/");
    screenshot("01-sign-in");
    signIn(DemoData.HR_USERNAME, DemoData.HR_PASSWORD);
    waitForText(By.tagName("h1"), "Fræna");
    waitFor(By.cssSelector(".card"));

    assertThat(driver.findElement(By.tagName("html")).getAttribute("lang"))
        .as("Fræna writes nynorsk, and the user chose no language")
        .isEqualTo("nn");
    assertThat(selected(By.id("round"), true)).isEqualTo(round);
    JsonNode tree = api.get("/api/rounds/" + round + "/units").json();
    for (JsonNode unit : tree.get("units")) {
      assertThat(text(By.cssSelector("[data-rate='" + unit.get("unit").asText() + "']")))
          .as(unit.get("unit").asText())
          .isEqualTo(rateText(unit));
    }
    assertThat(text(By.cssSelector("[data-rate='']")))
        .isEqualTo(rateText(tree.get("municipality")));
    assertFiguresEqual(api.get("/api/rounds/" + round + "/results").json(), units, false);
    assertCommentsAsTheApiPagesThem(api, round);
    screenshot("02-hr-fraena");

    click(By.cssSelector("button.unit[data-unit='" + DemoData.INSTITUTIONS + "']"));
    waitForText(By.id("group-title"), "Institusjonstenesta");
    JsonNode institutions =
        api.get("/api/rounds/" + round + "/results?unit=" + DemoData.INSTITUTIONS).json();
    assertThat(text(By.cssSelector("[data-value='avg_position_size']"))).isEqualTo("58,51 %");
    assertFiguresEqual(institutions, units, true);
    assertThat(text(By.cssSelector(".card[data-indicator='avg_position_size'] .change")))
        .contains(EARLIER_WAVE);
    assertThat(
            driver.findElements(
                By.cssSelector(".card[data-indicator='avg_position_size'] .change-significant")))
        .hasSize(
            indicator(institutions, "avg_position_size").at("/previous/significant").asBoolean()
                ? 1
                : 0);
    int leadershipItems = 0;
    for (JsonNode item : institutions.get("items")) {
      String id = item.get("id").asText();
      if (id.matches("L[1-7]")) {
        assertThat(text(By.cssSelector(".leadership td[data-key='" + id + "']")))
            .as(id)
            .isEqualTo(shown("score_1_5", item.get("mean").asDouble()));
        leadershipItems++;
      }
    }
    assertThat(leadershipItems).isEqualTo(7);
    long goals = 0;
    for (JsonNode goal : api.get("/api/goals?municipality=" + DemoData.MUNICIPALITY).json()) {
      goals += DemoData.INSTITUTIONS.equals(goal.path("unit").asText(null)) ? 1 : 0;
    }
    assertThat(driver.findElements(By.cssSelector(".goal"))).hasSize((int) goals).isNotEmpty();
    screenshot("03-hr-institusjonstenesta");
    browser.use(Screen.TABLET);
    screenshot("04-hr-institusjonstenesta-tablet");
    browser.use(Screen.LAPTOP);

    click(By.cssSelector(".downloads .report button[data-format='pdf']"));
    Path pdf = awaitDownload("unit-report", ".pdf");
    byte[] bytes = Files.readAllBytes(pdf);
    assertThat(new String(bytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    assertThat(text(By.id("download-status"))).contains(pdf.getFileName().toString());
    click(By.cssSelector(".downloads .report:nth-of-type(2) button[data-format='xlsx']"));
    Path xlsx = awaitDownload("municipality-report", ".xlsx");
    assertThat(new String(Files.readAllBytes(xlsx), 0, 2, StandardCharsets.US_ASCII))
        .as("an XLSX file is a zip")
        .isEqualTo("PK");

    click(By.cssSelector("button.language[data-lang='en']"));
    waitForText(By.tagName("h1"), "Results for Fræna");
    assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
    assertThat(text(By.cssSelector("[data-value='avg_position_size']"))).isEqualTo("58.51%");

    click(By.id("sign-out"));
    waitFor(By.id("username"));
    assertThat(text(By.cssSelector(".notice"))).isEqualTo("You are signed out.");
  }

  @Test
  void shouldShowAUnitBelowTheThresholdAsTooFewWithNoFigure() throws Exception {
    JsonHttp api = signedInApi(AUKRA_HR, AUKRA_HR_PASSWORD);
    String round = loaded.rounds().get("1547").get(WAVE);
    JsonNode unit = null;
    for (JsonNode u : api.get("/api/rounds/" + round + "/units").json().get("units")) {
      unit = DemoData.SUPPRESSED_UNIT.equals(u.get("unit").asText()) ? u : unit;
    }
    assertThat(unit).isNotNull();
    assertThat(unit.get("suppressed").asBoolean()).isTrue();
    open("/results/");
    signIn(AUKRA_HR, AUKRA_HR_PASSWORD);
    waitForText(By.tagName("h1"), "Aukra");
    waitFor(By.cssSelector(".card"));

    assertThat(text(By.cssSelector("[data-rate='" + DemoData.SUPPRESSED_UNIT + "']")))
        .isEqualTo("for få svar");
    click(By.cssSelector("button.unit[data-unit='" + DemoData.SUPPRESSED_UNIT + "']"));
    waitForText(By.id("group-title"), "Bufellesskapet");
    assertThat(text(By.cssSelector(".too-few"))).isEqualTo("for få svar");
    assertThat(
            driver.findElements(
                By.cssSelector("section.group .card, section.group .chart, [data-value]")))
        .as("no figure at all for a group below the threshold")
        .isEmpty();
    assertThat(text(By.cssSelector(".group-summary, .too-few"))).doesNotContainPattern("[0-9]");
    screenshot("05-hr-aukra-too-few");
  }

  @Test
  void shouldReturnToSignInWhenTheServerRefusesTheToken() {
    open("/results/?lang=en");
    signIn(DemoData.HR_USERNAME, "not-the-password");
    waitForText(By.cssSelector("[role='alert']"), "Wrong username or password.");
    assertThat(driver.findElement(By.id("username")).getAttribute("aria-invalid"))
        .isEqualTo("true");

    signIn(DemoData.HR_USERNAME, DemoData.HR_PASSWORD);
    waitFor(By.cssSelector(".card"));
    driver.executeScript(
        "sessionStorage.setItem('saman.results.token', arguments[0]);", forgedToken());
    click(By.cssSelector("button.unit[data-unit='" + DemoData.INSTITUTIONS + "']"));

    waitForText(By.cssSelector(".notice"), "Your session has expired. Sign in again.");
    assertThat(driver.findElement(By.id("username")).isDisplayed()).isTrue();
    assertThat(driver.executeScript("return sessionStorage.getItem('saman.results.token');"))
        .isNull();
  }

  @Test
  void shouldWalkTheNetworkLeaderThroughTheComparisonAndTheTrendOfTheApi() throws Exception {
    JsonHttp api = signedInApi(DemoData.NETWORK_LEADER_USERNAME, DemoData.NETWORK_LEADER_PASSWORD);
    Map<String, String> units = catalogueUnits(api);
    open("/results/?lang=nn");
    signIn(DemoData.NETWORK_LEADER_USERNAME, DemoData.NETWORK_LEADER_PASSWORD);
    waitForText(By.tagName("h1"), "Heiltid Nordvest");
    waitFor(By.cssSelector(".comparison .card"));

    assertThat(selected(By.id("wave"), false)).isEqualTo(WAVE);
    List<String> chosen = checkedIndicators();
    assertThat(chosen).contains("avg_position_size");
    assertComparisonEqual(api, chosen, units);
    assertTrendEqual(api, chosen, units);
    screenshot("06-network");

    click(By.id("indicator-competence_use_very_well_share"));
    click(By.id("indicator-full_time_share"));
    click(By.id("compare"));
    waitFor(By.cssSelector(".comparison .card[data-indicator='competence_use_very_well_share']"));
    chosen = checkedIndicators();
    assertThat(chosen).contains("competence_use_very_well_share").doesNotContain("full_time_share");
    assertComparisonEqual(api, chosen, units);
    assertTrendEqual(api, chosen, units);
    browser.use(Screen.TABLET);
    screenshot("07-network-tablet");
    browser.use(Screen.LAPTOP);

    click(By.cssSelector(".downloads .report button[data-format='pdf']"));
    Path pdf = awaitDownload("network-report", ".pdf");
    try (var document = org.apache.pdfbox.Loader.loadPDF(Files.readAllBytes(pdf))) {
      assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document))
          .contains("Heiltid Nordvest", "Fræna", "Aukra", "Molde", "Eide", "71,05 %");
    }
  }

  private void assertComparisonEqual(
      JsonHttp api, List<String> indicators, Map<String, String> units) {
    JsonNode comparison =
        api.get(
                "/api/networks/"
                    + DemoData.NETWORK
                    + "/comparison?wave="
                    + WAVE
                    + "&indicators="
                    + String.join(",", indicators))
            .json();
    for (JsonNode indicator : comparison.at("/waves/0/indicators")) {
      String id = indicator.get("id").asText();
      String card = ".comparison .card[data-indicator='" + id + "'] ";
      for (JsonNode m : indicator.get("municipalities")) {
        String expected =
            m.has("value")
                ? shown(units.get(id), m.get("value").asDouble())
                : "no_round".equals(m.path("reason").asText())
                    ? "ingen undersøking"
                    : "for få svar";
        assertThat(
                text(
                    By.cssSelector(
                        card + "td[data-key='m:" + m.get("municipality").asText() + "']")))
            .as(id + " " + m.get("municipality").asText())
            .isEqualTo(expected);
      }
      assertThat(text(By.cssSelector(card + "td[data-key='network']")))
          .isEqualTo(shown(units.get(id), indicator.get("network").asDouble()));
      assertThat(text(By.cssSelector(card + "td[data-key='all']")))
          .isEqualTo(shown(units.get(id), indicator.get("all").asDouble()));
    }
  }

  private void assertTrendEqual(JsonHttp api, List<String> indicators, Map<String, String> units) {
    JsonNode trend =
        api.get(
                "/api/networks/"
                    + DemoData.NETWORK
                    + "/comparison?waves="
                    + EARLIER_WAVE
                    + ","
                    + WAVE
                    + "&indicators="
                    + String.join(",", indicators))
            .json();
    int cells = 0;
    for (JsonNode wave : trend.get("waves")) {
      for (JsonNode indicator : wave.get("indicators")) {
        String id = indicator.get("id").asText();
        for (JsonNode m : indicator.get("municipalities")) {
          if (m.has("value")) {
            String key = "m:" + m.get("municipality").asText() + "@" + wave.get("wave").asText();
            assertThat(
                    text(
                        By.cssSelector(
                            ".trend .card[data-trend='" + id + "'] td[data-key='" + key + "']")))
                .as(id + " " + key)
                .isEqualTo(shown(units.get(id), m.get("value").asDouble()));
            cells++;
          }
        }
      }
    }
    assertThat(cells)
        .as("values in the trend tables")
        .isGreaterThanOrEqualTo(indicators.size() * 2 * 3);
  }

  /** Each indicator card of the group shows the API's value and its comparisons. */
  private void assertFiguresEqual(JsonNode result, Map<String, String> units, boolean unit) {
    int cards = 0;
    int charts = 0;
    for (JsonNode indicator : result.get("indicators")) {
      String id = indicator.get("id").asText();
      List<WebElement> card =
          driver.findElements(By.cssSelector(".card[data-indicator='" + id + "']"));
      if (card.isEmpty()) {
        continue;
      }
      String unitOfMeasure = units.get(id);
      assertThat(text(By.cssSelector("[data-value='" + id + "']")))
          .as(id)
          .isEqualTo(shown(unitOfMeasure, indicator.get("value").asDouble()));
      boolean compared =
          !driver
              .findElements(By.cssSelector(".card[data-indicator='" + id + "'] .chart-table"))
              .isEmpty();
      charts += compared ? 1 : 0;
      Map<String, JsonNode> beside = new java.util.LinkedHashMap<>();
      for (String group : List.of("municipality", "serviceType", "county", "all")) {
        beside.put(group, indicator.path("compare").path(group));
      }
      for (JsonNode network : indicator.path("compare").path("networks")) {
        beside.put("network:" + network.get("id").asText(), network.get("value"));
      }
      for (Map.Entry<String, JsonNode> group : beside.entrySet()) {
        JsonNode value = group.getValue();
        if (compared && value.isNumber() && (unit || !group.getKey().equals("municipality"))) {
          assertThat(
                  text(
                      By.cssSelector(
                          ".card[data-indicator='"
                              + id
                              + "'] td[data-key='"
                              + group.getKey()
                              + "']")))
              .as(id + " beside " + group.getKey())
              .isEqualTo(shown(unitOfMeasure, value.asDouble()));
        }
      }
      cards++;
    }
    assertThat(cards).as("indicator cards shown").isGreaterThanOrEqualTo(8);
    assertThat(charts).as("indicators charted beside their comparisons").isGreaterThanOrEqualTo(6);
  }

  /** The unit of measure of every indicator, from the catalogue. */
  private Map<String, String> catalogueUnits(JsonHttp api) {
    Map<String, String> units = new HashMap<>();
    for (JsonNode entry : api.get("/api/indicators").json()) {
      units.put(entry.get("id").asText(), entry.get("unit").asText());
    }
    return units;
  }

  /** What the tree says of a group in nynorsk: the rate with count and headcount, or too few. */
  private static String rateText(JsonNode group) {
    if (group.get("suppressed").asBoolean()) {
      return "for få svar";
    }
    return shown("share", group.get("responseRate").asDouble())
        + " svar ("
        + group.get("responses").asLong()
        + " av "
        + group.get("headcount").asLong()
        + ")";
  }

  /** A figure as the page writes it in Norwegian (a share as a percentage). */
  private static String shown(String unit, double value) {
    NumberFormat format = NumberFormat.getNumberInstance(Locale.forLanguageTag("nb-NO"));
    format.setRoundingMode(RoundingMode.HALF_UP);
    format.setMinimumFractionDigits(0);
    switch (unit) {
      case "percent" -> {
        format.setMaximumFractionDigits(2);
        return normalise(format.format(value) + " %");
      }
      case "share" -> {
        format.setMaximumFractionDigits(1);
        return normalise(format.format(value * 100) + " %");
      }
      default -> {
        format.setMaximumFractionDigits(2);
        return normalise(format.format(value));
      }
    }
  }

  private static JsonNode indicator(JsonNode result, String id) {
    for (JsonNode i : result.get("indicators")) {
      if (i.get("id").asText().equals(id)) {
        return i;
      }
    }
    throw new AssertionError("No indicator " + id + " in " + result);
  }

  /** A token that looks valid to the page (future expiry, HR of Fræna) but is not signed right. */
  private static String forgedToken() {
    Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
    String header =
        url.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
    long exp = System.currentTimeMillis() / 1000 + 3600;
    String payload =
        url.encodeToString(
            ("{\"sub\":\"hr.fraena\",\"roles\":[\"HR\"],\"municipality\":\"1548\",\"exp\":"
                    + exp
                    + "}")
                .getBytes(StandardCharsets.UTF_8));
    return header
        + "."
        + payload
        + "."
        + url.encodeToString("not-the-signature".getBytes(StandardCharsets.UTF_8));
  }

  /** Checks the page says nothing broken, then saves it as NAME.png. */
  private void screenshot(String name) throws IOException {
    String body = driver.findElement(By.tagName("body")).getText();
    assertThat(body).as(name).doesNotContain("null", "undefined", "NaN", "[object");
    browser.screenshot(name);
    assertThat(browser.accessibilityViolations()).as(name + ": WCAG 2.1 AA (axe-core)").isEmpty();
  }

  private JsonHttp signedInApi(String username, String password) {
    JsonHttp analytics = new JsonHttp(services.analyticsUrl());
    return analytics.withToken(analytics.login(username, password));
  }

  private void open(String path) {
    driver.get(services.analyticsUrl().resolve(path).toString());
    driver.executeScript("sessionStorage.clear();");
    driver.navigate().refresh();
  }

  private void signIn(String username, String password) {
    WebElement name = waitFor(By.id("username"));
    name.clear();
    name.sendKeys(username);
    WebElement secret = driver.findElement(By.id("password"));
    secret.clear();
    secret.sendKeys(password);
    driver.findElement(By.id("sign-in")).click();
  }

  private WebElement waitFor(By by) {
    return new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  private void waitForText(By by, String text) {
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .ignoring(StaleElementReferenceException.class)
        .until(
            d -> d.findElements(by).stream().anyMatch(e -> normalise(e.getText()).contains(text)));
  }

  /** The page lists the municipality's comments as the API pages them, the next page on demand. */
  private void assertCommentsAsTheApiPagesThem(JsonHttp api, String round) {
    String path = "/api/rounds/" + round + "/comments";
    JsonNode page = api.get(path).json();
    if (page.get("suppressed").asBoolean()) {
      assertThat(driver.findElements(By.cssSelector(".comment-list li"))).isEmpty();
      return;
    }
    List<String> expected = new ArrayList<>();
    page.get("comments").forEach(c -> expected.add(normalise(c.get("text").asText())));
    assertThat(listedComments(expected.size())).isEqualTo(expected);
    if (page.has("next")) {
      JsonNode second = api.get(path + "?page=" + page.get("next").asText()).json();
      second.get("comments").forEach(c -> expected.add(normalise(c.get("text").asText())));
      click(By.id("comments-more"));
      assertThat(listedComments(expected.size())).isEqualTo(expected);
    }
  }

  /** The listed comments' texts once there are as many as expected. */
  private List<String> listedComments(int count) {
    return new WebDriverWait(driver, Duration.ofSeconds(30))
        .ignoring(StaleElementReferenceException.class)
        .until(
            d -> {
              List<WebElement> items = d.findElements(By.cssSelector(".comment-list li"));
              return items.size() != count
                  ? null
                  : items.stream().map(e -> normalise(e.getAttribute("textContent"))).toList();
            });
  }

  /** Clicks the element once it can be clicked, again if the page re-rendered it meanwhile. */
  private void click(By by) {
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .ignoring(StaleElementReferenceException.class)
        .until(
            d -> {
              WebElement element = ExpectedConditions.elementToBeClickable(by).apply(d);
              if (element == null) {
                return false;
              }
              element.click();
              return true;
            });
  }

  /** The selected option's value (or text) of a select. */
  private String selected(By by, boolean value) {
    return new WebDriverWait(driver, Duration.ofSeconds(30))
        .ignoring(StaleElementReferenceException.class)
        .until(
            d -> {
              WebElement option = new Select(waitFor(by)).getFirstSelectedOption();
              return value ? option.getAttribute("value") : option.getText();
            });
  }

  private List<String> checkedIndicators() {
    return new WebDriverWait(driver, Duration.ofSeconds(30))
        .ignoring(StaleElementReferenceException.class)
        .until(
            d -> {
              List<String> chosen = new ArrayList<>();
              for (WebElement box :
                  d.findElements(By.cssSelector("input[name='indicator']:checked"))) {
                chosen.add(box.getAttribute("value"));
              }
              return chosen;
            });
  }

  /** The element's text once it shows, read again if the page re-rendered it meanwhile. */
  private String text(By by) {
    return new WebDriverWait(driver, Duration.ofSeconds(30))
        .ignoring(StaleElementReferenceException.class)
        .until(d -> normalise(waitFor(by).getText()));
  }

  private static String normalise(String text) {
    return text.replace('\u00a0', ' ').replace('\u202f', ' ').trim();
  }

  private Path awaitDownload(String namePrefix, String extension) {
    return await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(200))
        .alias("a " + namePrefix + "*" + extension + " file in " + browser.downloads())
        .until(() -> downloaded(namePrefix, extension), Optional::isPresent)
        .orElseThrow();
  }

  /** A finished (non-empty) download whose name starts with the prefix, if there is one yet. */
  private Optional<Path> downloaded(String namePrefix, String extension) throws IOException {
    try (Stream<Path> files = Files.list(browser.downloads())) {
      return files
          .filter(f -> f.getFileName().toString().startsWith(namePrefix))
          .filter(f -> f.toString().endsWith(extension))
          .filter(f -> f.toFile().length() > 0)
          .findFirst();
    }
  }
}
