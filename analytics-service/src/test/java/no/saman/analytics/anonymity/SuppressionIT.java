package no.saman.analytics.anonymity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import no.saman.analytics.support.Api;
import no.saman.analytics.support.Instruments;
import no.saman.analytics.support.IntegrationTest;
import no.saman.analytics.support.Sql;
import no.saman.analytics.support.TestEvents;
import no.saman.analytics.support.Tokens;
import no.saman.infra.testing.SharedKafka;
import org.junit.jupiter.api.Test;

@MicronautTest
class SuppressionIT extends IntegrationTest {

  private static final List<String> SMALL_UNIT = List.of("1824", "1824-PLO", "1824-PLO-NATT");

  @Inject
  @Client("/")
  HttpClient client;

  @Inject ObjectMapper json;

  @Test
  void shouldSuppressUnitWithFourResponses() {
    Api api = new Api(client, json).as(Tokens.admin());
    String round = uniqueRound("1824-suppression");
    String path = "/api/rounds/" + round + "/results?unit=1824-PLO-NATT";
    try (TestEvents events = new TestEvents(SharedKafka.bootstrapServers())) {
      events.sendMunicipality("1824", "Vefsn", "Nordland", "nb");
      events.sendRound(round, "1824", "Heltid i nattjenesten");
      events.sendUnit("1824", "1824-PLO-NATT", "Nattpatruljen", "1824-PLO", 6, "heimeteneste");
      events.sendResponses(
          round,
          SMALL_UNIT,
          List.of(answers(50, 80), answers(60, 60), answers(40, 100), answers(75, 75)));
      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () ->
                  responsesOf(round) == 4
                      && organisationArrived("1824", "1824-PLO-NATT")
                      && roundArrived(round));

      Map<String, Object> suppressed = api.json(path);
      assertThat(suppressed)
          .containsOnlyKeys("round", "wave", "group", "suppressed", "reason")
          .containsEntry("suppressed", true)
          .containsEntry("reason", "too_few_responses")
          .containsEntry(
              "group",
              Map.of("municipality", "1824", "unit", "1824-PLO-NATT", "name", "Nattpatruljen"));
      assertThat(api.json("/api/rounds/" + round + "/results"))
          .containsOnlyKeys("round", "wave", "group", "suppressed", "reason");

      events.sendResponses(round, SMALL_UNIT, List.of(answers(100, 100)));
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> Boolean.FALSE.equals(api.json(path).get("suppressed")));
      Map<String, Object> shown = api.json(path);
      assertThat(Api.number(shown, "responses")).isEqualTo(5L);
      assertThat((Double) shown.get("responseRate")).isEqualTo(5 / 6.0);
      assertThat(Api.indicator(shown, "avg_position_size")).containsEntry("value", 65.0);
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void shouldSuppressTheNextSmallestUnitAndCategoryAndKeepCommentsToLargeGroups() {
    Api api = new Api(client, json).as(Tokens.hr("1245"));
    String round = uniqueRound("1245-secondary");
    try (TestEvents events = new TestEvents(SharedKafka.bootstrapServers())) {
      events.sendMunicipality("1245", "Sund", "Hordaland", "nn");
      events.sendUnit("1245", "1245-A", "Kjøkenet", null, 4, "anna");
      events.sendUnit("1245", "1245-B", "Vaskeriet", null, 8, "anna");
      events.sendUnit("1245", "1245-C", "Sjukeheimen", null, 20, "sjukeheim");
      events.sendRound(round, "1245", "Sekundær", "2013-autumn", "2013-09-01", Instruments.all());
      List<String> responses = new java.util.ArrayList<>();
      int[] sizes = {3, 6, 12};
      String[] units = {"1245-A", "1245-B", "1245-C"};
      int seq = 0;
      for (int u = 0; u < units.length; u++) {
        for (int i = 0; i < sizes[u]; i++, seq++) {
          String occupation =
              u == 0 ? (i < 2 ? "nurse" : "assistant") : u == 1 ? "assistant" : "teacher";
          responses.add(
              events.response(
                  round,
                  "2013-autumn",
                  List.of("1245", units[u]),
                  Map.of("occupation", occupation),
                  Map.of("H1", 50 + seq, "H2", 100),
                  Map.of("HEILTID", "Kommentar " + seq + " frå ola@example.no")));
        }
      }
      events.sendAll("1245", responses);
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> responsesOf(round) == 21 && roundArrived(round));

      String base = "/api/rounds/" + round + "/results";
      Map<String, Object> municipality = api.json(base + "?breakdown=occupation");
      assertThat(municipality).containsEntry("suppressed", false);
      assertThat(Api.number(municipality, "responses")).isEqualTo(21L);
      assertThat(municipality).as("comments are paged apart").doesNotContainKey("comments");
      String comments = "/api/rounds/" + round + "/comments";
      List<Map<String, Object>> texts =
          (List<Map<String, Object>>) api.json(comments).get("comments");
      assertThat(texts)
          .extracting(c -> (String) c.get("text"))
          .hasSize(21)
          .contains("Kommentar 0 frå […]")
          .noneMatch(c -> c.contains("@"));
      Map<String, Object> breakdown = (Map<String, Object>) municipality.get("breakdown");
      assertThat(breakdown).containsEntry("dimension", "occupation");
      List<Map<String, Object>> categories = (List<Map<String, Object>>) breakdown.get("groups");
      assertThat(categories)
          .extracting(g -> ((Map<String, Object>) g.get("group")).get("category"))
          .containsExactly("assistant", "nurse", "teacher");
      assertThat(categories)
          .extracting(g -> g.get("suppressed"))
          .containsExactly(true, true, false);
      assertThat(categories.get(1))
          .containsOnlyKeys("round", "wave", "group", "suppressed", "reason");
      assertThat(categories.get(2)).doesNotContainKey("comments");
      assertThat(Api.number(categories.get(2), "responses")).isEqualTo(12L);

      assertThat(api.json(base + "?unit=1245-A"))
          .containsOnlyKeys("round", "wave", "group", "suppressed", "reason");
      assertThat(api.json(base + "?unit=1245-B"))
          .as("the next smallest beside the suppressed Kjøkenet")
          .containsOnlyKeys("round", "wave", "group", "suppressed", "reason");
      Map<String, Object> large = api.json(base + "?unit=1245-C");
      assertThat(Api.number(large, "responses")).isEqualTo(12L);
      assertThat(api.json(comments + "?unit=1245-C"))
          .as("the other units together have fewer than 10")
          .containsEntry("suppressed", true)
          .containsEntry("reason", "too_few_responses_for_comments")
          .doesNotContainKey("comments");
      assertThat(api.json(comments + "?unit=1245-A"))
          .containsOnlyKeys("round", "wave", "group", "suppressed", "reason");
    }
  }

  private long responsesOf(String round) {
    return new Sql(database)
        .number(
            "SELECT COALESCE(SUM(responses), 0) FROM unit_response_count WHERE round_id = ? AND segment = ''",
            round);
  }

  private static Map<String, Object> answers(int current, int desired) {
    return Map.of("H1", current, "H2", desired);
  }
}
