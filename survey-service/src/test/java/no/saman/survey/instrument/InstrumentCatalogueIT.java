package no.saman.survey.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.saman.infra.contracts.EventContract;
import no.saman.infra.testing.SharedKafka;
import no.saman.survey.support.Api;
import no.saman.survey.support.SurveyServiceIT;
import no.saman.survey.support.TopicReader;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class InstrumentCatalogueIT extends SurveyServiceIT {

  @Test
  @SuppressWarnings("unchecked")
  void shouldOfferEveryModuleWithTextsInThreeLanguagesReverseScoringAndIndices() {
    List<Map<String, Object>> modules = (List<Map<String, Object>>) (List<?>) list();

    assertThat(modules)
        .extracting(m -> m.get("id"))
        .contains("HEILTID", "KOMPETANSE", "LEIING", "NÆRVÆR", "PARTSSAMARBEID", "SAMLING");
    for (Map<String, Object> module : modules) {
      for (Map<String, Object> item : (List<Map<String, Object>>) module.get("items")) {
        assertThat((Map<String, String>) item.get("texts")).containsKeys("nn", "nb", "en");
      }
    }
    Map<String, Object> naervaer = module(modules, "NÆRVÆR");
    assertThat(item(naervaer, "N4")).containsEntry("reverse", true);
    assertThat(item(naervaer, "N5")).containsEntry("reverse", false);
    Map<String, Object> leiing = module(modules, "LEIING");
    assertThat((List<Map<String, Object>>) leiing.get("indices"))
        .singleElement()
        .satisfies(
            index ->
                assertThat(index)
                    .containsEntry("id", "mastery_leadership_index")
                    .containsEntry("minAnswered", 5));
  }

  @Test
  @SuppressWarnings("unchecked")
  void shouldReviseAModuleInPlaceUntilARoundUsesItThenAsANewVersion() {
    assertThat(put(trivsel("Eg trivst på jobb.")).map()).containsEntry("version", 1);
    assertThat(put(trivsel("Eg trivst godt på jobb.")).map())
        .as("no round has used version 1 yet")
        .containsEntry("version", 1);
    String round = round(List.of("HEILTID", "TRIVSEL"));

    Map<String, Object> revised = put(trivsel("Eg trivst svært godt på jobb.")).map();

    assertThat(revised).containsEntry("version", 2);
    Map<String, Object> asked =
        respondent.get("/api/survey/" + invite(round, "1580-A", 1).get(0) + "?lang=nn").map();
    Map<String, Object> t1 =
        item(module((List<Map<String, Object>>) asked.get("modules"), "TRIVSEL"), "T1");
    assertThat(t1.get("text"))
        .as("the round keeps the version it ran")
        .isEqualTo("Eg trivst godt på jobb.");
  }

  @Test
  void shouldPublishTheRoundWithItsInstrumentSnapshot() {
    String round = round(List.of("HEILTID", "LEIING"));

    try (TopicReader reader = new TopicReader(SharedKafka.bootstrapServers(), "survey.rounds.v1")) {
      String event =
          await()
              .atMost(Duration.ofSeconds(20))
              .until(() -> reader.poll(r -> r.key().equals(round)), l -> l.size() == 1)
              .get(0)
              .value();
      assertThat(EventContract.forTopic("survey.rounds.v1").violations(event)).isEmpty();
      assertThat(event).contains("\"mastery_leadership_index\"").contains("\"id\":\"L7\"");
    }
  }

  @Test
  void shouldNameEachInvalidPartOfAModuleDefinition() {
    Map<String, Object> bad =
        Map.of(
            "names", Map.of("nn", "X", "nb", "X"),
            "items",
                List.of(
                    Map.of(
                        "id",
                        "Q1",
                        "type",
                        "scale",
                        "scale",
                        "A5",
                        "min",
                        1,
                        "max",
                        5,
                        "texts",
                        Map.of("nn", "a", "nb", "b")),
                    Map.of(
                        "id",
                        "H1",
                        "type",
                        "slider",
                        "texts",
                        Map.of("nn", "a", "nb", "b", "en", "c"))),
            "indices",
                List.of(Map.of("id", "q_index", "items", List.of("Q1", "Q9"), "minAnswered", 3)));

    Api.Answer answer = api.put("/api/instruments/NYTT", bad);

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.body())
        .contains("names.en")
        .contains("items[0].texts.en")
        .contains("items[1].id")
        .contains("items[1].type")
        .contains("indices[0].items")
        .contains("indices[0].minAnswered");
  }

  private List<Object> list() {
    return api.get("/api/instruments").list();
  }

  private Api.Answer put(Map<String, Object> definition) {
    return api.put("/api/instruments/TRIVSEL", definition);
  }

  private String round(List<String> modules) {
    api.put(
        "/api/municipalities/1580", Map.of("name", "Sund", "county", "Vestland", "language", "nn"));
    api.put(
        "/api/municipalities/1580/units/1580-A",
        Map.of("name", "Skule", "headcount", 20, "type", "skule"));
    LocalDate today = LocalDate.now(clock);
    Api.Answer round =
        api.post(
            "/api/rounds",
            Map.of(
                "municipality",
                "1580",
                "title",
                "Trivsel",
                "wave",
                "2014-spring",
                "modules",
                modules,
                "opens",
                today.toString(),
                "closes",
                today.plusDays(5).toString()));
    assertThat(round.status()).isEqualTo(201);
    return (String) round.map().get("id");
  }

  private static Map<String, Object> trivsel(String nn) {
    return Map.of(
        "names", Map.of("nn", "Trivsel", "nb", "Trivsel", "en", "Well-being"),
        "items",
            List.of(
                Map.of(
                    "id",
                    "T1",
                    "type",
                    "scale",
                    "scale",
                    "A5",
                    "min",
                    1,
                    "max",
                    5,
                    "texts",
                    Map.of("nn", nn, "nb", "Jeg trives.", "en", "I enjoy my work."))));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> module(List<Map<String, Object>> modules, String id) {
    return modules.stream().filter(m -> id.equals(m.get("id"))).findFirst().orElseThrow();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> item(Map<String, Object> module, String id) {
    return ((List<Map<String, Object>>) module.get("items"))
        .stream().filter(i -> id.equals(i.get("id"))).findFirst().orElseThrow();
  }
}
