package no.saman.analytics.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import no.saman.analytics.support.Api;
import no.saman.analytics.support.Instruments;
import no.saman.analytics.support.IntegrationTest;
import no.saman.analytics.support.Sql;
import no.saman.analytics.support.TestEvents;
import no.saman.analytics.support.Tokens;
import no.saman.infra.testing.HeadlessBrowser;
import no.saman.infra.testing.SharedKafka;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Alstahaug's HR adviser on the results page in a real headless Chromium: the drivers chart and its
 * table, the recruitment form, and a goal's curve with its measure marked, each figure as the API
 * gives it; screenshots in target/screenshots, axe-core without violations.
 */
@MicronautTest(transactional = false)
class ActionsPageIT extends IntegrationTest {

  private static final String ALSTAHAUG = "1820";
  private static final String CARE = "1820-PLO";

  @Inject EmbeddedServer server;

  @Inject
  @Client("/")
  HttpClient client;

  @Inject ObjectMapper json;

  private final String baseline = uniqueRound("1820-baseline");
  private final String autumn = uniqueRound("1820-autumn");
  private final String network =
      "helgeland-" + java.util.UUID.randomUUID().toString().substring(0, 8);
  private TestEvents events;
  private long unitGoal;
  private long formGoal;
  private Api hr;
  private HeadlessBrowser browser;

  @BeforeAll
  void produceTwoWavesAGoalAndAMeasure() throws Exception {
    hr = new Api(client, json).as(Tokens.hr(ALSTAHAUG));
    events = new TestEvents(SharedKafka.bootstrapServers());
    events.sendMunicipality(ALSTAHAUG, "Alstahaug", "Nordland", "nn");
    events.sendUnit(ALSTAHAUG, CARE, "Pleie og omsorg", null, 80, "sjukeheim");
    events.sendNetwork(network, "Heiltid Helgeland", "heiltid/deltid", List.of(ALSTAHAUG));
    Random random = new Random(1820);
    wave(baseline, "2012-baseline", "2012-03-01", random, 0);
    wave(autumn, "2013-autumn", "2013-09-01", random, 6);
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                roundArrived(baseline)
                    && roundArrived(autumn)
                    && organisationArrived(ALSTAHAUG, CARE)
                    && new Sql(database)
                            .number(
                                "SELECT COUNT(*) FROM response_answers WHERE round_id IN (?, ?)",
                                baseline,
                                autumn)
                        == 80
                    && new Sql(database)
                            .number(
                                "SELECT COUNT(*) FROM network_member WHERE network = ?", network)
                        == 1);
    Map<String, Object> goal = new HashMap<>();
    goal.put("municipality", ALSTAHAUG);
    goal.put("unit", CARE);
    goal.put("indicator", "avg_position_size");
    goal.put("baseline", 70.0);
    goal.put("baselineWave", "2012-baseline");
    goal.put("target", 85.0);
    goal.put("deadline", "2015-12-31");
    Api.Answer created = hr.post("/api/goals", goal);
    long id = ((Number) hr.parse(created.body()).get("id")).longValue();
    unitGoal = id;
    Map<String, Object> measure = new HashMap<>();
    measure.put("title", "Heiltidsprosjekt");
    measure.put("owner", "Einingsleiar");
    measure.put("starts", "2012-06-01");
    measure.put("ends", "2013-05-31");
    measure.put("status", "done");
    measure.put(
        "milestones", List.of(Map.of("title", "Ny turnus", "date", "2012-09-01", "done", true)));
    measure.put("partners", List.of(Map.of("role", "union", "name", "Fagforbundet")));
    assertThat(hr.post("/api/goals/" + id + "/measures", measure).status()).isEqualTo(201);
    goal.remove("unit");
    long whole = ((Number) hr.parse(hr.post("/api/goals", goal).body()).get("id")).longValue();
    measure.put("title", "Kompetanseplan for heile kommunen");
    measure.put("status", "ongoing");
    measure.remove("ends");
    assertThat(hr.post("/api/goals/" + whole + "/measures", measure).status()).isEqualTo(201);
    goal.put("unit", CARE);
    goal.put("target", 90.0);
    formGoal = ((Number) hr.parse(hr.post("/api/goals", goal).body()).get("id")).longValue();
    browser = HeadlessBrowser.builder().language("en-GB").start();
  }

  @AfterAll
  void closeBrowserAndProducer() throws Exception {
    events.close();
    if (browser != null) {
      browser.close();
    }
  }

  private void wave(String round, String wave, String opens, Random random, int shift) {
    events.sendRound(round, ALSTAHAUG, "Kompetanse " + wave, wave, opens, Instruments.all());
    List<Map<String, Object>> answers = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      double climate = random.nextGaussian();
      Map<String, Object> a = new LinkedHashMap<>();
      double lead = 0.7 * climate + 0.7 * random.nextGaussian();
      for (int l = 1; l <= 7; l++) {
        a.put("L" + l, likert(3 + lead + 0.6 * random.nextGaussian()));
      }
      for (int k = 2; k <= 6; k++) {
        a.put("K" + k, likert(3 + 0.5 * climate + 0.9 * random.nextGaussian()));
      }
      for (int n = 2; n <= 6; n++) {
        a.put("N" + n, likert(3 + 0.4 * climate + random.nextGaussian()));
      }
      a.put("K1", likert(3 + 0.6 * lead + random.nextGaussian()));
      a.put("H1", 50 + shift + random.nextInt(45));
      a.put("H2", 100);
      answers.add(a);
    }
    events.sendResponses(round, List.of(ALSTAHAUG, CARE), answers);
  }

  private static int likert(double value) {
    return (int) Math.max(1, Math.min(5, Math.round(value)));
  }

  @Test
  @SuppressWarnings("unchecked")
  void shouldShowDriversRecruitmentAndMeasuresAsTheApiGivesThem() throws Exception {
    ChromeDriver driver = browser.driver();
    String base = "http://localhost:" + server.getPort();
    driver.get(base + "/results/?lang=en");
    driver.executeScript(
        "sessionStorage.setItem('saman.results.token', arguments[0]);", Tokens.hr(ALSTAHAUG));
    driver.get(base + "/results/?lang=en");
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    wait.until(
            ExpectedConditions.elementToBeClickable(
                By.cssSelector("button[data-unit='" + CARE + "']")))
        .click();
    String ofUnit = "section[data-unit='" + CARE + "'] ";
    wait.until(
        ExpectedConditions.numberOfElementsToBe(By.cssSelector(ofUnit + "tr[data-driver]"), 10));

    Map<String, Object> drivers =
        hr.json("/api/rounds/" + autumn + "/drivers?unit=" + CARE + "&outcome=K1");
    List<Map<String, Object>> expected = (List<Map<String, Object>>) drivers.get("drivers");
    List<WebElement> rows = driver.findElements(By.cssSelector(ofUnit + "tr[data-driver]"));
    assertThat(rows)
        .extracting(r -> r.getAttribute("data-driver"))
        .containsExactlyElementsOf(expected.stream().map(d -> (String) d.get("id")).toList());
    String firstRank =
        expected.get(0).get("rank")
            + " ("
            + ((List<Object>) expected.get(0).get("rankCi95")).get(0)
            + "–"
            + ((List<Object>) expected.get(0).get("rankCi95")).get(1)
            + ")";
    assertThat(rows.get(0).getText()).contains(firstRank);
    assertThat(driver.findElements(By.cssSelector(".driver-svg circle"))).hasSize(10);
    assertThat(driver.findElements(By.cssSelector(".driver-svg text[data-rank]")))
        .as("each point is labelled with its rank, as the table names it")
        .extracting(WebElement::getText)
        .containsExactlyElementsOf(
            expected.stream().map(d -> String.valueOf(d.get("rank"))).toList());

    wait.until(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector(ofUnit + "tr[data-figure='hiddenFte']")));
    WebElement need = driver.findElement(By.id("recruitment-need"));
    need.sendKeys("5");
    driver.findElement(By.cssSelector(".recruitment-form button")).click();
    wait.until(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector(ofUnit + "tr[data-figure='covered']")));
    Map<String, Object> scenario =
        hr.json("/api/rounds/" + autumn + "/recruitment?unit=" + CARE + "&need=5");
    String toCover =
        driver
            .findElement(By.cssSelector(ofUnit + "tr[data-figure='averageToCover'] td"))
            .getText();
    assertThat(toCover)
        .isEqualTo(
            String.format(java.util.Locale.UK, "%.2f", (Double) scenario.get("averageToCover"))
                    .replaceAll("0+$", "")
                    .replaceAll("\\.$", "")
                + "%");

    String ofGoal = "article[data-goal='" + unitGoal + "'] ";
    assertThat(driver.findElements(By.cssSelector(ofGoal + ".goal-svg .measure-mark"))).hasSize(1);
    WebElement measure = driver.findElement(By.cssSelector(ofGoal + "li[data-measure]"));
    assertThat(measure.getText())
        .contains("Heiltidsprosjekt", "Einingsleiar", "Fagforbundet (unions)", "Ny turnus")
        .contains("Before (2012-baseline)", "After (2013-autumn)");

    browser.screenshot("results-actions-hr-en");
    assertThat(browser.blockedOrBroken()).isEmpty();
    assertThat(browser.accessibilityViolations()).as("WCAG 2.1 AA (axe-core)").isEmpty();
  }

  @Test
  @SuppressWarnings("unchecked")
  void shouldLetHrAddAMeasureAndMoveItsStatusOnThroughTheForm() throws Exception {
    ChromeDriver driver = browser.driver();
    String base = "http://localhost:" + server.getPort();
    driver.get(base + "/results/?lang=nn");
    driver.executeScript(
        "sessionStorage.setItem('saman.results.token', arguments[0]);", Tokens.hr(ALSTAHAUG));
    driver.get(base + "/results/?lang=nn");
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    wait.until(
            ExpectedConditions.elementToBeClickable(
                By.cssSelector("button[data-unit='" + CARE + "']")))
        .click();
    String prefix = "#measure-" + formGoal;
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(prefix + "-add"))).click();
    WebElement form = driver.findElement(By.cssSelector(prefix + "-form"));
    form.findElement(By.cssSelector("[data-field='title']")).sendKeys("Ønskt stilling i turnus");
    form.findElement(By.cssSelector("[data-field='owner']")).sendKeys("Pleie- og omsorgsleiar");
    form.findElement(By.cssSelector("[data-field='starts']")).sendKeys("2013-01-07");
    form.findElement(By.cssSelector("[data-field='ends']")).sendKeys("2012-12-31");
    form.findElement(By.xpath(".//button[text()='Legg til milepæl']")).click();
    form.findElement(By.cssSelector("[data-field='milestones[0].title']")).sendKeys("Kartlegging");
    form.findElement(By.cssSelector("[data-field='milestones[0].date']")).sendKeys("januar");
    form.findElement(By.xpath(".//button[text()='Legg til part']")).click();
    form.findElement(By.cssSelector("[data-field='partners[0].name']")).sendKeys("NSF");
    form.findElement(By.cssSelector("button[type='submit']")).click();

    wait.until(
        ExpectedConditions.attributeToBe(
            By.cssSelector(prefix + "-form [data-field='ends']"), "aria-invalid", "true"));
    assertThat(form.findElement(By.cssSelector("[role='alert']")).getText())
        .isEqualTo("Tiltaket vart ikkje lagra. Rett felta som er merkte.");
    assertThat(form.findElements(By.cssSelector("[aria-invalid='true']")))
        .extracting(e -> e.getAttribute("data-field"))
        .containsExactly("ends", "milestones[0].date");
    assertThat(driver.switchTo().activeElement().getAttribute("data-field")).isEqualTo("ends");
    String endsError =
        form.findElement(By.cssSelector("[data-field='ends']")).getAttribute("aria-describedby");
    assertThat(driver.findElement(By.id(endsError.split(" ")[1])).getText())
        .isEqualTo("Kan ikkje vere før startdatoen.");
    assertThat(measuresOf(formGoal)).as("nothing stored while refused").isEmpty();
    browser.screenshot("results-measure-form-refused-nn");
    assertThat(browser.accessibilityViolations()).as("WCAG 2.1 AA (axe-core)").isEmpty();

    WebElement ends = form.findElement(By.cssSelector("[data-field='ends']"));
    ends.clear();
    ends.sendKeys("2013-12-31");
    WebElement date = form.findElement(By.cssSelector("[data-field='milestones[0].date']"));
    date.clear();
    date.sendKeys("2013-02-01");
    new org.openqa.selenium.support.ui.Select(
            form.findElement(By.cssSelector("[data-field='status']")))
        .selectByValue("ongoing");
    form.findElement(By.cssSelector("button[type='submit']")).click();

    String ofGoal = "article[data-goal='" + formGoal + "'] ";
    wait.until(
        ExpectedConditions.numberOfElementsToBe(By.cssSelector(ofGoal + "li[data-measure]"), 1));
    Map<String, Object> stored = measuresOf(formGoal).get(0);
    assertThat(stored)
        .containsEntry("title", "Ønskt stilling i turnus")
        .containsEntry("owner", "Pleie- og omsorgsleiar")
        .containsEntry("target", "avg_position_size")
        .containsEntry("starts", "2013-01-07")
        .containsEntry("ends", "2013-12-31")
        .containsEntry("status", "ongoing");
    assertThat((List<Object>) stored.get("milestones"))
        .containsExactly(Map.of("title", "Kartlegging", "date", "2013-02-01", "done", false));
    assertThat((List<Object>) stored.get("partners"))
        .containsExactly(Map.of("role", "union", "name", "NSF"));
    assertThat(driver.findElements(By.cssSelector(ofGoal + ".goal-svg .measure-mark"))).hasSize(1);
    assertThat(driver.findElement(By.cssSelector(prefix + "-saved")).getText())
        .isEqualTo("Tiltaket «Ønskt stilling i turnus» er lagra.");
    assertThat(driver.switchTo().activeElement().getAttribute("id"))
        .isEqualTo(prefix.substring(1) + "-add");

    driver.findElement(By.cssSelector(ofGoal + "button[data-edit-measure]")).click();
    WebElement edit = driver.findElement(By.cssSelector(prefix + "-form"));
    assertThat(edit.findElement(By.cssSelector("[data-field='title']")).getAttribute("value"))
        .isEqualTo("Ønskt stilling i turnus");
    new org.openqa.selenium.support.ui.Select(
            edit.findElement(By.cssSelector("[data-field='status']")))
        .selectByValue("done");
    edit.findElement(By.cssSelector("[data-field='milestones[0].done']")).click();
    browser.screenshot("results-measure-form-edit-nn");
    assertThat(browser.accessibilityViolations()).as("WCAG 2.1 AA (axe-core)").isEmpty();
    edit.findElement(By.cssSelector("button[type='submit']")).click();

    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector(ofGoal + "li[data-measure] .badge"), "gjennomført"));
    Map<String, Object> updated = measuresOf(formGoal).get(0);
    assertThat(updated).containsEntry("id", stored.get("id")).containsEntry("status", "done");
    assertThat((List<Object>) updated.get("milestones"))
        .containsExactly(Map.of("title", "Kartlegging", "date", "2013-02-01", "done", true));
    assertThat(measuresOf(formGoal)).hasSize(1);
    browser.screenshot("results-measure-saved-nn");
    assertThat(browser.blockedOrBroken()).isEmpty();
  }

  @Test
  void shouldGiveTheNetworkLeaderNoMeasureForm() throws Exception {
    ChromeDriver driver = browser.driver();
    String base = "http://localhost:" + server.getPort();
    driver.get(base + "/results/?lang=nn");
    driver.executeScript(
        "sessionStorage.setItem('saman.results.token', arguments[0]);", Tokens.leader(network));
    driver.get(base + "/results/?lang=nn");
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Heiltid"));

    assertThat(driver.findElements(By.cssSelector(".measure-editor, .measure-form, .measure-edit")))
        .isEmpty();
    driver.executeScript("sessionStorage.clear();");
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> measuresOf(long goal) {
    return hr.parseList(hr.get("/api/goals?municipality=" + ALSTAHAUG).body()).stream()
        .map(g -> (Map<String, Object>) g)
        .filter(g -> ((Number) g.get("id")).longValue() == goal)
        .map(g -> (List<Map<String, Object>>) g.get("measures"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  @SuppressWarnings("unchecked")
  void shouldPrintTheDriversAndTheRecruitmentScenarioInTheUnitReport() throws Exception {
    Map<String, Object> drivers =
        hr.json("/api/rounds/" + autumn + "/drivers?unit=" + CARE + "&outcome=K1");
    Map<String, Object> scenario = hr.json("/api/rounds/" + autumn + "/recruitment?unit=" + CARE);
    String path = "/api/reports/unit?round=" + autumn + "&unit=" + CARE + "&format=";

    Api.Answer csv = hr.get(path + "csv");
    Api.Answer pdf = hr.get(path + "pdf");

    assertThat(csv.status()).isEqualTo(200);
    String text = new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8);
    List<Map<String, Object>> expected = (List<Map<String, Object>>) drivers.get("drivers");
    assertThat(text)
        .contains("Rekrutteringsscenario (KS-modellen)", "Kva drivar bruken av kompetansen");
    for (Map<String, Object> d : expected) {
      List<Object> ranks = (List<Object>) d.get("rankCi95");
      assertThat(text).contains(d.get("rank") + " (" + ranks.get(0) + "–" + ranks.get(1) + ")");
    }
    assertThat(pdf.status()).isEqualTo(200);
    String printed = no.saman.analytics.support.ReportDocuments.pdf(pdf.body()).text();
    assertThat(printed)
        .contains(
            "Rekrutteringsscenario (KS-modellen)", "Meistringsorientert leiing", "Skjulte årsverk");
    assertThat(scenario).containsEntry("suppressed", false);
    if (no.saman.analytics.support.ReportDocuments.pdftoppmAvailable()) {
      assertThat(no.saman.analytics.support.ReportDocuments.images(pdf.body(), "unit-actions"))
          .isNotEmpty();
    }
    Api.Answer municipality =
        hr.get(
            "/api/reports/municipality?municipality=" + ALSTAHAUG + "&wave=2013-autumn&format=pdf");
    assertThat(municipality.status()).isEqualTo(200);
    assertThat(no.saman.analytics.support.ReportDocuments.pdf(municipality.body()).text())
        .contains("Rekrutteringsscenario (KS-modellen)", "Kva drivar bruken av kompetansen");
    if (no.saman.analytics.support.ReportDocuments.pdftoppmAvailable()) {
      no.saman.analytics.support.ReportDocuments.images(
          municipality.body(), "municipality-actions");
    }
  }

  @Test
  void shouldListEachMembersMeasuresInTheNetworkReport() throws Exception {
    Api leader = new Api(client, json).as(Tokens.leader(network));

    Api.Answer report =
        leader.get("/api/reports/network?network=" + network + "&wave=2013-autumn&format=pdf");

    assertThat(report.status()).isEqualTo(200);
    String text = no.saman.analytics.support.ReportDocuments.pdf(report.body()).text();
    assertThat(text).contains("Tiltak per kommune", "I gang", "Einingsleiar");
    // The table's narrow columns wrap words across lines: compare without white space.
    assertThat(text.replaceAll("\\s", ""))
        .contains("Kompetanseplan", "Fagforbundet", "1/1")
        .doesNotContain("Heiltidsprosjekt");
    if (no.saman.analytics.support.ReportDocuments.pdftoppmAvailable()) {
      no.saman.analytics.support.ReportDocuments.images(report.body(), "network-actions");
    }
  }
}
