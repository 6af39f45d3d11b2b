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
import java.util.HashMap;
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
 * Vega sets a position-size goal for its care unit and a measure towards it between its baseline
 * and its next round: the measure's before/after figures are the results API's.
 */
@MicronautTest
class MeasureIT extends IntegrationTest {

  private static final String VEGA = "1815";
  private static final String CARE = "1815-PLO";
  // Answers 8 times before (both baseline rounds) and 12 times after: they differ by fewer than k.
  private static final String HOME = "1815-HEIM";

  @Inject
  @Client("/")
  HttpClient client;

  @Inject ObjectMapper json;

  private final String network = "vega-" + UUID.randomUUID().toString().substring(0, 8);
  private final String baseline = uniqueRound("1815-baseline");
  // A second round in the baseline wave: the results API pools a wave's rounds as "previous".
  private final String baselineNurses = uniqueRound("1815-baseline-nurses");
  private final String autumn = uniqueRound("1815-autumn");
  private TestEvents events;
  private Api anonymous;
  private Api hr;
  private long goal;
  private long unitGoal;
  private long homeGoal;

  @BeforeAll
  void produceTwoWavesAndGoals() {
    anonymous = new Api(client, json);
    hr = anonymous.as(Tokens.hr(VEGA));
    events = new TestEvents(SharedKafka.bootstrapServers());
    events.sendMunicipality(VEGA, "Vega", "Nordland", "nn");
    events.sendUnit(VEGA, CARE, "Pleie og omsorg", null, 40, "sjukeheim");
    events.sendUnit(VEGA, HOME, "Heimetenesta", null, 20, "heimeteneste");
    events.sendNetwork(network, "Heiltid Helgeland", "heiltid/deltid", List.of(VEGA));
    // Round events are keyed by round id, so two rounds created together may arrive in either
    // order; here the nurses' round, created second, arrives first, and must still count as the
    // later round of the wave.
    TestEvents.createInThisOrder(baseline, baselineNurses);
    wave(baselineNurses, "2012-baseline", "2012-03-15", 60, 4);
    await().atMost(Duration.ofSeconds(60)).until(() -> roundArrived(baselineNurses));
    wave(baseline, "2012-baseline", "2012-03-01", 45, 4);
    wave(autumn, "2013-autumn", "2013-09-01", 55, 12);
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                roundArrived(baseline)
                    && roundArrived(baselineNurses)
                    && roundArrived(autumn)
                    && organisationArrived(VEGA, CARE)
                    && organisationArrived(VEGA, HOME)
                    && new Sql(database)
                            .number(
                                "SELECT COUNT(*) FROM network_member WHERE network = ?", network)
                        == 1
                    && new Sql(database)
                            .number(
                                "SELECT COUNT(*) FROM response_answers"
                                    + " WHERE round_id IN (?, ?, ?)",
                                baseline,
                                baselineNurses,
                                autumn)
                        == 56);
    goal = id(hr.post("/api/goals", goal(null)));
    unitGoal = id(hr.post("/api/goals", goal(CARE)));
    homeGoal = id(hr.post("/api/goals", goal(HOME)));
  }

  @AfterAll
  void closeProducer() {
    events.close();
  }

  private long id(Api.Answer answer) {
    assertThat(answer.status()).isEqualTo(201);
    return ((Number) hr.parse(answer.body()).get("id")).longValue();
  }

  /** 12 care responses and {@code atHome} home-care ones, position sizes base + 0, 5, 10, 15. */
  private void wave(String round, String wave, String opens, int base, int atHome) {
    events.sendRound(round, VEGA, "Heiltid " + wave, wave, opens, Instruments.heiltid());
    List<String> responses = new ArrayList<>();
    for (int i = 0; i < 12 + atHome; i++) {
      responses.add(
          events.response(
              round,
              wave,
              List.of(VEGA, i < 12 ? CARE : HOME),
              Map.of(),
              Map.of("H1", base + (i % 4) * 5, "H2", 100),
              Map.of()));
    }
    events.sendAll(VEGA, responses);
  }

  private static Map<String, Object> goal(String unit) {
    Map<String, Object> goal = new HashMap<>();
    goal.put("municipality", VEGA);
    if (unit != null) {
      goal.put("unit", unit);
    }
    goal.put("indicator", "avg_position_size");
    goal.put("baseline", 52.5);
    goal.put("baselineWave", "2012-baseline");
    goal.put("target", 70.0);
    goal.put("deadline", "2015-12-31");
    return goal;
  }

  private static Map<String, Object> measure() {
    Map<String, Object> m = new HashMap<>();
    m.put("title", "Langvakter i helgene");
    m.put("description", "Prøveordning med 12,5-timarsvakter annakvar helg.");
    m.put("owner", "Einingsleiar pleie og omsorg");
    m.put("starts", "2012-06-01");
    m.put("ends", "2013-06-30");
    m.put("status", "done");
    m.put(
        "milestones",
        List.of(
            Map.of("title", "Avtale med tillitsvalde", "date", "2012-05-15", "done", true),
            Map.of("title", "Evaluering", "date", "2013-06-30", "done", false)));
    m.put(
        "partners",
        List.of(
            Map.of("role", "union", "name", "Fagforbundet"),
            Map.of("role", "safety_representative")));
    return m;
  }

  @Test
  @SuppressWarnings("unchecked")
  void shouldShowAMeasuresBeforeAndAfterAsTheResultsApiDoes() {
    Api.Answer created = hr.post("/api/goals/" + goal + "/measures", measure());

    assertThat(created.status()).isEqualTo(201);
    Map<String, Object> measure = hr.parse(created.body());
    assertThat(measure)
        .containsEntry("goal", (int) goal)
        .containsEntry("title", "Langvakter i helgene")
        .containsEntry("owner", "Einingsleiar pleie og omsorg")
        .containsEntry("target", "avg_position_size")
        .containsEntry("starts", "2012-06-01")
        .containsEntry("ends", "2013-06-30")
        .containsEntry("status", "done");
    assertThat((List<Object>) measure.get("milestones"))
        .containsExactly(
            Map.of("title", "Avtale med tillitsvalde", "date", "2012-05-15", "done", true),
            Map.of("title", "Evaluering", "date", "2013-06-30", "done", false));
    assertThat((List<Object>) measure.get("partners"))
        .containsExactly(
            Map.of("role", "union", "name", "Fagforbundet"),
            Map.of("role", "safety_representative"));

    Map<String, Object> firstOfWave =
        Api.indicator(hr.json("/api/rounds/" + baseline + "/results"), "avg_position_size");
    Map<String, Object> after =
        Api.indicator(hr.json("/api/rounds/" + autumn + "/results"), "avg_position_size");
    Map<String, Object> previous = (Map<String, Object>) after.get("previous");
    Map<String, Object> result = (Map<String, Object>) measure.get("result");
    assertThat((Map<String, Object>) result.get("before"))
        .containsEntry("round", baselineNurses)
        .containsEntry("wave", "2012-baseline")
        .containsEntry("value", previous.get("value"));
    assertThat((Map<String, Object>) result.get("after"))
        .containsEntry("round", autumn)
        .containsEntry("value", after.get("value"));
    assertThat(firstOfWave.get("value")).isEqualTo(52.5);
    assertThat(previous.get("value")).as("the baseline wave's two rounds pooled").isEqualTo(60.0);
    assertThat(after.get("value")).isEqualTo(62.5);
    assertThat(result.get("change")).isEqualTo(previous.get("change"));
    assertThat(result.get("ci95")).isEqualTo(previous.get("ci95")).isNotNull();
    assertThat(result.get("significant")).isEqualTo(previous.get("significant"));

    List<Object> goals = hr.parseList(hr.get("/api/goals?municipality=" + VEGA).body());
    Map<String, Object> listed =
        (Map<String, Object>)
            goals.stream()
                .filter(g -> ((Number) ((Map<String, Object>) g).get("id")).longValue() == goal)
                .findFirst()
                .orElseThrow();
    assertThat((List<Object>) listed.get("measures")).contains(measure);
  }

  @Test
  @SuppressWarnings("unchecked")
  void shouldWithholdTheChangeWhereTheResultsApiDoesBetweenGroupsDifferingByFewerThanK() {
    Api.Answer created = hr.post("/api/goals/" + homeGoal + "/measures", measure());

    assertThat(created.status()).isEqualTo(201);
    Map<String, Object> result = (Map<String, Object>) hr.parse(created.body()).get("result");
    Map<String, Object> previous =
        (Map<String, Object>)
            Api.indicator(
                    hr.json("/api/rounds/" + autumn + "/results?unit=" + HOME), "avg_position_size")
                .get("previous");
    assertThat(previous).containsEntry("reason", "differs_by_fewer_than_k");
    assertThat((Map<String, Object>) result.get("before")).containsEntry("value", 60.0);
    assertThat((Map<String, Object>) result.get("after")).containsEntry("value", 62.5);
    assertThat(result)
        .containsEntry("withheld", "differs_by_fewer_than_k")
        .doesNotContainKeys("change", "ci95", "significant");
  }

  @Test
  @SuppressWarnings("unchecked")
  void shouldMoveAMeasuresStatusOnAndTickOffItsMilestones() {
    Map<String, Object> planned = measure();
    planned.put("status", "planned");
    planned.remove("ends");
    long id =
        ((Number) hr.parse(hr.post("/api/goals/" + goal + "/measures", planned).body()).get("id"))
            .longValue();
    Map<String, Object> ongoing = measure();
    ongoing.put("status", "delayed");
    ongoing.put(
        "milestones",
        List.of(
            Map.of("title", "Avtale med tillitsvalde", "date", "2012-05-15", "done", true),
            Map.of("title", "Evaluering", "date", "2013-09-30", "done", true)));
    String path = "/api/goals/" + goal + "/measures/" + id;
    long stored = new Sql(database).number("SELECT COUNT(*) FROM goal_measure");

    Api.Answer updated = hr.put(path, ongoing);

    assertThat(updated.status()).isEqualTo(200);
    Map<String, Object> view = hr.parse(updated.body());
    assertThat(view)
        .containsEntry("id", (int) id)
        .containsEntry("status", "delayed")
        .containsEntry("ends", "2013-06-30");
    assertThat((List<Object>) view.get("milestones"))
        .containsExactly(
            Map.of("title", "Avtale med tillitsvalde", "date", "2012-05-15", "done", true),
            Map.of("title", "Evaluering", "date", "2013-09-30", "done", true));
    assertThat(new Sql(database).number("SELECT COUNT(*) FROM goal_measure")).isEqualTo(stored);
    List<Object> goals = hr.parseList(hr.get("/api/goals?municipality=" + VEGA).body());
    assertThat(goals)
        .flatExtracting(g -> (List<Object>) ((Map<String, Object>) g).get("measures"))
        .contains(view);

    Map<String, Object> bad = measure();
    bad.put("status", "finished");
    bad.put("milestones", List.of(Map.of("title", " ", "date", "2013-09-30")));
    Api.Answer refused = hr.put(path, bad);
    assertThat(refused.status()).isEqualTo(400);
    assertThat((List<Map<String, Object>>) hr.parse(refused.body()).get("errors"))
        .extracting(e -> e.get("name"))
        .containsExactly("status", "milestones[0].title");
    assertThat(new Sql(database).text("SELECT status FROM goal_measure WHERE id = ?", id))
        .as("nothing of a refused update is stored")
        .isEqualTo("delayed");
    assertThat(hr.put("/api/goals/" + unitGoal + "/measures/" + id, ongoing).status())
        .as("a measure of another goal")
        .isEqualTo(404);
    assertThat(hr.put("/api/goals/" + goal + "/measures/999999", ongoing).status()).isEqualTo(404);
    assertThat(anonymous.as(Tokens.leader(network)).put(path, ongoing).status()).isEqualTo(403);
    assertThat(anonymous.as(Tokens.hr("1824")).put(path, ongoing).status()).isEqualTo(403);
    assertThat(anonymous.as(Tokens.admin()).put(path, ongoing).status()).isEqualTo(200);
  }

  @Test
  void shouldLetTheNetworkLeaderReadOnlyTheMunicipalitysOwnGoals() {
    hr.post("/api/goals/" + unitGoal + "/measures", measure());
    Api leader = anonymous.as(Tokens.leader(network));

    Api.Answer answer = leader.get("/api/goals?municipality=" + VEGA);

    assertThat(answer.status()).isEqualTo(200);
    List<Object> goals = leader.parseList(answer.body());
    assertThat(goals)
        .isNotEmpty()
        .allSatisfy(g -> assertThat(((Map<?, ?>) g).containsKey("unit")).isFalse());
    assertThat(leader.post("/api/goals/" + goal + "/measures", measure()).status()).isEqualTo(403);
  }

  @Test
  void shouldLetOnlyHrOfTheMunicipalityAndAdminsWrite() {
    assertThat(
            anonymous
                .as(Tokens.hr("1824"))
                .post("/api/goals/" + goal + "/measures", measure())
                .status())
        .isEqualTo(403);
    assertThat(
            anonymous
                .as(Tokens.admin())
                .post("/api/goals/" + goal + "/measures", measure())
                .status())
        .isEqualTo(201);
    assertThat(anonymous.post("/api/goals/" + goal + "/measures", measure()).status())
        .isEqualTo(401);
    assertThat(hr.post("/api/goals/999999/measures", measure()).status()).isEqualTo(404);
  }

  @Test
  @SuppressWarnings("unchecked")
  void shouldNameEveryInvalidFieldAndStoreNothing() {
    long before = new Sql(database).number("SELECT COUNT(*) FROM goal_measure");
    Map<String, Object> bad = measure();
    bad.put("title", " ");
    bad.put("target", "happiness");
    bad.put("starts", "2013-07-01");
    bad.put("ends", "2013-06-30");
    bad.put("status", "forgotten");
    bad.put("milestones", List.of(Map.of("title", "Evaluering", "date", "later")));
    bad.put("partners", List.of(Map.of("role", "king")));

    Api.Answer answer = hr.post("/api/goals/" + goal + "/measures", bad);

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat((List<Map<String, Object>>) hr.parse(answer.body()).get("errors"))
        .extracting(e -> e.get("name"))
        .containsExactly(
            "title", "target", "ends", "status", "milestones[0].date", "partners[0].role");
    assertThat(new Sql(database).number("SELECT COUNT(*) FROM goal_measure")).isEqualTo(before);
  }
}
