package no.saman.survey.page;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.saman.infra.testing.HeadlessBrowser;
import no.saman.infra.testing.HeadlessBrowser.Screen;
import no.saman.survey.support.SurveyServiceIT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

@MicronautTest(transactional = false)
class RespondentPageBrowserIT extends SurveyServiceIT {

  private static final DateTimeFormatter NORWEGIAN_DATE =
      DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.forLanguageTag("nb-NO"));

  private HeadlessBrowser browser;
  private SurveyPage page;

  @BeforeEach
  void startBrowser() throws Exception {
    browser = HeadlessBrowser.builder().screen(Screen.PHONE).start();
    page = new SurveyPage(browser.driver());
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      try {
        assertThat(browser.contentSecurityPolicyViolations())
            .as("no inline script or style, nothing from elsewhere")
            .isEmpty();
      } finally {
        browser.close();
      }
    }
  }

  @Test
  void shouldSaveResumeSwitchLanguageShowTheServersErrorAndSubmit() throws Exception {
    String round = openRound("1548", "1548-INST");
    String token = invite(round, "1548-INST", 1).get(0);

    page.open(server.getURI().resolve("/s/" + token));
    page.waitForStep("Steg 1 av 3", "Om deg");
    assertThat(page.language()).as("the municipality's målform").isEqualTo("nn");
    assertThat(page.progressValue()).isEqualTo("1");
    assertThat(page.closes())
        .as("written out in nynorsk, whose month names are bokmål's")
        .isEqualTo("Svarfrist: " + NORWEGIAN_DATE.format(LocalDate.now(clock).plusDays(30)));
    page.choose("background.occupation", "healthcare_worker");
    page.choose("background.ageBand", "30-39");
    browser.screenshot("01-background-phone");
    assertAccessible("01-background-phone");
    page.next();
    page.waitForStep("Steg 2 av 3", "Heiltid og deltid");
    assertThat(page.isShown("answers.H4")).as("H4 waits for H1 below 100").isFalse();
    page.type("answers.H1", "60");
    page.waitUntilShown("answers.H4", true);
    page.choose("answers.H4", "no_offer");
    page.choose("answers.H7", "4");
    page.saveDraft();
    assertThat(page.waitForSaveStatus("Svara dine er lagra"))
        .as("the way back is the same link")
        .contains("/s/" + token);
    browser.screenshot("02-heiltid-saved-phone");
    assertAccessible("02-heiltid-saved-phone");

    page.reload();
    page.waitForStep("Steg 1 av 3", "Om deg");
    assertThat(page.notice()).contains("Vi har fylt inn svara du lagra sist.");
    assertThat(page.isChecked("background.occupation", "healthcare_worker")).isTrue();
    assertThat(page.isChecked("background.ageBand", "30-39")).isTrue();
    page.next();
    page.waitForStep("Steg 2 av 3", "Heiltid og deltid");
    assertThat(page.value("answers.H1")).isEqualTo("60");
    assertThat(page.isChecked("answers.H4", "no_offer")).isTrue();
    assertThat(page.isChecked("answers.H7", "4")).isTrue();

    page.type("answers.H2", "100");
    page.switchTo("en");
    page.waitForQuestionText("answers.H1", "What is your position size today (per cent)?");
    assertThat(page.language()).isEqualTo("en");
    page.waitForStep("Step 2 of 3", "Full time and part time");
    assertThat(page.questionText("answers.H1")).endsWith("(required)");
    assertThat(page.value("answers.H2")).as("typed, not saved, and kept").isEqualTo("100");
    assertThat(page.value("answers.H1")).isEqualTo("60");

    page.dropClientLimits("answers.H1");
    page.type("answers.H1", "150");
    page.waitUntilShown("answers.H4", false);
    page.next();
    page.waitForStep("Step 3 of 3", "Comments and submitting");
    page.type("comments.HEILTID", "Longer shifts would suit me.");
    page.submit();
    WebElement error = page.waitForError("answers.H1");
    assertThat(error.getText())
        .as("the server's verdict in the page's language, prefixed for screen readers")
        .isEqualToIgnoringWhitespace("Error: The number must be from 1 to 100.");
    page.waitForStep("Step 2 of 3", "Full time and part time");
    WebElement h1 = page.input("answers.H1");
    assertThat(h1.getDomAttribute("aria-invalid")).isEqualTo("true");
    assertThat(h1.getDomAttribute("aria-describedby").split(" ")).contains("answers-H1-error");
    assertThat(page.focusedId()).isEqualTo("error-summary");
    assertThat(page.summaryLinks()).containsExactly("#answers-H1");
    browser.screenshot("03-server-error-phone");
    assertAccessible("03-server-error-phone");
    assertThat(storedResponses(round)).as("nothing stored on a 400").isEmpty();

    page.type("answers.H1", "80");
    page.waitUntilShown("answers.H4", true);
    page.next();
    page.waitForStep("Step 3 of 3", "Comments and submitting");
    assertThat(page.value("comments.HEILTID")).isEqualTo("Longer shifts would suit me.");
    page.submit();
    page.waitForHeading("Thank you! Your answer has been registered");
    assertThat(page.text("receipt-code")).matches("[A-Z0-9_-]{10}");
    assertThat(page.mainText()).contains("Your answers cannot be traced back to you.");
    browser.screenshot("04-receipt-phone");
    assertAccessible("04-receipt-phone");

    List<Map<String, Object>> stored = storedResponses(round);
    assertThat(stored).hasSize(1);
    Map<String, Object> response = stored.get(0);
    assertThat(response.get("language")).isEqualTo("en");
    assertThat(response.get("background"))
        .isEqualTo(Map.of("occupation", "healthcare_worker", "ageBand", "30-39"));
    assertThat(response.get("answers"))
        .isEqualTo(Map.of("H1", 80, "H2", 100, "H4", List.of("no_offer"), "H7", 4));
    assertThat(response.get("comments"))
        .isEqualTo(Map.of("HEILTID", "Longer shifts would suit me."));
  }

  @Test
  void shouldCheckAnswersInTheBrowserAndLeadFromTheSummaryToEachField() throws Exception {
    String round = openRound("1549", "1549-HEIM");
    String token = invite(round, "1549-HEIM", 1).get(0);

    browser.use(new Screen(360, 740, true));
    page.open(server.getURI().resolve("/s/" + token + "?lang=nb"));
    page.waitForStep("Steg 1 av 3", "Om deg");
    page.next();
    page.waitForStep("Steg 2 av 3", "Heltid og deltid");
    page.typeAndPressEnter("answers.H1", "62,5");

    assertThat(page.waitForError("answers.H1").getText())
        .isEqualToIgnoringWhitespace("Feil: Skriv et helt tall uten komma, for eksempel 80.");
    assertThat(page.waitForError("answers.H2").getText())
        .isEqualToIgnoringWhitespace("Feil: Du må svare på dette spørsmålet.");
    assertThat(page.input("answers.H2").getDomAttribute("aria-invalid")).isEqualTo("true");
    assertThat(page.focusedId()).isEqualTo("error-summary");
    assertThat(page.summaryLinks()).containsExactly("#answers-H1", "#answers-H2");
    browser.screenshot("05-browser-check-nb");
    assertAccessible("05-browser-check-nb");

    page.followSummaryLink("answers.H2");
    assertThat(page.focusedId()).isEqualTo("answers-H2");
    page.typeAndPressEnter("answers.H2", "90");
    assertThat(page.summaryLinks()).containsExactly("#answers-H1");
    page.typeAndPressEnter("answers.H1", "62 %");
    page.waitForStep("Steg 3 av 3", "Kommentarer og innsending");
    assertThat(page.focusedText())
        .as("focus moves to the new step's heading")
        .isEqualTo("Kommentarer og innsending");
    browser.use(new Screen(1280, 800, false));
    browser.screenshot("06-finish-laptop-nb");
    assertAccessible("06-finish-laptop-nb");
  }

  @Test
  void shouldExplainAnUnknownAUsedAndAClosedLinkInTheRespondentsLanguage() throws Exception {
    page.open(server.getURI().resolve("/s/" + "B".repeat(43) + "?lang=nb"));
    page.waitForHeading("Vi finner ikke denne lenken");
    assertThat(page.language()).isEqualTo("nb");

    String round = openRound("1550", "1550-SKULE");
    List<String> tokens = invite(round, "1550-SKULE", 2);
    assertThat(
            respondent
                .post("/api/survey/" + tokens.get(0) + "/response", validResponse(60, 80))
                .status())
        .isEqualTo(201);
    page.open(server.getURI().resolve("/s/" + tokens.get(0) + "?lang=en"));
    page.waitForHeading("You have already answered");
    page.switchTo("nn");
    page.waitForHeading("Du har alt svart");
    assertThat(page.language()).isEqualTo("nn");

    assertThat(api.post("/api/rounds/" + round + "/close", Map.of()).status()).isEqualTo(200);
    page.open(server.getURI().resolve("/s/" + tokens.get(1) + "?lang=nn"));
    page.waitForHeading("Undersøkinga er ikkje open");
    browser.screenshot("07-closed-phone");
    assertAccessible("07-closed-phone");
  }

  private List<Map<String, Object>> storedResponses(String round) throws Exception {
    List<Map<String, Object>> rows = new ArrayList<>();
    try (Connection c = database.connect();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT language, background, answers, comments FROM response WHERE round_id = ?")) {
      s.setString(1, round);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          rows.add(
              Map.of(
                  "language", rs.getString("language"),
                  "background", json.readValue(rs.getString("background"), Map.class),
                  "answers", json.readValue(rs.getString("answers"), Map.class),
                  "comments", json.readValue(rs.getString("comments"), Map.class)));
        }
      }
    }
    return rows;
  }

  private void assertAccessible(String view) {
    assertThat(browser.accessibilityViolations()).as(view + ": WCAG 2.1 AA (axe-core)").isEmpty();
  }
}
