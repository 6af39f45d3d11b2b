package no.saman.survey.invitation.letter;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.saman.survey.support.Api;
import no.saman.survey.support.Pdfs;
import no.saman.survey.support.SurveyServiceIT;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class LetterIT extends SurveyServiceIT {

  private static final Pattern LINK = Pattern.compile("https?://\\S+/s/([A-Za-z0-9_-]{43})");

  @Test
  void shouldPrintALetterPerInviteeWhoseQrCodeIsTheLinkThatAnswersOnce() throws Exception {
    String round = openRound("1548", "1548-INST");

    Api.Download letters = api.download(path(round, "unit=1548-INST&count=3"));

    assertThat(letters.status()).isEqualTo(200);
    assertThat(letters.contentType()).startsWith("application/pdf");
    assertThat(letters.raw().headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(letters.raw().headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"letters-1548-INST.pdf\"");
    String text = Pdfs.text(letters.body());
    assertThat(Pdfs.pages(letters.body())).isEqualTo(3);
    assertThat(text)
        .contains("Fræna")
        .contains("Institusjonstenesta")
        .contains("Heiltid og deltid")
        .contains("Kvifor er undersøkinga anonym?")
        .contains("Svarfrist:");
    List<String> links = links(text);
    assertThat(links).hasSize(3).doesNotHaveDuplicates();
    assertThat(Pdfs.qrCode(letters.body(), 0, "letters-nn")).isEqualTo(links.get(0));
    assertThat(Pdfs.qrCode(letters.body(), 2, "letters-nn")).isEqualTo(links.get(2));

    String token = token(links.get(0));
    assertThat(
            respondent.post("/api/survey/" + token + "/response", validResponse(60, 80)).status())
        .isEqualTo(201);
    assertThat(
            respondent.post("/api/survey/" + token + "/response", validResponse(60, 80)).status())
        .as("first answer counts")
        .isEqualTo(409);
    assertThat(api.get("/api/rounds/" + round + "/progress").map().get("invited")).isEqualTo(3);
  }

  @Test
  void shouldWriteInTheLanguageAskedFor() throws Exception {
    String round = openRound("1549", "1549-HEIM");

    String english = Pdfs.text(api.download(path(round, "unit=1549-HEIM&count=1&lang=en")).body());
    String bokmal = Pdfs.text(api.download(path(round, "unit=1549-HEIM&count=1&lang=nb")).body());

    assertThat(english).contains("Why is the survey anonymous?").contains("Please answer by");
    assertThat(bokmal).contains("Hvorfor er undersøkelsen anonym?");
  }

  @Test
  void shouldNameTheBadFieldAndIssueNoLinks() {
    String round = openRound("1550", "1550-A");

    assertThat(problem(path(round, "unit=1550-A&count=0"), 400)).contains("count");
    assertThat(problem(path(round, "unit=1550-A&count=2001"), 400)).contains("count");
    assertThat(problem(path(round, "unit=1550-A&count=two"), 400)).contains("count");
    assertThat(problem(path(round, "unit=1548-INST&count=1"), 400)).contains("unit");
    assertThat(problem(path(round, "count=1"), 400)).contains("unit");
    assertThat(problem(path(round, "unit=1550-A&count=1&lang=de"), 400)).contains("lang");
    assertThat(problem(path("no-such-round", "unit=1550-A&count=1"), 404)).isNotEmpty();
    assertThat(api.get("/api/rounds/" + round + "/progress").map().get("invited")).isEqualTo(0);

    api.post("/api/rounds/" + round + "/close", Map.of());
    assertThat(problem(path(round, "unit=1550-A&count=1"), 409)).contains("closed");
  }

  private String problem(String path, int status) {
    Api.Download answer = api.download(path);
    assertThat(answer.status()).as(path).isEqualTo(status);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    return answer.text();
  }

  static String path(String round, String query) {
    return "/api/rounds/" + round + "/letters?" + query;
  }

  static List<String> links(String text) {
    Matcher m = LINK.matcher(text);
    List<String> links = new java.util.ArrayList<>();
    while (m.find()) {
      links.add(m.group());
    }
    return links;
  }

  static String token(String link) {
    Matcher m = LINK.matcher(link);
    assertThat(m.matches()).isTrue();
    return m.group(1);
  }
}
