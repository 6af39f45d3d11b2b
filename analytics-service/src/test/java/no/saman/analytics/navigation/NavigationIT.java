package no.saman.analytics.navigation;

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
import java.util.Collections;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the results page picks from: a municipality's rounds, a round's unit tree with response
 * rates under the anonymity guard, and a network's members and waves.
 */
@MicronautTest
class NavigationIT extends IntegrationTest {

  private static final String RAUMA = "1539";
  private static final String NESSET = "1543";

  @Inject
  @Client("/")
  HttpClient client;

  @Inject ObjectMapper json;

  private final String autumn = uniqueRound("1539-autumn");
  private final String spring = uniqueRound("1539-spring");
  private final String nessetRound = uniqueRound("1543-2014");
  private final String network = "nav-" + UUID.randomUUID().toString().substring(0, 8);
  private Api hr;
  private TestEvents events;

  @BeforeAll
  void produceTwoRoundsAndANetwork() {
    hr = new Api(client, json).as(Tokens.hr(RAUMA));
    events = new TestEvents(SharedKafka.bootstrapServers());
    events.sendMunicipality(RAUMA, "Rauma", "Møre og Romsdal", "nn");
    events.sendMunicipality(NESSET, "Nesset", "Møre og Romsdal", "nb");
    events.sendUnit(RAUMA, "1539-HO", "Helse og omsorg", null, 0, "administrasjon");
    events.sendUnit(RAUMA, "1539-A", "Avdeling A", "1539-HO", 20, "sjukeheim");
    events.sendUnit(RAUMA, "1539-B", "Avdeling B", "1539-HO", 10, "sjukeheim");
    events.sendUnit(RAUMA, "1539-C", "Avdeling C", "1539-HO", 10, "bufellesskap");
    events.sendNetwork(network, "Heiltid Romsdal", "heiltid/deltid", List.of(RAUMA, NESSET));
    events.sendRound(
        spring, RAUMA, "Heiltid våren 2012", "2012-spring", "2012-03-01", Instruments.heiltid());
    events.sendRound(
        autumn, RAUMA, "Heiltid hausten 2013", "2013-autumn", "2013-09-01", Instruments.heiltid());
    events.sendRound(
        nessetRound, NESSET, "Heiltid 2014", "2014-spring", "2014-03-01", Instruments.heiltid());
    events.sendResponses(autumn, path("1539-A"), answers(8));
    events.sendResponses(autumn, path("1539-B"), answers(6));
    events.sendResponses(autumn, path("1539-C"), answers(2));
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                organisationArrived(RAUMA, "1539-HO", "1539-A", "1539-B", "1539-C")
                    && organisationArrived(NESSET)
                    && roundArrived(spring)
                    && roundArrived(autumn)
                    && roundArrived(nessetRound)
                    && new Sql(database)
                            .number(
                                "SELECT COUNT(*) FROM network_member WHERE network = ?", network)
                        == 2
                    && Long.valueOf(16)
                        .equals(
                            number(hr.json("/api/rounds/" + autumn + "/results"), "responses")));
  }

  @AfterAll
  void closeProducer() {
    events.close();
  }

  @Test
  @SuppressWarnings("unchecked")
  void shouldListTheMunicipalitysRoundsLatestFirstWithItsLanguage() {
    Map<String, Object> list = hr.json("/api/rounds?municipality=" + RAUMA);

    assertThat(list.get("municipality"))
        .isEqualTo(
            Map.of("code", RAUMA, "name", "Rauma", "county", "Møre og Romsdal", "language", "nn"));
    List<Map<String, Object>> rounds = (List<Map<String, Object>>) list.get("rounds");
    assertThat(rounds)
        .containsExactly(
            Map.of(
                "id", autumn,
                "title", "Heiltid hausten 2013",
                "wave", "2013-autumn",
                "opens", "2013-09-01",
                "closes", "2013-09-29",
                "status", "open"),
            Map.of(
                "id", spring,
                "title", "Heiltid våren 2012",
                "wave", "2012-spring",
                "opens", "2012-03-01",
                "closes", "2012-03-29",
                "status", "open"));
  }

  @Test
  void shouldNameTheMissingMunicipalityAsAProblem() {
    Api.Answer answer = hr.get("/api/rounds");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(new String(answer.body(), java.nio.charset.StandardCharsets.UTF_8))
        .contains("\"name\":\"municipality\"");
  }

  @Test
  @SuppressWarnings("unchecked")
  void shouldGiveEveryUnitItsResponseRateAndNoCountBelowTheThreshold() {
    Map<String, Object> tree = hr.json("/api/rounds/" + autumn + "/units");

    assertThat(tree).containsEntry("round", autumn).containsEntry("wave", "2013-autumn");
    Map<String, Object> whole = (Map<String, Object>) tree.get("municipality");
    assertThat(whole)
        .containsEntry("name", "Rauma")
        .containsEntry("depth", 0)
        .containsEntry("suppressed", false)
        .containsEntry("responseRate", 0.4)
        .doesNotContainKey("unit");
    assertThat(number(whole, "responses")).isEqualTo(16L);
    assertThat(number(whole, "headcount")).isEqualTo(40L);
    List<Map<String, Object>> units = (List<Map<String, Object>>) tree.get("units");
    assertThat(units)
        .extracting(u -> u.get("unit"))
        .containsExactly("1539-HO", "1539-A", "1539-B", "1539-C");
    assertThat(units.get(0)).containsEntry("depth", 1).doesNotContainKey("parent");
    Map<String, Object> a = units.get(1);
    assertThat(a)
        .containsEntry("name", "Avdeling A")
        .containsEntry("parent", "1539-HO")
        .containsEntry("depth", 2)
        .containsEntry("serviceType", "sjukeheim")
        .containsEntry("suppressed", false)
        .containsEntry("responseRate", 0.4);
    assertThat(number(a, "responses")).isEqualTo(8L);
    for (Map<String, Object> hidden : units.subList(2, 4)) {
      assertThat(hidden)
          .as("C has 2 responses; B goes too, or C would be 16 − 8 − B")
          .containsEntry("suppressed", true)
          .containsEntry("reason", "too_few_responses")
          .doesNotContainKeys("responses", "responseRate");
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void shouldGiveTheLeaderTheNetworksMembersAndWavesEarliestFirst() {
    Api leader = new Api(client, json).as(Tokens.leader(network));

    Map<String, Object> overview = leader.json("/api/networks/" + network);

    assertThat(overview)
        .containsEntry("id", network)
        .containsEntry("name", "Heiltid Romsdal")
        .containsEntry("theme", "heiltid/deltid")
        .containsEntry("waves", List.of("2012-spring", "2013-autumn", "2014-spring"));
    assertThat((List<Map<String, Object>>) overview.get("members"))
        .extracting(m -> m.get("code") + " " + m.get("name") + " " + m.get("language"))
        .containsExactly("1539 Rauma nn", "1543 Nesset nb");
  }

  @Test
  void shouldAnswer404ForAnUnknownNetworkToAnAdmin() {
    Api.Answer answer = new Api(client, json).as(Tokens.admin()).get("/api/networks/no-such-net");

    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.contentType()).startsWith("application/problem+json");
  }

  private static List<String> path(String unit) {
    return List.of(RAUMA, "1539-HO", unit);
  }

  private static List<Map<String, Object>> answers(int count) {
    List<Map<String, Object>> all = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      all.add(Map.of("H1", 50 + i, "H2", 80));
    }
    Collections.shuffle(all);
    return all;
  }
}
