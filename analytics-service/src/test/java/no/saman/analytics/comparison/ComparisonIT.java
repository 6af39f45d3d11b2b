package no.saman.analytics.comparison;

import static no.saman.analytics.support.Api.indicator;
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
import no.saman.analytics.support.Rounded;
import no.saman.analytics.support.Sql;
import no.saman.analytics.support.TestEvents;
import no.saman.analytics.support.Tokens;
import no.saman.infra.testing.SharedKafka;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A network of Jondal, Steinkjer and Sund over a baseline and a follow-up wave, with Molde as a
 * participant outside it: members side by side, the network and all participants pooled over what
 * may be shown, and each municipality's change since its previous round.
 */
@MicronautTest
class ComparisonIT extends IntegrationTest {

  @Inject
  @Client("/")
  HttpClient client;

  @Inject ObjectMapper json;

  private final String suffix = UUID.randomUUID().toString().substring(0, 8);
  private final String network = "cmp-" + suffix;
  private final String baseline = "2030-baseline-" + suffix;
  private final String followUp = "2031-follow-up-" + suffix;
  private TestEvents events;
  private Api anonymous;
  private int expectedResponses;

  @BeforeAll
  void produceTwoWaves() {
    anonymous = new Api(client, json);
    events = new TestEvents(SharedKafka.bootstrapServers());
    events.sendMunicipality("1227", "Jondal", "Hordaland", "nn");
    events.sendMunicipality("1702", "Steinkjer", "Trøndelag", "nb");
    events.sendMunicipality("1245", "Sund", "Hordaland", "nn");
    events.sendMunicipality("1502", "Molde", "Møre og Romsdal", "nb");
    events.sendUnit("1227", "1227-PLO", "Pleie og omsorg", null, 30, "sjukeheim");
    events.sendUnit("1702", "1702-HEIM", "Heimetjenesten", null, 40, "heimeteneste");
    events.sendUnit("1245", "1245-X", "Kjøkenet", null, 5, "anna");
    events.sendUnit("1502", "1502-SJH", "Sjukehjemmet", null, 10, "sjukeheim");
    events.sendNetwork(
        network, "Sykefravær Nord-Vest", "sjukefråvær", List.of("1227", "1702", "1245"));
    round("1227", baseline, "2030-09-01", "1227-PLO", answers(8, 50, 100, 2, 100, 100));
    round("1702", baseline, "2030-09-01", "1702-HEIM", answers(8, 80, 80, 0, 0, 0));
    round("1227", followUp, "2031-09-01", "1227-PLO", answers(10, 50, 100, 10, 100, 100));
    round("1702", followUp, "2031-09-01", "1702-HEIM", answers(12, 60, 60, 0, 0, 0));
    round("1245", followUp, "2031-09-01", "1245-X", answers(3, 20, 40, 0, 0, 0));
    round("1502", followUp, "2031-09-01", "1502-SJH", answers(6, 90, 100, 0, 0, 0));
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                new Sql(database)
                            .number(
                                "SELECT COUNT(*) FROM response_answers r JOIN survey_round s"
                                    + " ON s.id = r.round_id WHERE s.wave IN (?, ?) AND s.title IS NOT NULL",
                                baseline,
                                followUp)
                        == expectedResponses
                    && new Sql(database)
                            .number(
                                "SELECT COUNT(*) FROM network_member WHERE network = ?", network)
                        == 3);
  }

  @AfterAll
  void closeProducer() {
    events.close();
  }

  @Test
  @SuppressWarnings("unchecked")
  void shouldCompareTheMembersWithTheNetworkAndAllParticipants() {
    Map<String, Object> comparison =
        leader()
            .json(
                "/api/networks/"
                    + network
                    + "/comparison?wave="
                    + followUp
                    + "&indicators=avg_position_size,wants_larger_share");

    assertThat((Map<String, Object>) comparison.get("network"))
        .containsEntry("id", network)
        .containsEntry("members", List.of("1227", "1245", "1702"));
    List<Map<String, Object>> waves = (List<Map<String, Object>>) comparison.get("waves");
    assertThat(waves).singleElement().satisfies(w -> assertThat(w).containsEntry("wave", followUp));
    List<Map<String, Object>> indicators =
        (List<Map<String, Object>>) waves.get(0).get("indicators");
    Map<String, Object> position = indicators.get(0);
    assertThat(position).containsEntry("id", "avg_position_size");
    assertThat((List<Map<String, Object>>) position.get("municipalities"))
        .containsExactly(
            Map.of("municipality", "1227", "name", "Jondal", "value", 75.0),
            Map.of(
                "municipality",
                "1245",
                "name",
                "Sund",
                "suppressed",
                true,
                "reason",
                "too_few_responses"),
            Map.of("municipality", "1702", "name", "Steinkjer", "value", 60.0));
    assertThat(position)
        .as("pooled over Jondal and Steinkjer; all adds Molde, never suppressed Sund")
        .containsEntry("network", (10 * 50 + 10 * 100 + 12 * 60) / 32.0)
        .containsEntry("all", (10 * 50 + 10 * 100 + 12 * 60 + 6 * 90) / 38.0);
    assertThat(indicators.get(1))
        .containsEntry("network", 10 / 32.0)
        .containsEntry("all", 16 / 38.0);
  }

  @Test
  @SuppressWarnings("unchecked")
  void shouldGiveATrendOverWavesWithTheMembersThatRanNoRound() {
    Map<String, Object> comparison =
        leader()
            .json(
                "/api/networks/"
                    + network
                    + "/comparison?waves="
                    + baseline
                    + ","
                    + followUp
                    + "&indicators=avg_position_size");

    List<Map<String, Object>> waves = (List<Map<String, Object>>) comparison.get("waves");
    assertThat(waves).extracting(w -> w.get("wave")).containsExactly(baseline, followUp);
    Map<String, Object> first = ((List<Map<String, Object>>) waves.get(0).get("indicators")).get(0);
    assertThat((List<Map<String, Object>>) first.get("municipalities"))
        .extracting(m -> m.get("value") == null ? m.get("reason") : m.get("value"))
        .containsExactly(60.0, "no_round", 80.0);
    assertThat(first).containsEntry("network", (8 * 50 + 2 * 100 + 8 * 80) / 18.0);
  }

  @Test
  @SuppressWarnings("unchecked")
  void shouldPutAMunicipalityBesideItsComparisonsAndItsChangeSinceTheBaseline() {
    Map<String, Object> results =
        anonymous.as(Tokens.hr("1227")).json("/api/municipalities/1227/results?wave=" + followUp);

    assertThat(results).containsEntry("wave", followUp);
    Map<String, Object> jondal = (Map<String, Object>) results.get("municipality");
    assertThat(Api.number(jondal, "responses")).isEqualTo(20L);
    Map<String, Object> position = indicator(jondal, "avg_position_size");
    assertThat(position)
        .containsEntry("value", 75.0)
        .containsEntry(
            "compare",
            Map.of(
                "network",
                69.375,
                "networks",
                List.of(
                    Map.of(
                        "id",
                        network,
                        "name",
                        "Sykefravær Nord-Vest",
                        "value",
                        69.375,
                        "members",
                        2)),
                "county",
                75.0,
                "all",
                1380 / 19.0));
    assertThat(Rounded.twoDecimals(position.get("previous")))
        .isEqualTo(
            Map.of(
                "wave",
                baseline,
                "value",
                60.0,
                "change",
                15.0,
                "ci95",
                List.of(-3.26, 33.26),
                "significant",
                false));
    assertThat(Rounded.twoDecimals(indicator(jondal, "wants_larger_share").get("previous")))
        .isEqualTo(
            Map.of(
                "wave",
                baseline,
                "value",
                0.8,
                "change",
                -0.3,
                "ci95",
                List.of(-0.63, 0.03),
                "significant",
                false));
    List<Map<String, Object>> units = (List<Map<String, Object>>) results.get("units");
    assertThat(units)
        .singleElement()
        .satisfies(
            u -> {
              assertThat(u.get("group"))
                  .isEqualTo(
                      Map.of(
                          "municipality", "1227", "unit", "1227-PLO", "name", "Pleie og omsorg"));
              assertThat(((Map<String, Object>) indicator(u, "avg_position_size").get("compare")))
                  .as("sjukeheim units among all participants: Jondal's and Molde's")
                  .containsEntry("municipality", 75.0)
                  .containsEntry("serviceType", (10 * 50 + 10 * 100 + 6 * 90) / 26.0);
            });
  }

  @Test
  void shouldWithholdTheChangeWhenTwoRoundsDifferByFewerThanK() {
    Map<String, Object> steinkjer =
        anonymous.as(Tokens.hr("1702")).json("/api/municipalities/1702/results?wave=" + followUp);

    @SuppressWarnings("unchecked")
    Map<String, Object> municipality = (Map<String, Object>) steinkjer.get("municipality");
    assertThat(indicator(municipality, "avg_position_size").get("previous"))
        .as("12 now, 8 at the baseline")
        .isEqualTo(
            Map.of("wave", baseline, "suppressed", true, "reason", "differs_by_fewer_than_k"));
  }

  @Test
  void shouldShowANetworkLeaderItsMembersWholeAndNothingElse() {
    Api leader = leader();

    Map<String, Object> jondal = leader.json("/api/municipalities/1227/results?wave=" + followUp);
    assertThat(jondal).containsKey("municipality").doesNotContainKey("units");
    assertThat(leader.get("/api/municipalities/1502/results?wave=" + followUp).status())
        .isEqualTo(403);
    assertThat(anonymous.as(Tokens.leader("another")).get(comparisonPath()).status())
        .isEqualTo(403);
    assertThat(anonymous.as(Tokens.hr("1227")).get(comparisonPath()).status()).isEqualTo(403);
    assertThat(anonymous.as(Tokens.admin()).get(comparisonPath()).status()).isEqualTo(200);
    assertThat(leader.get(comparisonPath() + "&indicators=no_such_indicator").status())
        .isEqualTo(400);
  }

  private String comparisonPath() {
    return "/api/networks/" + network + "/comparison?wave=" + followUp;
  }

  private Api leader() {
    return anonymous.as(Tokens.leader(network));
  }

  private void round(
      String municipality, String wave, String opens, String unit, List<Map<String, Object>> all) {
    String round = "r-" + municipality + "-" + wave;
    events.sendRound(round, municipality, "Runde " + wave, wave, opens, Instruments.heiltid());
    List<String> responses = new ArrayList<>();
    for (Map<String, Object> answers : all) {
      responses.add(
          events.response(round, wave, List.of(municipality, unit), Map.of(), answers, Map.of()));
    }
    events.sendAll(municipality, responses);
    expectedResponses += all.size();
  }

  /** {@code n} answers (h1, h2), then {@code m} answers (h1b, h2b). */
  private static List<Map<String, Object>> answers(int n, int h1, int h2, int m, int h1b, int h2b) {
    List<Map<String, Object>> all = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      all.add(Map.of("H1", h1, "H2", h2));
    }
    for (int i = 0; i < m; i++) {
      all.add(Map.of("H1", h1b, "H2", h2b));
    }
    return all;
  }
}
