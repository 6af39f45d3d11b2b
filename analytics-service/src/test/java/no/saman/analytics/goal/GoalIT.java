package no.saman.analytics.goal;

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
import java.util.HashMap;
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

/** Sunndal sets a position-size goal at its baseline and follows it over two later waves. */
@MicronautTest
class GoalIT extends IntegrationTest {

  private static final String SUNNDAL = "1563";

  @Inject
  @Client("/")
  HttpClient client;

  @Inject ObjectMapper json;

  private TestEvents events;
  private Api hr;
  private Api anonymous;

  @BeforeAll
  void produceThreeWaves() {
    anonymous = new Api(client, json);
    hr = anonymous.as(Tokens.hr(SUNNDAL));
    events = new TestEvents(SharedKafka.bootstrapServers());
    events.sendMunicipality(SUNNDAL, "Sunndal", "Møre og Romsdal", "nn");
    events.sendUnit(SUNNDAL, "1563-PLO", "Pleie og omsorg", null, 40, "sjukeheim");
    wave("2012-baseline", "2012-03-01", 50);
    wave("2013-autumn", "2013-09-01", 60);
    wave("2014-autumn", "2014-09-01", 58);
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                new Sql(database)
                        .number(
                            "SELECT COUNT(*) FROM response_answers r JOIN survey_round s"
                                + " ON s.id = r.round_id WHERE s.municipality = ?"
                                + " AND s.title IS NOT NULL",
                            SUNNDAL)
                    == 30);
  }

  @AfterAll
  void closeProducer() {
    events.close();
  }

  @Test
  @SuppressWarnings("unchecked")
  void shouldFollowAGoalsProgressAcrossTwoWaves() {
    Api.Answer created = hr.post("/api/goals", goal("avg_position_size", 50.0, 70.0));

    assertThat(created.status()).isEqualTo(201);
    Map<String, Object> goal = hr.parse(created.body());
    assertThat(goal)
        .containsEntry("municipality", SUNNDAL)
        .containsEntry("indicator", "avg_position_size")
        .containsEntry("baselineWave", "2012-baseline")
        .containsEntry("baselineDate", "2012-03-01")
        .containsEntry("deadline", "2016-03-01")
        .containsEntry("status", "behind");
    List<Map<String, Object>> progress = (List<Map<String, Object>>) goal.get("progress");
    assertThat(progress)
        .containsExactly(
            Map.of(
                "wave",
                "2013-autumn",
                "date",
                "2013-09-01",
                "value",
                60.0,
                "progress",
                0.5,
                "elapsed",
                549 / 1461.0,
                "status",
                "on_track"),
            Map.of(
                "wave",
                "2014-autumn",
                "date",
                "2014-09-01",
                "value",
                58.0,
                "progress",
                0.4,
                "elapsed",
                914 / 1461.0,
                "status",
                "behind"));

    List<Object> listed = hr.parseList(hr.get("/api/goals?municipality=" + SUNNDAL).body());
    assertThat(listed).anySatisfy(g -> assertThat((Map<String, Object>) g).isEqualTo(goal));
  }

  @Test
  @SuppressWarnings("unchecked")
  void shouldNameEveryInvalidFieldOfAGoal() {
    Map<String, Object> bad = new HashMap<>();
    bad.put("municipality", SUNNDAL);
    bad.put("indicator", "happiness");
    bad.put("baseline", 42.0);
    bad.put("target", 42.0);
    bad.put("baselineWave", "baseline");
    bad.put("deadline", "soon");

    Api.Answer answer = hr.post("/api/goals", bad);

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat((List<Map<String, Object>>) hr.parse(answer.body()).get("errors"))
        .extracting(e -> e.get("name"))
        .containsExactly("indicator", "target", "baselineWave", "deadline");
  }

  @Test
  void shouldRefuseGoalsOfAnotherMunicipality() {
    Api other = anonymous.as(Tokens.hr("1824"));

    assertThat(other.post("/api/goals", goal("avg_position_size", 50.0, 70.0)).status())
        .isEqualTo(403);
    assertThat(other.get("/api/goals?municipality=" + SUNNDAL).status()).isEqualTo(403);
    assertThat(anonymous.as(Tokens.leader("x")).get("/api/goals?municipality=" + SUNNDAL).status())
        .isEqualTo(403);
    assertThat(anonymous.get("/api/goals?municipality=" + SUNNDAL).status()).isEqualTo(401);
  }

  private static Map<String, Object> goal(String indicator, double baseline, double target) {
    Map<String, Object> goal = new HashMap<>();
    goal.put("municipality", SUNNDAL);
    goal.put("indicator", indicator);
    goal.put("baseline", baseline);
    goal.put("baselineWave", "2012-baseline");
    goal.put("target", target);
    goal.put("deadline", "2016-03-01");
    return goal;
  }

  private void wave(String wave, String opens, int positionSize) {
    String round = uniqueRound(SUNNDAL + "-" + wave);
    events.sendRound(round, SUNNDAL, "Heiltid " + wave, wave, opens, Instruments.heiltid());
    List<String> responses = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      responses.add(
          events.response(
              round,
              wave,
              List.of(SUNNDAL, "1563-PLO"),
              Map.of(),
              Map.of("H1", positionSize, "H2", 100),
              Collections.emptyMap()));
    }
    events.sendAll(SUNNDAL, responses);
  }
}
