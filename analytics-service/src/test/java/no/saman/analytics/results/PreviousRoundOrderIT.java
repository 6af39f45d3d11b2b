package no.saman.analytics.results;

import static no.saman.analytics.support.Api.indicator;
import static no.saman.analytics.support.Api.number;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.saman.analytics.support.Api;
import no.saman.analytics.support.Instruments;
import no.saman.analytics.support.IntegrationTest;
import no.saman.analytics.support.TestEvents;
import no.saman.analytics.support.Tokens;
import no.saman.infra.testing.SharedKafka;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two rounds of a municipality that opened the same day: the previous of the later wave is the
 * earlier wave, whichever round was created first and however their random ids sort, so the change
 * and its interval point from the earlier wave to the later one.
 */
@MicronautTest
class PreviousRoundOrderIT extends IntegrationTest {

  private static final String SAME_DAY = "2042-09-01";
  // Codes no other test class uses: every class's service reads the shared topics from the start.
  private static final String EARLIER_FIRST = "1573";
  private static final String LATER_FIRST = "1571";

  @Inject
  @Client("/")
  HttpClient client;

  @Inject ObjectMapper json;

  private final String suffix = UUID.randomUUID().toString().substring(0, 8);
  private final String earlierWave = "2041-autumn-" + suffix;
  private final String laterWave = "2042-autumn-" + suffix;
  private TestEvents events;
  private Api api;

  @BeforeAll
  void sendBothRoundsInBothCreationOrders() {
    api = new Api(client, json).as(Tokens.admin());
    events = new TestEvents(SharedKafka.bootstrapServers());
    for (String municipality : List.of(EARLIER_FIRST, LATER_FIRST)) {
      events.sendMunicipality(municipality, "Kommune " + municipality, "Møre og Romsdal", "nn");
      events.sendUnit(
          municipality, municipality + "-PLO", "Pleie og omsorg", null, 20, "sjukeheim");
    }
    // The id of the round created first sorts after the other's, so an order by id is wrong.
    round(EARLIER_FIRST, earlierWave, "b", 50);
    round(EARLIER_FIRST, laterWave, "a", 70);
    round(LATER_FIRST, laterWave, "b", 70);
    round(LATER_FIRST, earlierWave, "a", 50);
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                List.of(EARLIER_FIRST, LATER_FIRST).stream()
                    .allMatch(
                        m ->
                            Long.valueOf(8).equals(number(results(m, earlierWave), "responses"))
                                && Long.valueOf(8)
                                    .equals(number(results(m, laterWave), "responses"))));
  }

  @AfterAll
  void closeProducer() {
    events.close();
  }

  @Test
  void shouldCompareTheLaterWaveWithTheEarlierWhenTheEarlierRoundWasCreatedFirst() {
    assertChangeFromEarlierToLater(EARLIER_FIRST);
  }

  @Test
  void shouldCompareTheLaterWaveWithTheEarlierWhenTheLaterRoundWasCreatedFirst() {
    assertChangeFromEarlierToLater(LATER_FIRST);
  }

  @SuppressWarnings("unchecked")
  private void assertChangeFromEarlierToLater(String municipality) {
    Map<String, Object> later = indicator(results(municipality, laterWave), "avg_position_size");
    Map<String, Object> earlier =
        indicator(results(municipality, earlierWave), "avg_position_size");

    assertThat(later.get("value")).isEqualTo(72.5);
    Map<String, Object> previous = (Map<String, Object>) later.get("previous");
    assertThat(previous).isNotNull();
    assertThat(previous)
        .containsEntry("wave", earlierWave)
        .containsEntry("value", 52.5)
        .containsEntry("change", 20.0)
        .containsEntry("significant", true);
    List<Double> ci95 = (List<Double>) previous.get("ci95");
    assertThat(ci95.get(0)).isPositive().isLessThan(20.0);
    assertThat(ci95.get(1)).isGreaterThan(20.0);
    assertThat(earlier.get("previous")).as("the earlier wave has no previous").isNull();
  }

  private Map<String, Object> results(String municipality, String wave) {
    return (Map<String, Object>)
        api.json("/api/municipalities/" + municipality + "/results?wave=" + wave)
            .get("municipality");
  }

  /** A round opened on the same day, answered 6 times with H1 and twice with H1 + 10. */
  private void round(String municipality, String wave, String idSorting, int h1) {
    String round = "r-" + suffix + "-" + idSorting + "-" + municipality;
    events.sendRound(round, municipality, "Runde " + wave, wave, SAME_DAY, Instruments.heiltid());
    await().atMost(Duration.ofSeconds(30)).until(() -> roundArrived(round));
    List<String> responses = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      Map<String, Object> answers = Map.of("H1", i < 6 ? h1 : h1 + 10, "H2", 100);
      responses.add(
          events.response(
              round,
              wave,
              List.of(municipality, municipality + "-PLO"),
              Map.of(),
              answers,
              Map.of()));
    }
    events.sendAll(municipality, responses);
  }
}
