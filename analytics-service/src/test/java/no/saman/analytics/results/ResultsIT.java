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
import java.util.List;
import java.util.Map;
import no.saman.analytics.support.Api;
import no.saman.analytics.support.FraenaAnswers;
import no.saman.analytics.support.Instruments;
import no.saman.analytics.support.IntegrationTest;
import no.saman.analytics.support.Rounded;
import no.saman.analytics.support.TestEvents;
import no.saman.analytics.support.Tokens;
import no.saman.infra.testing.SharedKafka;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@MicronautTest
class ResultsIT extends IntegrationTest {

  private static final List<String> INST = List.of("1548", "1548-PLO", "1548-PLO-INST");
  private static final List<String> HEIM = List.of("1548", "1548-HEIM");

  @Inject
  @Client("/")
  HttpClient client;

  @Inject ObjectMapper json;

  private final String round = uniqueRound("1548-2013-autumn");
  private TestEvents events;
  private Api api;

  @BeforeAll
  void produceFraenasRound() {
    api = new Api(client, json).as(Tokens.admin());
    events = new TestEvents(SharedKafka.bootstrapServers());
    events.sendFraena();
    events.sendRound(
        round, "1548", "Heiltid og deltid i Fræna", "2013-autumn", "2013-09-01", Instruments.all());
    events.sendResponses(round, INST, FraenaAnswers.institusjonstenesta());
    events.sendResponses(round, HEIM, FraenaAnswers.heimebaserteTenester());
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                organisationArrived("1548", "1548-PLO", "1548-PLO-INST", "1548-HEIM")
                    && roundArrived(round)
                    && Long.valueOf(200).equals(number(api.json(results(null)), "responses")));
  }

  @AfterAll
  void closeProducer() {
    events.close();
  }

  @Test
  void shouldGiveInstitusjonstenestaItsPublishedFiguresBesideFraenas() {
    Map<String, Object> exact = api.json(results("1548-PLO-INST"));
    assertThat(indicator(exact, "avg_position_size")).containsEntry("value", 3335.0 / 57);
    Map<String, Object> result = Rounded.twoDecimals(exact);

    assertThat(result)
        .containsEntry("round", round)
        .containsEntry("wave", "2013-autumn")
        .containsEntry("suppressed", false)
        .containsEntry(
            "group",
            Map.of("municipality", "1548", "unit", "1548-PLO-INST", "name", "Institusjonstenesta"));
    assertThat(number(result, "responses")).isEqualTo(57L);
    assertThat(result.get("responseRate")).isEqualTo(0.63);
    assertThat(result.get("asOf").toString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
    assertThat(indicator(result, "avg_position_size"))
        .containsEntry("value", 58.51)
        .extracting("compare", org.assertj.core.api.InstanceOfAssertFactories.MAP)
        .containsEntry("municipality", 71.05);
    assertThat(indicator(result, "wants_larger_share"))
        .containsEntry("value", 0.42)
        .extracting("compare", org.assertj.core.api.InstanceOfAssertFactories.MAP)
        .containsEntry("municipality", 0.42);
    assertThat(indicator(result, "hidden_fte"))
        .containsEntry("value", 5.39)
        .extracting("compare", org.assertj.core.api.InstanceOfAssertFactories.MAP)
        .containsEntry("municipality", 20.39);
  }

  @Test
  @SuppressWarnings("unchecked")
  void shouldGiveTheItemStatisticsOfEveryItemAnsweredByEnough() {
    Map<String, Object> result = Rounded.twoDecimals(api.json(results("1548-PLO-INST")));

    List<Map<String, Object>> items = (List<Map<String, Object>>) result.get("items");
    assertThat(items)
        .extracting(i -> i.get("id"))
        .containsExactly("H1", "H2", "H3", "H4", "H5", "H6", "H7");
    Map<String, Object> h1 = items.get(0);
    assertThat(number(h1, "n")).isEqualTo(57L);
    assertThat(h1.get("mean")).isEqualTo(58.51);
    assertThat(h1.get("distribution"))
        .isEqualTo(Map.of("27", 5, "30", 5, "40", 10, "50", 15, "75", 12, "100", 10));
    Map<String, Object> h7 = items.get(6);
    assertThat(h7).containsKeys("topBox", "bottomBox", "sd");
    assertThat((Map<String, Object>) items.get(5).get("distribution"))
        .containsEntry("every_3rd", 57);
  }

  @Test
  @SuppressWarnings("unchecked")
  void shouldDocumentEveryIndicatorIncludingTheIndicesOfStoredInstruments() {
    List<Map<String, Object>> catalogue =
        (List<Map<String, Object>>) (Object) api.parseList(api.get("/api/indicators").body());

    assertThat(catalogue)
        .filteredOn(i -> "avg_position_size".equals(i.get("id")))
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.get("names"))
                  .isEqualTo(
                      Map.of(
                          "nn", "Gjennomsnittleg stillingsstorleik",
                          "nb", "Gjennomsnittlig stillingsstørrelse",
                          "en", "Average position size"));
              assertThat(i).containsEntry("unit", "percent").containsEntry("source", "survey");
              assertThat(i.get("definition").toString()).contains("mean(H1)");
            });
    assertThat(catalogue)
        .extracting(i -> i.get("id"))
        .contains(
            "hidden_fte_est",
            "mastery_leadership_index",
            "mastery_leadership_index_100",
            "presence_index_alpha",
            "sick_leave_pct",
            "long_term_healthy_share");
  }

  @Test
  void shouldIncludeTheSubUnitsInAUnitsFigures() {
    Map<String, Object> result = Rounded.twoDecimals(api.json(results("1548-PLO")));

    assertThat(result.get("group"))
        .isEqualTo(Map.of("municipality", "1548", "unit", "1548-PLO", "name", "Pleie og omsorg"));
    assertThat(number(result, "responses")).isEqualTo(57L);
    assertThat(result.get("responseRate")).isEqualTo(0.6);
    assertThat(indicator(result, "avg_position_size")).containsEntry("value", 58.51);
  }

  @Test
  void shouldGiveTheWholeMunicipalityWithoutAUnit() {
    Map<String, Object> result = Rounded.twoDecimals(api.json(results(null)));

    assertThat(result.get("group")).isEqualTo(Map.of("municipality", "1548", "name", "Fræna"));
    assertThat(number(result, "responses")).isEqualTo(200L);
    assertThat(result.get("responseRate")).isEqualTo(0.62);
    assertThat(indicator(result, "avg_position_size"))
        .containsEntry("value", 71.05)
        .extracting("compare", org.assertj.core.api.InstanceOfAssertFactories.MAP)
        .doesNotContainKey("municipality");
    assertThat(indicator(result, "wants_larger_share")).containsEntry("value", 0.42);
    assertThat(indicator(result, "hidden_fte")).containsEntry("value", 20.39);
    assertThat(indicator(result, "full_time_share")).containsEntry("value", 0.4);
  }

  @Test
  void shouldAnswerNotFoundAsProblemForAnUnknownRound() {
    Api.Answer response = api.get("/api/rounds/r-0000-none/results");

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.contentType()).isEqualTo("application/problem+json");
    assertThat(api.parse(response.body()))
        .containsEntry("status", 404)
        .containsEntry("title", "Not found")
        .containsEntry("detail", "There is no round r-0000-none.")
        .containsKey("type");
  }

  @Test
  void shouldAnswerNotFoundAsProblemForAUnitTheRoundDoesNotHave() {
    Api.Answer response = api.get(results("1548-SKULE"));

    assertThat(response.status()).isEqualTo(404);
    assertThat(api.parse(response.body()).get("detail").toString()).contains("1548-SKULE");
  }

  @Test
  void shouldAnswerBadRequestNamingAnEmptyUnitParameter() {
    Api.Answer response = api.get("/api/rounds/" + round + "/results?unit=");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.contentType()).isEqualTo("application/problem+json");
    assertThat(api.parse(response.body()).get("errors"))
        .isEqualTo(List.of(Map.of("name", "unit", "reason", "must be a unit code when given")));
  }

  @Test
  void shouldAnswerEvenAnUnknownPathAsProblem() {
    Api.Answer response = api.get("/api/nothing-here");

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.contentType()).isEqualTo("application/problem+json");
    assertThat(api.parse(response.body())).containsEntry("status", 404);
  }

  private String results(String unit) {
    return "/api/rounds/" + round + "/results" + (unit == null ? "" : "?unit=" + unit);
  }
}
