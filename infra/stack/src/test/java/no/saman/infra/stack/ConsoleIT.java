package no.saman.infra.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import no.saman.infra.demo.DemoAnswers;
import no.saman.infra.demo.DemoOrganisation;
import no.saman.infra.demo.JsonHttp;
import no.saman.infra.testing.HeadlessBrowser;
import no.saman.infra.testing.HeadlessBrowser.Screen;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
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
 * The HR console in a real headless Chromium against the packaged services, as HR of a fresh
 * municipality: imports its unit tree (a file with two bad lines first), creates a survey with two
 * modules after previewing it in nynorsk, watches the response rate rise as links are answered,
 * extends and closes it. Every screenshotted state is checked with axe-core; screenshots go to
 * {@code infra/stack/target/screenshots/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleIT {

  private static final String MUNICIPALITY = "1860";
  private static final String HR = "hr.vestvagoy";
  private static final String HR_PASSWORD = "vestvagoy-test-password";
  private static final String HEADER = "Einingskode;Namn;Overordna;Tilsette;Tenestetype\n";
  private static final String BAD_FILE =
      HEADER
          + "1860-HO;Helse og omsorg;;0;anna\n"
          + "1860-SJH;Leknes sjukeheim;1860-HO;42,5;sjukeheim\n"
          + "1860-HEIM;Heimetenesta i Vestvågøy;1860-XX;31;heimeteneste\n";
  private static final String FIXED_FILE =
      HEADER
          + "1860-HO;Helse og omsorg;;0;anna\n"
          + "1860-SJH;Leknes sjukeheim;1860-HO;42;sjukeheim\n"
          + "1860-HEIM;Heimetenesta i Vestvågøy;1860-HO;31;heimeteneste\n"
          + "1860-BHG;Leknes barnehage;;12;barnehage\n";
  private static final List<String> STAFF =
      List.of(
          "kari.nordmann@vestvagoy.test", "ola.hansen@vestvagoy.test", "per.berg@vestvagoy.test");
  private static final Pattern MAILED_LINK = Pattern.compile("https?://\\S+/s/([A-Za-z0-9_-]{43})");

  private final Path root = Path.of(System.getProperty("saman.root", "../..")).toAbsolutePath();
  private final LocalDate today = LocalDate.now(ZoneId.of("Europe/Oslo"));
  private Mailbox mailbox;
  private PackagedServices services;
  private HeadlessBrowser browser;
  private ChromeDriver driver;
  private JsonHttp hrApi;

  @BeforeAll
  void startTheStack() throws Exception {
    mailbox = new Mailbox();
    services = PackagedServices.start("console", mailbox.settings());
    JsonHttp survey = new JsonHttp(services.surveyUrl());
    JsonHttp admin =
        survey.withToken(
            survey.login(PackagedServices.ADMIN_USERNAME, PackagedServices.ADMIN_PASSWORD));
    admin.ok(
        admin.put(
            "/api/municipalities/" + MUNICIPALITY,
            Map.of("name", "Vestvågøy", "county", "Nordland", "language", "nn")),
        "Creating the municipality");
    admin.ok(
        admin.post(
            "/api/users",
            Map.of(
                "username", HR,
                "password", HR_PASSWORD,
                "role", "HR",
                "municipality", MUNICIPALITY)),
        "Creating its HR user");
    hrApi = survey.withToken(survey.login(HR, HR_PASSWORD));
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
    if (mailbox != null) {
      mailbox.close();
    }
  }

  @AfterEach
  void shouldHaveRunWithoutBlockedOrBrokenScripts() {
    assertThat(browser.blockedOrBroken()).isEmpty();
  }

  @Test
  void shouldTakeHrFromTheOrgChartThroughASurveyToItsEnd() throws Exception {
    browser.use(Screen.LAPTOP);
    driver.get(services.surveyUrl().resolve("/admin/?lang=nn").toString());
    screenshot("console-01-sign-in");
    signIn();
    waitForText(By.tagName("h1"), "Vestvågøy: Einingar og tilsette");
    waitFor(By.id("no-units"));

    Path bad = file("einingar-feil.csv", BAD_FILE, Charset.forName("windows-1252"));
    waitFor(By.id("import-file")).sendKeys(bad.toString());
    click(By.id("import-preview"));
    waitForText(By.id("import-rejected"), "2 feil i fila");
    assertThat(text(By.id("import-rejected")))
        .contains("Linje 3, tilsette: må vere eit heilt tal frå 0 til 1000000")
        .contains("Linje 4, overordna: ukjend overordna eining 1860-XX")
        .as("the service's English stays out of the Norwegian page")
        .doesNotContain("unknown", "whole number");
    assertThat(driver.findElements(By.id("import-apply"))).isEmpty();
    screenshot("console-02-import-rejected");

    Path fixed = file("einingar.csv", FIXED_FILE, StandardCharsets.UTF_8);
    driver.findElement(By.id("import-file")).sendKeys(fixed.toString());
    click(By.id("import-preview"));
    waitForText(By.id("import-summary"), "4 nye, 0 endra, 0 uendra.");
    screenshot("console-03-import-preview");
    click(By.id("import-apply"));
    waitForText(By.id("import-status"), "Importen er brukt: 4 nye");
    waitFor(By.cssSelector("#unit-table tr[data-unit='1860-SJH']"));
    assertThat(text(By.cssSelector("#unit-table tr[data-unit='1860-SJH']")))
        .contains("Leknes sjukeheim", "42", "sjukeheim");
    assertThat(hrApi.get("/api/municipalities/1860/units").json().get("units")).hasSize(4);
    screenshot("console-04-units");

    click(By.linkText("Ny undersøking"));
    waitFor(By.id("module-HEILTID")).click();
    click(By.id("module-LEIING"));
    driver.findElement(By.id("round-title")).sendKeys("Medarbeidarundersøking 2026");
    driver.findElement(By.id("round-wave")).sendKeys("2026-autumn");
    setValue("round-opens", today.toString());
    setValue("round-closes", today.plusDays(21).toString());
    click(By.id("preview-nn"));
    waitForText(By.id("preview-title"), "Slik ser spørjeskjemaet ut (Nynorsk)");
    assertThat(text(By.id("questionnaire-preview")))
        .contains("Om deg", "Kommentarar og innsending");
    assertThat(driver.findElements(By.cssSelector("#questionnaire-preview input:enabled")))
        .isEmpty();
    screenshot("console-05-preview-nynorsk");
    click(By.id("create-round"));
    waitForText(By.id("round-phase"), "Open");
    waitForText(By.tagName("h1"), "Medarbeidarundersøking 2026");
    String round = driver.getCurrentUrl().replaceAll(".*#round/", "");
    assertThat(hrApi.get("/api/rounds/" + round).json().get("modules").toString())
        .isEqualTo("[\"HEILTID\",\"LEIING\"]");
    assertThat(driver.findElement(By.id("round-results-link")).getAttribute("href"))
        .isEqualTo(services.analyticsUrl().resolve("/results/").toString());
    waitForText(By.id("total-rate"), "0");
    screenshot("console-06-round-open");

    // Letters for the home-care unit: the PDF names the unit and prints each link, and the QR code
    // beside it decodes to the same link; one letter is answered through its link.
    new Select(waitFor(By.id("letters-unit"))).selectByValue("1860-HEIM");
    setValue("letters-count", "2");
    click(By.id("download-letters"));
    waitForText(By.id("letters-status"), "Lasta ned");
    Path pdf =
        await()
            .atMost(Duration.ofSeconds(30))
            .until(() -> downloaded(".pdf"), java.util.Optional::isPresent)
            .get();
    String letterLink;
    try (PDDocument letters = Loader.loadPDF(pdf.toFile())) {
      assertThat(letters.getNumberOfPages()).isEqualTo(2);
      String text = new PDFTextStripper().getText(letters);
      assertThat(text).contains("Heimetenesta i Vestvågøy", "Vestvågøy");
      Matcher link = Pattern.compile("https?://\\S+/s/[A-Za-z0-9_-]+").matcher(text);
      assertThat(link.find()).as(text).isTrue();
      letterLink = link.group();
      BufferedImage page = new PDFRenderer(letters).renderImageWithDPI(0, 200);
      Result qr =
          new MultiFormatReader()
              .decode(
                  new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page))));
      assertThat(qr.getText()).isEqualTo(letterLink);
    }
    answer(letterLink.substring(letterLink.lastIndexOf('/') + 1));
    waitForText(By.cssSelector("#progress-table tr[data-unit='1860-HEIM']"), "3,2");

    JsonNode invited =
        hrApi.ok(
            hrApi.post(
                "/api/rounds/" + round + "/invitations", Map.of("unit", "1860-SJH", "count", 3)),
            "Issuing links");
    List<String> tokens =
        List.of(invited.get("tokens").get(0).asText(), invited.get("tokens").get(1).asText());
    for (String token : tokens) {
      answer(token);
    }
    // The page refreshes by itself while the survey is open: 2 of 42 at Leknes sjukeheim.
    waitForText(By.cssSelector("#progress-table tr[data-unit='1860-SJH']"), "4,8");
    assertThat(text(By.cssSelector("#progress-table tr[data-unit='1860-SJH']")))
        .contains("42", "3", "2");
    assertThat(text(By.id("progress-table"))).doesNotContain(tokens.get(0));
    screenshot("console-07-rate-risen");

    sendEmailsRemindAndWatchTheRate();

    setValue("new-closes", today.plusDays(35).toString());
    click(By.id("extend"));
    waitForText(By.id("round-status"), "Svarfristen er no");
    assertThat(hrApi.get("/api/rounds/" + round).json().get("closes").asText())
        .isEqualTo(today.plusDays(35).toString());

    browser.use(Screen.TABLET);
    click(By.id("close-round"));
    click(By.id("confirm-close"));
    waitForText(By.id("round-phase"), "Avslutta");
    assertThat(hrApi.get("/api/rounds/" + round).json().get("status").asText()).isEqualTo("closed");
    screenshot("console-10-closed-tablet");

    click(By.linkText("Undersøkingar"));
    waitFor(By.cssSelector("#round-table tr[data-round='" + round + "']"));
    assertThat(text(By.id("round-table"))).contains("Medarbeidarundersøking 2026", "Avslutta");
    screenshot("console-11-rounds-tablet");
  }

  /**
   * E-mails to the kindergarten's three staff through the console's e-mail panel, as they arrive at
   * the SMTP server; one answers through the link in their e-mail, and the reminder HR then sends
   * from the console reaches only the other two, with the same links.
   */
  private void sendEmailsRemindAndWatchTheRate() throws IOException {
    String totalBefore = text(By.id("total-rate"));
    new Select(waitFor(By.id("email-unit"))).selectByValue("1860-BHG");
    waitFor(By.id("email-addresses")).sendKeys(String.join("\n", STAFF));
    click(By.id("send-emails"));
    waitForText(By.id("email-status"), "Sende 3 invitasjonar.");
    assertThat(waitFor(By.id("email-addresses")).getAttribute("value")).isEmpty();
    assertThat(driver.findElement(By.tagName("body")).getText()).doesNotContain(STAFF.get(0));
    // The three invited show on the next refresh: invited 3, none answered yet.
    waitForText(By.cssSelector("#progress-table tr[data-unit='1860-BHG'] td:nth-child(3)"), "3");
    assertThat(text(By.cssSelector("#progress-table tr[data-unit='1860-BHG']"))).contains("0 %");
    screenshot("console-08-emails-sent");

    List<Mailbox.Received> invitations = mailbox.received();
    assertThat(invitations)
        .extracting(Mailbox.Received::to)
        .containsExactlyInAnyOrderElementsOf(STAFF);
    Map<String, String> links = new LinkedHashMap<>();
    for (Mailbox.Received mail : invitations) {
      assertThat(mail.from()).contains(Mailbox.FROM);
      assertThat(mail.subject()).isEqualTo("Invitasjon: Medarbeidarundersøking 2026");
      assertThat(mail.text()).contains("Vestvågøy ber deg svara", "anonym");
      assertThat(mail.html()).contains("<a href=\"");
      links.put(mail.to(), mailedLink(mail.text()));
    }
    assertThat(links.values()).doesNotHaveDuplicates();
    answer(links.get(STAFF.get(0)));
    waitForText(By.cssSelector("#progress-table tr[data-unit='1860-BHG']"), "8,3");

    click(By.id("send-reminders"));
    waitForText(By.id("reminders-status"), "Sende 2 påminningar.");
    assertThat(mailbox.receivedBy(STAFF.get(0))).hasSize(1);
    for (String other : STAFF.subList(1, 3)) {
      List<Mailbox.Received> mails = mailbox.receivedBy(other);
      assertThat(mails).hasSize(2);
      assertThat(mails.get(1).subject()).isEqualTo("Påminning: Medarbeidarundersøking 2026");
      assertThat(mailedLink(mails.get(1).text()))
          .as("the reminder carries the same link")
          .isEqualTo(links.get(other));
    }
    answer(links.get(STAFF.get(1)));
    waitForText(By.cssSelector("#progress-table tr[data-unit='1860-BHG']"), "16,7");
    assertThat(text(By.cssSelector("#progress-table tr[data-unit='1860-BHG']")))
        .contains("Leknes barnehage", "12", "3", "2");
    assertThat(text(By.id("total-rate"))).isNotEqualTo(totalBefore);
    screenshot("console-09-reminded-rate-risen");
  }

  private static String mailedLink(String text) {
    Matcher link = MAILED_LINK.matcher(text);
    assertThat(link.find()).as("a link in: " + text).isTrue();
    return link.group(1);
  }

  /** Answers a link through the respondent API with the demo's answers to the round's items. */
  private void answer(String token) {
    JsonHttp respondent = new JsonHttp(services.surveyUrl());
    JsonNode questionnaire = respondent.ok(respondent.get("/api/survey/" + token), "Questionnaire");
    Set<String> items = new HashSet<>();
    questionnaire
        .get("modules")
        .forEach(m -> m.get("items").forEach(i -> items.add(i.get("id").asText())));
    Map<String, Object> body =
        new LinkedHashMap<>(
            DemoAnswers.draw(
                    "console-respondent",
                    new DemoOrganisation.Draw(1860, DemoAnswers.INSTITUTION_SIZES, 1, 70, 0, 0.2))
                .get(0));
    @SuppressWarnings("unchecked")
    Map<String, Object> answers = new LinkedHashMap<>((Map<String, Object>) body.get("answers"));
    answers.keySet().retainAll(items);
    body.put("answers", answers);
    body.remove("comments");
    JsonHttp.Reply reply = respondent.post("/api/survey/" + token + "/response", body);
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
  }

  private Optional<Path> downloaded(String suffix) throws IOException {
    try (Stream<Path> files = Files.list(browser.downloads())) {
      return files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst();
    }
  }

  private Path file(String name, String text, Charset charset) throws IOException {
    Path folder = root.resolve("infra/stack/target/console-files");
    Files.createDirectories(folder);
    return Files.write(folder.resolve(name), text.getBytes(charset));
  }

  private void signIn() {
    waitFor(By.id("username")).sendKeys(HR);
    driver.findElement(By.id("password")).sendKeys(HR_PASSWORD);
    driver.findElement(By.id("sign-in")).click();
  }

  private void setValue(String id, String value) {
    WebElement input = waitFor(By.id(id));
    driver.executeScript(
        "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'));",
        input,
        value);
  }

  private void screenshot(String name) throws IOException {
    String body = driver.findElement(By.tagName("body")).getText();
    assertThat(body).as(name).doesNotContain("null", "undefined", "NaN", "[object");
    browser.screenshot(name);
    assertThat(browser.accessibilityViolations()).as(name + ": WCAG 2.1 AA (axe-core)").isEmpty();
  }

  private String text(By by) {
    return new WebDriverWait(driver, Duration.ofSeconds(30))
        .ignoring(StaleElementReferenceException.class)
        .until(d -> d.findElement(by).getText().replace('\u00a0', ' '));
  }

  private WebElement waitFor(By by) {
    return new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  private void waitForText(By by, String text) {
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .ignoring(StaleElementReferenceException.class)
        .until(
            d ->
                d.findElements(by).stream()
                    .anyMatch(e -> e.getText().replace('\u00a0', ' ').contains(text)));
  }

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
}
