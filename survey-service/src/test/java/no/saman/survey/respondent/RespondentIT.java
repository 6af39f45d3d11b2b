package no.saman.survey.respondent;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.saman.survey.support.Api;
import no.saman.survey.support.SurveyServiceIT;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class RespondentIT extends SurveyServiceIT {

  @Test
  @SuppressWarnings("unchecked")
  void shouldOpenTheQuestionnaireInTheMunicipalitysLanguageOrTheOneAskedFor() {
    String round = openRound("1570", "1570-A");
    String token = invite(round, "1570-A", 1).get(0);

    Map<String, Object> nn = respondent.get("/api/survey/" + token).map();
    Map<String, Object> en = respondent.get("/api/survey/" + token + "?lang=en").map();

    assertThat(nn.get("language")).isEqualTo("nn");
    assertThat(nn.get("municipality")).isEqualTo("Fræna");
    Map<String, Object> heiltid = ((List<Map<String, Object>>) nn.get("modules")).get(0);
    Map<String, Object> h1 = ((List<Map<String, Object>>) heiltid.get("items")).get(0);
    assertThat(h1).containsEntry("id", "H1").containsEntry("required", true);
    assertThat(h1.get("text")).isEqualTo("Kva er stillingsprosenten din i dag?");
    Map<String, Object> enH1 =
        ((List<Map<String, Object>>)
                ((List<Map<String, Object>>) en.get("modules")).get(0).get("items"))
            .get(0);
    assertThat(enH1.get("text")).isEqualTo("What is your position size today (per cent)?");
    assertThat((List<?>) nn.get("background")).hasSize(3);
  }

  @Test
  void shouldShowARenamedMunicipalityAndAnExtendedRoundAtOnceThoughBothAreCached() {
    String round = openRound("1572", "1572-A");
    String token = invite(round, "1572-A", 1).get(0);
    Map<String, Object> before = respondent.get("/api/survey/" + token).map();
    String closes = (String) before.get("closes");

    api.put(
        "/api/municipalities/1572",
        Map.of("name", "Hustadvika", "county", "Møre og Romsdal", "language", "nn"));
    String later = LocalDate.parse(closes).plusDays(7).toString();
    assertThat(api.post("/api/rounds/" + round + "/extend", Map.of("closes", later)).status())
        .isEqualTo(200);
    Map<String, Object> after = respondent.get("/api/survey/" + token).map();

    assertThat(before.get("municipality")).isEqualTo("Fræna");
    assertThat(after.get("municipality")).isEqualTo("Hustadvika");
    assertThat(after.get("closes")).isEqualTo(later);
    assertThat(after.get("modules")).isEqualTo(before.get("modules"));
  }

  @Test
  void shouldSaveAndResumeADraftAndForgetItOnceSubmitted() throws SQLException {
    String round = openRound("1571", "1571-A");
    String token = invite(round, "1571-A", 1).get(0);
    Map<String, Object> draft = Map.of("language", "nb", "answers", Map.of("H1", 60));

    assertThat(respondent.put("/api/survey/" + token + "/draft", draft).status()).isEqualTo(204);
    Map<String, Object> resumed = respondent.get("/api/survey/" + token).map();

    assertThat(resumed.get("draft")).isEqualTo(draft);
    assertThat(resumed.get("language")).as("the draft's language").isEqualTo("nb");
    assertThat(drafts()).isEqualTo(1);

    assertThat(
            respondent.post("/api/survey/" + token + "/response", validResponse(60, 80)).status())
        .isEqualTo(201);
    assertThat(drafts()).as("nothing ties the used token to the answers").isZero();
    assertThat(respondent.get("/api/survey/" + token).status()).isEqualTo(409);
  }

  @Test
  void shouldRefuseADraftWithUnknownFields() {
    String round = openRound("1572", "1572-A");
    String token = invite(round, "1572-A", 1).get(0);

    Api.Answer answer = respondent.put("/api/survey/" + token + "/draft", Map.of("ip", "10.0.0.1"));

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.body()).contains("ip");
  }

  @Test
  void shouldAnswer404ForTheQuestionnaireOfAnUnknownLink() {
    assertThat(respondent.get("/api/survey/" + "B".repeat(43)).status()).isEqualTo(404);
  }

  private long drafts() throws SQLException {
    try (Connection c = database.connect();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM draft")) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
