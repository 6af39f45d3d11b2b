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
      assertThat(shown).containsEntry("responseRate", 0.83);
      assertThat(Api.indicator(shown, "avg_position_size")).containsEntry("value", 65.0);
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
