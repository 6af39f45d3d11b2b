package no.saman.analytics.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.saman.analytics.support.Api;
import no.saman.analytics.support.IntegrationTest;
import no.saman.analytics.support.TestEvents;
import no.saman.analytics.support.Tokens;
import no.saman.infra.testing.SharedKafka;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A refused goal is named in the client's terms, and its deadline may come as an ISO date-time,
 * counted in the municipality's zone.
 */
@MicronautTest(transactional = false)
class ProblemDetailsIT extends IntegrationTest {

  private static final String AURE = "1576";

  @Inject
  @Client("/")
  HttpClient client;

  @Inject ObjectMapper json;

  private Api hr;

  @BeforeAll
  void produceAure() {
    hr = new Api(client, json).as(Tokens.hr(AURE));
    try (TestEvents events = new TestEvents(SharedKafka.bootstrapServers())) {
      events.sendMunicipality(AURE, "Aure", "Møre og Romsdal", "nn");
    }
    await().atMost(Duration.ofSeconds(60)).until(() -> organisationArrived(AURE));
  }

  @Test
  void shouldTakeADeadlineGivenAsADateTimeAsTheDateItIsInOslo() {
    Api.Answer answer = hr.post("/api/goals", goal("deadline", "2026-11-30T23:29:34Z"));

    assertThat(answer.status()).as(text(answer)).isEqualTo(201);
    assertThat(hr.parse(answer.body())).containsEntry("deadline", "2026-12-01");
  }

  /** Also what the framework's readers used to coerce into a number: true, "55", [55]. */
  @Test
  void shouldNameAFieldOfTheWrongTypeAndSayWhatItTakes() {
    for (Object notANumber : List.of("high", true, "55", List.of(55.0))) {
      Api.Answer answer = hr.post("/api/goals", goal("baseline", notANumber));

      assertThat(answer.status()).as(text(answer)).isEqualTo(400);
      assertThat(answer.contentType()).startsWith("application/problem+json");
      assertThat(text(answer)).doesNotContain("no.saman", "java.", "Double", "$", "Exception");
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> errors =
          (List<Map<String, Object>>) hr.parse(answer.body()).get("errors");
      assertThat(errors)
          .as("baseline %s", notANumber)
          .anySatisfy(
              e ->
                  assertThat(e)
                      .containsEntry("name", "baseline")
                      .containsEntry("reason", "must be a number"));
    }
  }

  @Test
  void shouldSayWhereJsonIsMalformed() {
    Api.Answer answer = hr.post("/api/goals", "{\"municipality\": }", "application/json");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(text(answer)).contains("\"name\":\"body\"", "is not well-formed JSON");
  }

  private static String text(Api.Answer answer) {
    return new String(answer.body(), StandardCharsets.UTF_8);
  }

  private static Map<String, Object> goal(String field, Object value) {
    Map<String, Object> goal = new HashMap<>();
    goal.put("municipality", AURE);
    goal.put("indicator", "avg_position_size");
    goal.put("baseline", 50.0);
    goal.put("baselineWave", "2012-baseline");
    goal.put("target", 70.0);
    goal.put("deadline", "2016-03-01");
    goal.put(field, value);
    return goal;
  }
}
