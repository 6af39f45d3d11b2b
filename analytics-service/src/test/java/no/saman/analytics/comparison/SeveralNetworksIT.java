package no.saman.analytics.comparison;

import static no.saman.analytics.support.Api.indicator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
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
import no.saman.analytics.support.Workbook;
import no.saman.infra.testing.SharedKafka;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Averøy belongs to two networks (with Gjemnes on full time, with Tingvoll on competence): its
 * results compare it with each of them, every network pooled over its own members; Gjemnes, in one
 * network only, keeps the single {@code network} value beside the list.
 */
@MicronautTest
class SeveralNetworksIT extends IntegrationTest {

  private static final String AVEROY = "1554";
  private static final String GJEMNES = "1557";
  private static final String TINGVOLL = "1560";
  private static final Offset<Double> EXACT = within(1e-12);

  @Inject
  @Client("/")
  HttpClient client;

  @Inject ObjectMapper json;

  private final String suffix = UUID.randomUUID().toString().substring(0, 8);
  private final String fullTime = "a-heiltid-" + suffix;
  private final String competence = "b-kompetanse-" + suffix;
  private final String wave = "2032-autumn-" + suffix;
  private TestEvents events;
  private Api anonymous;

  @BeforeAll
  void produceThreeMunicipalitiesInTwoNetworks() {
    anonymous = new Api(client, json);
    events = new TestEvents(SharedKafka.bootstrapServers());
    events.sendMunicipality(AVEROY, "Averøy", "Møre og Romsdal", "nn");
    events.sendMunicipality(GJEMNES, "Gjemnes", "Møre og Romsdal", "nn");
    events.sendMunicipality(TINGVOLL, "Tingvoll", "Møre og Romsdal", "nn");
    events.sendUnit(AVEROY, AVEROY + "-PLO", "Pleie og omsorg", null, 50, "sjukeheim");
    events.sendUnit(GJEMNES, GJEMNES + "-PLO", "Pleie og omsorg", null, 20, "sjukeheim");
    events.sendUnit(TINGVOLL, TINGVOLL + "-PLO", "Pleie og omsorg", null, 20, "sjukeheim");
    events.sendNetwork(fullTime, "Heiltid Nordmøre", "heiltid", List.of(AVEROY, GJEMNES));
    events.sendNetwork(competence, "Kompetanse Nordmøre", "kompetanse", List.of(AVEROY, TINGVOLL));
    round(AVEROY, 13, 27);
    round(GJEMNES, 4, 6);
    round(TINGVOLL, 1, 7);
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                new Sql(database)
                            .number(
                                "SELECT COUNT(*) FROM response_answers r JOIN survey_round s"
                                    + " ON s.id = r.round_id WHERE s.wave = ?"
                                    + " AND s.title IS NOT NULL",
                                wave)
                        == 58
                    && new Sql(database)
                            .number(
                                "SELECT COUNT(*) FROM network_member WHERE network IN (?, ?)",
                                fullTime,
                                competence)
                        == 4);
  }

  @AfterAll
  void closeProducer() {
    events.close();
  }

  @Test
  @SuppressWarnings("unchecked")
  void shouldCompareAMunicipalityWithEachOfItsNetworks() {
    Map<String, Object> averoy =
        (Map<String, Object>)
            anonymous
                .as(Tokens.hr(AVEROY))
                .json("/api/municipalities/" + AVEROY + "/results?wave=" + wave)
                .get("municipality");

    Map<String, Object> compare =
        (Map<String, Object>) indicator(averoy, "wants_larger_share").get("compare");
    assertThat(compare).as("in two networks: no single one to pick").doesNotContainKey("network");
    assertThat((Double) compare.get("all")).isCloseTo(18 / 58.0, EXACT);
    List<Map<String, Object>> networks = (List<Map<String, Object>>) compare.get("networks");
    assertThat(networks)
        .extracting(n -> n.get("id"), n -> n.get("name"), n -> Api.number(n, "members"))
        .containsExactly(
            tuple(fullTime, "Heiltid Nordmøre", 2L), tuple(competence, "Kompetanse Nordmøre", 2L));
    assertThat((Double) networks.get(0).get("value")).isCloseTo(17 / 50.0, EXACT);
    assertThat((Double) networks.get(1).get("value")).isCloseTo(14 / 48.0, EXACT);
  }

  @Test
  @SuppressWarnings("unchecked")
  void shouldCompareAUnitWithEachNetworkOfItsMunicipality() {
    Map<String, Object> results =
        anonymous
            .as(Tokens.hr(AVEROY))
            .json("/api/municipalities/" + AVEROY + "/results?wave=" + wave);
    Map<String, Object> unit = ((List<Map<String, Object>>) results.get("units")).get(0);

    Map<String, Object> compare =
        (Map<String, Object>) indicator(unit, "avg_position_size").get("compare");
    List<Map<String, Object>> networks = (List<Map<String, Object>>) compare.get("networks");
    assertThat(networks).extracting(n -> n.get("id")).containsExactly(fullTime, competence);
    assertThat((Double) networks.get(0).get("value")).isCloseTo((3350 + 800) / 50.0, EXACT);
    assertThat((Double) networks.get(1).get("value")).isCloseTo((3350 + 750) / 48.0, EXACT);
  }

  @Test
  @SuppressWarnings("unchecked")
  void shouldKeepTheSingleNetworkValueForAMunicipalityInOneNetwork() {
    Map<String, Object> gjemnes =
        (Map<String, Object>)
            anonymous
                .as(Tokens.hr(GJEMNES))
                .json("/api/municipalities/" + GJEMNES + "/results?wave=" + wave)
                .get("municipality");

    Map<String, Object> compare =
        (Map<String, Object>) indicator(gjemnes, "wants_larger_share").get("compare");
    assertThat((Double) compare.get("network")).isCloseTo(17 / 50.0, EXACT);
    List<Map<String, Object>> networks = (List<Map<String, Object>>) compare.get("networks");
    assertThat(networks)
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n)
                  .containsEntry("id", fullTime)
                  .containsEntry("value", compare.get("network"));
              assertThat(Api.number(n, "members")).isEqualTo(2L);
            });
  }

  @Test
  void shouldGiveTheUnitReportOneComparisonColumnPerNetwork() {
    Api.Answer answer =
        anonymous
            .as(Tokens.hr(AVEROY))
            .get(
                "/api/reports/unit?round=r-"
                    + AVEROY
                    + "-"
                    + wave
                    + "&unit="
                    + AVEROY
                    + "-PLO&format=xlsx");

    assertThat(answer.status()).isEqualTo(200);
    Workbook xlsx = Workbook.read(answer.body());
    String row = "Del som ønskjer større stilling";
    assertThat(xlsx.number("Nøkkeltal", row, "Nettverket Heiltid Nordmøre"))
        .isCloseTo(17 / 50.0, EXACT);
    assertThat(xlsx.number("Nøkkeltal", row, "Nettverket Kompetanse Nordmøre"))
        .isCloseTo(14 / 48.0, EXACT);
    assertThat(xlsx.number("Nøkkeltal", row, "Eininga")).isEqualTo(0.325);
  }

  /** A round of the municipality's unit: {@code wanting} answers 50 → 80, {@code content} 100. */
  private void round(String municipality, int wanting, int content) {
    String round = "r-" + municipality + "-" + wave;
    events.sendRound(
        round, municipality, "Runde " + wave, wave, "2032-09-01", Instruments.heiltid());
    List<String> responses = new ArrayList<>();
    for (int i = 0; i < wanting + content; i++) {
      Map<String, Object> answers =
          i < wanting ? Map.of("H1", 50, "H2", 80) : Map.of("H1", 100, "H2", 100);
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
