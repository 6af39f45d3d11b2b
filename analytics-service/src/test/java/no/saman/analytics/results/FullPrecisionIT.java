package no.saman.analytics.results;

import static no.saman.analytics.support.Api.indicator;
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
import java.util.UUID;
import no.saman.analytics.support.Api;
import no.saman.analytics.support.Instruments;
import no.saman.analytics.support.IntegrationTest;
import no.saman.analytics.support.Sql;
import no.saman.analytics.support.TestEvents;
import no.saman.analytics.support.Tokens;
import no.saman.infra.testing.SharedKafka;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every JSON answer carries its figures unrounded (rounding is for the page and the reports):
 * Surnadal's 13 of 40 wanting a larger position is 0.325, not 0.33, its change since 7 of 30 is
 * exactly the difference of the two values, and the interval is the Wald interval to the last
 * digit.
 */
@MicronautTest
class FullPrecisionIT extends IntegrationTest {

  private static final String SURNADAL = "1566";
  private static final String UNIT = "1566-PLO";
  private static final Offset<Double> EXACT = within(1e-12);

  @Inject
  @Client("/")
  HttpClient client;

  @Inject ObjectMapper json;

  private final String suffix = UUID.randomUUID().toString().substring(0, 8);
  private final String network = "prec-" + suffix;
  private final String baseline = "2011-autumn-" + suffix;
  private final String followUp = "2012-autumn-" + suffix;
  private final String followUpRound = "r-" + SURNADAL + "-" + followUp;
  private TestEvents events;
  private Api hr;
  private Api anonymous;

  @BeforeAll
  void produceTwoRounds() {
    anonymous = new Api(client, json);
    hr = anonymous.as(Tokens.hr(SURNADAL));
    events = new TestEvents(SharedKafka.bootstrapServers());
    events.sendMunicipality(SURNADAL, "Surnadal", "Møre og Romsdal", "nn");
    events.sendUnit(SURNADAL, UNIT, "Pleie og omsorg", null, 48, "sjukeheim");
    events.sendNetwork(network, "Presisjon", "heiltid", List.of(SURNADAL));
    round(baseline, "2011-09-01", 7, 23);
    round(followUp, "2012-09-01", 13, 27);
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                new Sql(database)
                            .number(
                                "SELECT COUNT(*) FROM response_answers r JOIN survey_round s"
                                    + " ON s.id = r.round_id WHERE s.wave IN (?, ?)"
                                    + " AND s.title IS NOT NULL",
                                baseline,
                                followUp)
                        == 70
                    && new Sql(database)
                            .number(
                                "SELECT COUNT(*) FROM network_member WHERE network = ?", network)
                        == 1
                    && organisationArrived(SURNADAL, UNIT));
  }

  @AfterAll
  void closeProducer() {
    events.close();
  }

  @Test
  @SuppressWarnings("unchecked")
  void shouldGiveSharesChangesAndIntervalsUnrounded() {
    Map<String, Object> result = hr.json("/api/rounds/" + followUpRound + "/results");

    assertThat((Double) result.get("responseRate")).isEqualTo(40 / 48.0);
    Map<String, Object> share = indicator(result, "wants_larger_share");
    assertThat((Double) share.get("value")).as("13 of 40, not 0.33").isEqualTo(0.325);
    Map<String, Object> previous = (Map<String, Object>) share.get("previous");
    double before = (Double) previous.get("value");
    double change = (Double) previous.get("change");
    assertThat(before).isEqualTo(7 / 30.0);
    assertThat(change).isCloseTo(0.325 - before, EXACT);
    double half = 1.959963984540054 * Math.sqrt(0.325 * 0.675 / 40 + before * (1 - before) / 30);
    List<Double> ci95 = (List<Double>) previous.get("ci95");
    assertThat(ci95.get(0)).isCloseTo(change - half, EXACT);
    assertThat(ci95.get(1)).isCloseTo(change + half, EXACT);

    Map<String, Object> position = indicator(result, "avg_position_size");
    Map<String, Object> positionBefore = (Map<String, Object>) position.get("previous");
    assertThat((Double) positionBefore.get("value")).isCloseTo(2650 / 30.0, EXACT);
    assertThat((Double) positionBefore.get("change"))
        .isCloseTo((Double) position.get("value") - (Double) positionBefore.get("value"), EXACT);
    assertThat((Map<String, Object>) position.get("compare"))
        .containsEntry("network", 83.75)
        .containsEntry("all", 83.75);
  }

  @Test
  @SuppressWarnings("unchecked")
  void shouldGiveTheUnitTableTreeAndNetworkComparisonUnrounded() {
    Map<String, Object> municipality =
        hr.json("/api/municipalities/" + SURNADAL + "/results?wave=" + followUp);
    List<Map<String, Object>> units = (List<Map<String, Object>>) municipality.get("units");
    assertThat(indicator(units.get(0), "wants_larger_share")).containsEntry("value", 0.325);

    Map<String, Object> tree = hr.json("/api/rounds/" + followUpRound + "/units");
    assertThat((Map<String, Object>) tree.get("municipality"))
        .containsEntry("responseRate", 40 / 48.0);

    Map<String, Object> comparison =
        anonymous
            .as(Tokens.leader(network))
            .json(
                "/api/networks/"
                    + network
                    + "/comparison?wave="
                    + followUp
                    + "&indicators=wants_larger_share");
    Map<String, Object> wave = ((List<Map<String, Object>>) comparison.get("waves")).get(0);
    Map<String, Object> wants = ((List<Map<String, Object>>) wave.get("indicators")).get(0);
    assertThat(wants).containsEntry("network", 0.325).containsEntry("all", 0.325);
    assertThat((List<Map<String, Object>>) wants.get("municipalities"))
        .singleElement()
        .satisfies(m -> assertThat(m).containsEntry("value", 0.325));
  }

  @Test
  @SuppressWarnings("unchecked")
  void shouldGiveAGoalsProgressUnrounded() {
    Api.Answer created =
        hr.post(
            "/api/goals",
            Map.of(
                "municipality",
                SURNADAL,
                "indicator",
                "wants_larger_share",
                "baseline",
                0.2,
                "baselineWave",
                baseline,
                "target",
                0.5,
                "deadline",
                "2016-09-01"));

    assertThat(created.status()).isEqualTo(201);
    List<Map<String, Object>> progress =
        (List<Map<String, Object>>) hr.parse(created.body()).get("progress");
    assertThat(progress)
        .singleElement()
        .satisfies(
            step -> {
              assertThat(step).containsEntry("wave", followUp).containsEntry("value", 0.325);
              assertThat((Double) step.get("progress")).isCloseTo(0.125 / 0.3, EXACT);
              assertThat((Double) step.get("elapsed")).isCloseTo(366 / 1827.0, EXACT);
            });
  }

  /** A round of Surnadal's unit: {@code wanting} answers 50 → 80, {@code content} 100 → 100. */
  private void round(String wave, String opens, int wanting, int content) {
    String round = "r-" + SURNADAL + "-" + wave;
    events.sendRound(round, SURNADAL, "Runde " + wave, wave, opens, Instruments.heiltid());
    List<String> responses = new ArrayList<>();
    for (int i = 0; i < wanting + content; i++) {
      Map<String, Object> answers =
          i < wanting ? Map.of("H1", 50, "H2", 80) : Map.of("H1", 100, "H2", 100);
      responses.add(
          events.response(round, wave, List.of(SURNADAL, UNIT), Map.of(), answers, Map.of()));
    }
    events.sendAll(SURNADAL, responses);
  }
}
