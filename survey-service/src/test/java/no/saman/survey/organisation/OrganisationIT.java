package no.saman.survey.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import no.saman.infra.contracts.EventContract;
import no.saman.infra.testing.SharedKafka;
import no.saman.survey.support.Api;
import no.saman.survey.support.SurveyServiceIT;
import no.saman.survey.support.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class OrganisationIT extends SurveyServiceIT {

  @Test
  void shouldPublishMunicipalityAndUnitChangesThatHonourTheContract() {
    api.put(
        "/api/municipalities/1828",
        Map.of("name", "Vefsn-test", "county", "Nordland", "language", "nb"));
    Api.Answer unit =
        api.put(
            "/api/municipalities/1828/units/1828-HELSE",
            Map.of("name", "Helse og omsorg", "headcount", 300, "type", "sjukeheim"));
    assertThat(unit.status()).isEqualTo(200);

    EventContract contract = EventContract.forTopic("survey.organisation.v1");
    try (TopicReader reader =
        new TopicReader(SharedKafka.bootstrapServers(), "survey.organisation.v1")) {
      List<ConsumerRecord<String, String>> events =
          await()
              .atMost(Duration.ofSeconds(20))
              .until(() -> reader.poll(r -> r.key().startsWith("1828")), l -> l.size() == 2);
      assertThat(events)
          .extracting(ConsumerRecord::key)
          .containsExactlyInAnyOrder("1828", "1828/1828-HELSE");
      events.forEach(e -> assertThat(contract.violations(e.value())).isEmpty());
    }
  }

  @Test
  void shouldPublishANetworkWithItsMembers() {
    api.put(
        "/api/municipalities/1219",
        Map.of("name", "Bømlo", "county", "Hordaland", "language", "nn"));
    api.put(
        "/api/municipalities/1227",
        Map.of("name", "Jondal", "county", "Hordaland", "language", "nn"));

    Api.Answer network =
        api.put(
            "/api/networks/nord-vest-test",
            Map.of(
                "name", "Sykefravær Nord-Vest",
                "theme", "sjukefråvær",
                "municipalities", List.of("1219", "1227")));

    assertThat(network.status()).isEqualTo(200);
    assertThat(network.map().get("municipalities")).isEqualTo(List.of("1219", "1227"));
    EventContract contract = EventContract.forTopic("survey.organisation.v1");
    try (TopicReader reader =
        new TopicReader(SharedKafka.bootstrapServers(), "survey.organisation.v1")) {
      ConsumerRecord<String, String> event =
          await()
              .atMost(Duration.ofSeconds(20))
              .until(
                  () -> reader.poll(r -> r.key().equals("network/nord-vest-test")),
                  l -> l.size() == 1)
              .get(0);
      assertThat(contract.violations(event.value())).isEmpty();
      assertThat(event.value()).contains("\"members\":[\"1219\",\"1227\"]");
    }
  }

  @Test
  void shouldNameAnUnknownNetworkMember() {
    Api.Answer answer =
        api.put(
            "/api/networks/broken",
            Map.of("name", "X", "theme", "heiltid", "municipalities", List.of("9998")));

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.body()).contains("municipalities[0]");
  }

  @Test
  void shouldNameTheInvalidFieldsOfAMunicipality() {
    Api.Answer answer =
        api.put("/api/municipalities/1825", Map.of("name", "", "county", "X", "language", "se"));

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(answer.body()).contains("name").contains("language");
  }

  @Test
  void shouldRefuseAUnitWhoseParentIsUnknown() {
    api.put(
        "/api/municipalities/1826",
        Map.of("name", "Sund", "county", "Hordaland", "language", "nn"));

    Api.Answer answer =
        api.put(
            "/api/municipalities/1826/units/1826-B",
            Map.of("name", "B", "parent", "1826-NOPE", "headcount", 3, "type", "skule"));

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.body()).contains("parent");
  }

  /** The same list of service types as an import: a word HR files use, or a refusal. */
  @Test
  void shouldStoreAServiceTypeAsItsCodeAndRefuseAnUnknownOne() {
    api.put(
        "/api/municipalities/1825",
        Map.of("name", "Aukra-test", "county", "Møre og Romsdal", "language", "nn"));

    Api.Answer skule =
        api.put(
            "/api/municipalities/1825/units/1825-S",
            Map.of("name", "Skulen", "headcount", 12, "type", "skule"));
    Api.Answer spaceship =
        api.put(
            "/api/municipalities/1825/units/1825-R",
            Map.of("name", "Romskipet", "headcount", 3, "type", "romskip"));

    assertThat(skule.status()).as(skule.body()).isEqualTo(200);
    assertThat(skule.map()).containsEntry("type", "skole");
    assertThat(spaceship.status()).isEqualTo(400);
    assertThat(spaceship.body()).contains("\"field\":\"type\"", "unknown service type romskip");
    assertThat(api.get("/api/municipalities/1825/units").body()).doesNotContain("1825-R");
  }

  @Test
  void shouldAnswer404ForAUnitOfAnUnknownMunicipality() {
    Api.Answer answer =
        api.put(
            "/api/municipalities/9999/units/X",
            Map.of("name", "X", "headcount", 3, "type", "skule"));

    assertThat(answer.status()).isEqualTo(404);
  }
}
