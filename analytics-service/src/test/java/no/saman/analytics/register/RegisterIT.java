package no.saman.analytics.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Rana imports its sick-leave register: a file with bad lines stores nothing, the same file with
 * partial=true its good lines; the figures then stand beside the survey's and follow a goal.
 */
@MicronautTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RegisterIT extends IntegrationTest {

  private static final String RANA = "1833";
  private static final String CSV =
      """
      unit;period;agreed_days;lost_days_self_certified;lost_days_doctor_certified;lost_days_short;lost_days_long;headcount_3y;long_term_healthy
      1833-A;2013Q2;5000;100;300;150;250;20;8
      1833-B;2013Q2;5000,5;50;350;200;200;4;1
      1833-X;2013Q2;100;1;1;1;1;1;1
      1833-A;2013Q5;100;1;1;1;1;1;1
      1833-A;2013Q4;4000;60;240;100;200;20;9
      1833-B;2013Q4;4000;40;260;150;150;4;1
      1833-B;2013Q4;4000;40;260;100;150;4;1
      """;

  @Inject
  @Client("/")
  HttpClient client;

  @Inject ObjectMapper json;

  private final String round = uniqueRound("1833-register");
  private TestEvents events;
  private Api anonymous;
  private Api hr;
  private Sql sql;

  @BeforeAll
  void produceRana() {
    anonymous = new Api(client, json);
    hr = anonymous.as(Tokens.hr(RANA));
    sql = new Sql(database);
    events = new TestEvents(SharedKafka.bootstrapServers());
    events.sendMunicipality(RANA, "Rana", "Nordland", "nb");
    events.sendUnit(RANA, "1833-A", "Sjukeheimen", null, 25, "sjukeheim");
    events.sendUnit(RANA, "1833-B", "Kjøkkenet", null, 5, "anna");
    events.sendRound(round, RANA, "Nærvær", "2013-autumn", "2013-09-01", Instruments.all());
    List<String> responses = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      responses.add(
          events.response(
              round, "2013-autumn", List.of(RANA, "1833-A"), Map.of(), Map.of("H1", 80), Map.of()));
    }
    events.sendAll(RANA, responses);
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                roundArrived(round)
                    && organisationArrived(RANA, "1833-A", "1833-B")
                    && sql.number("SELECT COUNT(*) FROM response_answers WHERE round_id = ?", round)
                        == 10);
  }

  @AfterAll
  void closeProducer() {
    events.close();
  }

  @Test
  @Order(1)
  @SuppressWarnings("unchecked")
  void shouldStoreNothingOfAFileWithBadLinesAndNameThem() {
    Api.Answer answer = hr.post(path(false), CSV, "text/csv");

    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    Map<String, Object> problem = hr.parse(answer.body());
    assertThat(problem).containsEntry("accepted", 0).containsEntry("status", 422);
    List<Map<String, Object>> rejected = (List<Map<String, Object>>) problem.get("rejected");
    assertThat(rejected).extracting(r -> r.get("line")).containsExactly(4, 5, 8);
    assertThat(rejected.get(0).get("error").toString())
        .isEqualTo("unit: is not a unit of the municipality");
    assertThat(rejected.get(2).get("error").toString())
        .contains("another line for 2013Q4")
        .contains("short and long");
    assertThat(sql.number("SELECT COUNT(*) FROM sick_leave WHERE municipality = ?", RANA)).isZero();
  }

  @Test
  @Order(2)
  @SuppressWarnings("unchecked")
  void shouldStoreTheGoodLinesWithPartialAndShowThemBesideTheSurvey() {
    Api.Answer answer = hr.post(path(true), CSV, "text/csv");

    assertThat(answer.status()).isEqualTo(200);
    Map<String, Object> result = hr.parse(answer.body());
    assertThat(result).containsEntry("accepted", 4);
    assertThat((List<Map<String, Object>>) result.get("rejected")).hasSize(3);

    Map<String, Object> municipality = hr.json("/api/rounds/" + round + "/results");
    Map<String, Object> register = (Map<String, Object>) municipality.get("register");
    assertThat(register).containsEntry("period", "2013Q2");
    assertThat(Rounded.twoDecimals(values(register)))
        .containsEntry("sick_leave_pct", 8.0)
        .containsEntry("presence_pct", 92.0)
        .containsEntry("long_term_healthy_share", 0.38);
    Map<String, Object> unit = hr.json("/api/rounds/" + round + "/results?unit=1833-A");
    assertThat(Rounded.twoDecimals(values((Map<String, Object>) unit.get("register"))))
        .containsEntry("sick_leave_pct", 8.0)
        .as("4 tenured in the kitchen beside it: its share would show theirs")
        .doesNotContainKey("long_term_healthy_share");
  }

  @Test
  @Order(3)
  @SuppressWarnings("unchecked")
  void shouldFollowARegisterGoalQuarterByQuarter() {
    Map<String, Object> goal = new HashMap<>();
    goal.put("municipality", RANA);
    goal.put("indicator", "sick_leave_pct");
    goal.put("baseline", 9.0);
    goal.put("baselineWave", "2012Q4");
    goal.put("target", 6.9);
    goal.put("deadline", "2014-12-31");

    Api.Answer created = hr.post("/api/goals", goal);

    assertThat(created.status()).isEqualTo(201);
    Map<String, Object> view = hr.parse(created.body());
    assertThat(view).containsEntry("baselineDate", "2012-12-31");
    assertThat(Rounded.twoDecimals((List<Map<String, Object>>) view.get("progress")))
        .containsExactly(
            Map.of(
                "wave",
                "2013Q2",
                "date",
                "2013-06-30",
                "value",
                8.0,
                "progress",
                0.48,
                "elapsed",
                0.25,
                "status",
                "on_track"),
            Map.of(
                "wave",
                "2013Q4",
                "date",
                "2013-12-31",
                "value",
                7.5,
                "progress",
                0.71,
                "elapsed",
                0.5,
                "status",
                "on_track"));
    assertThat(view).containsEntry("status", "on_track");
  }

  @Test
  @Order(4)
  void shouldRefuseAnotherMunicipalitysRegister() {
    assertThat(anonymous.as(Tokens.hr("1824")).post(path(true), CSV, "text/csv").status())
        .isEqualTo(403);
    assertThat(anonymous.as(Tokens.leader("x")).post(path(true), CSV, "text/csv").status())
        .isEqualTo(403);
    assertThat(anonymous.post(path(true), CSV, "text/csv").status()).isEqualTo(401);
    assertThat(hr.post("/api/register/sick-leave", CSV, "text/csv").status()).isEqualTo(400);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> values(Map<String, Object> register) {
    Map<String, Object> values = new HashMap<>();
    for (Map<String, Object> i : (List<Map<String, Object>>) register.get("indicators")) {
      values.put(i.get("id").toString(), i.get("value"));
    }
    return values;
  }

  private static String path(boolean partial) {
    return "/api/register/sick-leave?municipality=" + RANA + (partial ? "&partial=true" : "");
  }
}
