package no.saman.analytics.recruitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
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
import no.saman.analytics.support.Api;
import no.saman.analytics.support.Instruments;
import no.saman.analytics.support.IntegrationTest;
import no.saman.analytics.support.Sql;
import no.saman.analytics.support.TestEvents;
import no.saman.analytics.support.Tokens;
import no.saman.infra.testing.SharedKafka;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * KS's recruitment model with the seeds' figures: Bindal's teachers at 86.8 % would cover the 2021
 * need at 93.9 %, its nurses at 76.9 % at 88.8 %, its skilled workers at 68.8 % at 79.8 % — each
 * group of 200 employees of whom 50 answered.
 */
@MicronautTest
class RecruitmentIT extends IntegrationTest {

  private static final String BINDAL = "1811";

  @Inject
  @Client("/")
  HttpClient client;

  @Inject ObjectMapper json;

  private final String round = uniqueRound("1811-recruitment");
  private TestEvents events;
  private Api hr;

  @BeforeAll
  void produceThreeGroups() {
    Api anonymous = new Api(client, json);
    hr = anonymous.as(Tokens.hr(BINDAL));
    events = new TestEvents(SharedKafka.bootstrapServers());
    events.sendMunicipality(BINDAL, "Bindal", "Nordland", "nn");
    events.sendUnit(BINDAL, "1811-SKULE", "Skule", null, 200, "skole");
    events.sendUnit(BINDAL, "1811-SJUKE", "Sjukeheim", null, 200, "sjukeheim");
    events.sendUnit(BINDAL, "1811-FAG", "Teknisk drift", null, 200, "anna");
    // Two small units, so that the differencing rule leaves their siblings shown (pool 6 ≥ k).
    events.sendUnit(BINDAL, "1811-LITA", "Lita eining", null, 10, "anna");
    events.sendUnit(BINDAL, "1811-LITEN", "Liten eining", null, 10, "anna");
    events.sendRound(
        round, BINDAL, "Heiltid 2011", "2011-autumn", "2011-09-01", Instruments.heiltid());
    // Teachers: 30 × 100 % and 20 × 67 % wanting 100 % → mean 86.8 %.
    send("1811-SKULE", 30, 100, 100, 20, 67, 100);
    // Nurses: 15 × 100 % and 35 × 67 % wanting 80 % → mean 76.9 %.
    send("1811-SJUKE", 15, 100, 100, 35, 67, 80);
    // Skilled workers: 10 × 100 % and 40 × 61 % wanting 100 % → mean 68.8 %.
    send("1811-FAG", 10, 100, 100, 40, 61, 100);
    send("1811-LITA", 3, 50, 100, 0, 0, 0);
    send("1811-LITEN", 3, 60, 100, 0, 0, 0);
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                roundArrived(round)
                    && organisationArrived(
                        BINDAL, "1811-SKULE", "1811-SJUKE", "1811-FAG", "1811-LITA", "1811-LITEN")
                    && new Sql(database)
                            .number(
                                "SELECT COUNT(*) FROM response_answers WHERE round_id = ?", round)
                        == 156);
  }

  @AfterAll
  void closeProducer() {
    events.close();
  }

  private void send(String unit, int a, int h1a, int h2a, int b, int h1b, int h2b) {
    List<Map<String, Object>> answers = new ArrayList<>();
    for (int i = 0; i < a; i++) {
      answers.add(Map.of("H1", h1a, "H2", h2a));
    }
    for (int i = 0; i < b; i++) {
      answers.add(Map.of("H1", h1b, "H2", h2b));
    }
    events.sendResponses(round, List.of(BINDAL, unit), answers);
  }

  private Map<String, Object> scenario(String unit, String need) {
    return hr.json("/api/rounds/" + round + "/recruitment?unit=" + unit + "&need=" + need);
  }

  @Test
  void shouldReproduceTheSeedsTeachers() {
    // 200 × (93.9 − 86.8) % = 14.2 FTE needed; the wishes hold 20 × 33 % × 200/50 = 26.4.
    Map<String, Object> s = scenario("1811-SKULE", "14.2");

    assertThat((Double) s.get("averageNow")).isCloseTo(86.8, within(1e-9));
    assertThat((Double) s.get("fteNow")).isCloseTo(173.6, within(1e-9));
    assertThat((Double) s.get("averageToCover")).isCloseTo(93.9, within(1e-9));
    assertThat((Double) s.get("hiddenFte")).isCloseTo(26.4, within(1e-9));
    assertThat((Double) s.get("coveredShare")).isCloseTo(1.0, within(1e-12));
    assertThat((Double) s.get("fteIfWishesMet")).isCloseTo(200.0, within(1e-9));
    assertThat(s).containsEntry("headcount", 200).containsEntry("suppressed", false);
  }

  @Test
  void shouldReproduceTheSeedsNurses() {
    // 200 × (88.8 − 76.9) % = 23.8 FTE needed; the wishes hold only 35 × 13 % × 4 = 18.2.
    Map<String, Object> s = scenario("1811-SJUKE", "23.8");

    assertThat((Double) s.get("averageNow")).isCloseTo(76.9, within(1e-9));
    assertThat((Double) s.get("averageToCover")).isCloseTo(88.8, within(1e-9));
    assertThat((Double) s.get("hiddenFte")).isCloseTo(18.2, within(1e-9));
    assertThat((Double) s.get("coveredShare")).isCloseTo(18.2 / 23.8, within(1e-12));
    assertThat((Double) s.get("averageIfWishesMet")).isCloseTo(86.0, within(1e-9));
  }

  @Test
  void shouldReproduceTheSeedsSkilledWorkers() {
    // 200 × (79.8 − 68.8) % = 22 FTE needed.
    Map<String, Object> s = scenario("1811-FAG", "22");

    assertThat((Double) s.get("averageNow")).isCloseTo(68.8, within(1e-9));
    assertThat((Double) s.get("averageToCover")).isCloseTo(79.8, within(1e-9));
    assertThat((Double) s.get("coveredShare")).isCloseTo(1.0, within(1e-12));
  }

  @Test
  void shouldGiveTheHiddenReserveWithoutANeed() {
    Map<String, Object> s = hr.json("/api/rounds/" + round + "/recruitment?unit=1811-FAG");

    assertThat((Double) s.get("hiddenFte")).isCloseTo(62.4, within(1e-9));
    assertThat(s)
        .containsEntry("positionsNotAdvertised", 62)
        .doesNotContainKeys("need", "coveredShare", "averageToCover");
  }

  @Test
  void shouldSayNothingOfAGroupBelowTheThreshold() {
    Map<String, Object> s = scenario("1811-LITA", "1");

    assertThat(s)
        .containsEntry("suppressed", true)
        .containsEntry("reason", "too_few_responses")
        .doesNotContainKeys("headcount", "averageNow", "hiddenFte", "fteNow");
  }

  @Test
  @SuppressWarnings("unchecked")
  void shouldNameABadNeed() {
    for (String need : List.of("0", "-3", "many", "NaN", "1e9")) {
      Api.Answer answer =
          hr.get("/api/rounds/" + round + "/recruitment?unit=1811-FAG&need=" + need);
      assertThat(answer.status()).as(need).isEqualTo(400);
      assertThat(answer.contentType()).startsWith("application/problem+json");
      assertThat((List<Map<String, Object>>) hr.parse(answer.body()).get("errors"))
          .extracting(e -> e.get("name"))
          .containsExactly("need");
    }
  }
}
