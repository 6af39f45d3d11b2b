package no.saman.survey.invitation.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import no.saman.survey.support.Api;
import no.saman.survey.support.SurveyServiceIT;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class LinkCsvIT extends SurveyServiceIT {

  @Test
  void shouldListNewLinksForExcelWithNorwegianSettingsThatAnswerOnce() {
    String round = openRound("1548", "1548-INST");

    Api.Download csv = api.download(path(round, "unit=1548-INST&count=4"));

    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.contentType()).startsWith("text/csv");
    assertThat(Arrays.copyOf(csv.body(), 3))
        .as("UTF-8 byte order mark")
        .containsExactly(0xEF, 0xBB, 0xBF);
    List<String> lines = csv.text().substring(1).lines().toList();
    assertThat(lines.get(0)).isEqualTo("unit;link");
    assertThat(lines.subList(1, lines.size()))
        .hasSize(4)
        .allMatch(line -> line.matches("1548-INST;https?://\\S+/s/[A-Za-z0-9_-]{43}"))
        .doesNotHaveDuplicates();
    String token = lines.get(1).substring(lines.get(1).lastIndexOf('/') + 1);
    assertThat(
            respondent.post("/api/survey/" + token + "/response", validResponse(50, 50)).status())
        .isEqualTo(201);
    assertThat(api.get("/api/rounds/" + round + "/progress").map().get("invited")).isEqualTo(4);
  }

  @Test
  void shouldNameTheBadFieldAndRefuseAClosedRound() {
    String round = openRound("1549", "1549-HEIM");

    Api.Download noCount = api.download(path(round, "unit=1549-HEIM"));
    Api.Download badUnit = api.download(path(round, "unit=X&count=1"));
    api.post("/api/rounds/" + round + "/close", Map.of());
    Api.Download closed = api.download(path(round, "unit=1549-HEIM&count=1"));
    Api.Answer closedJson =
        api.post("/api/rounds/" + round + "/invitations", Map.of("unit", "1549-HEIM", "count", 1));

    assertThat(noCount.status()).isEqualTo(400);
    assertThat(noCount.text()).contains("\"count\"");
    assertThat(badUnit.status()).isEqualTo(400);
    assertThat(badUnit.text()).contains("\"unit\"");
    assertThat(closed.status()).isEqualTo(409);
    assertThat(closed.contentType()).startsWith("application/problem+json");
    assertThat(closedJson.status()).as("the JSON links of a closed round").isEqualTo(409);
    assertThat(api.get("/api/rounds/" + round + "/progress").map().get("invited")).isEqualTo(0);
  }

  private static String path(String round, String query) {
    return "/api/rounds/" + round + "/invitations.csv?" + query;
  }
}
