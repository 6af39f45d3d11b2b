package no.saman.analytics.access;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
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
 * The authorisation matrix: every analytics endpoint against every role and scope — who gets an
 * answer, and who a 401 or 403 as problem+json.
 */
@MicronautTest
class AccessIT extends IntegrationTest {

  private static final String FRAENA = "1548";
  private static final List<String> UNIT = List.of(FRAENA, "1548-HEIM");

  @Inject
  @Client("/")
  HttpClient client;

  @Inject ObjectMapper json;

  private final String round = uniqueRound("1548-access");
  private final String wave = "2032-access-" + UUID.randomUUID().toString().substring(0, 8);
  private final String network = "access-" + UUID.randomUUID().toString().substring(0, 8);
  private Api anonymous;
  private TestEvents events;
  private long goalId;
  private long measureId;

  /** One endpoint, how to call it, and which callers it answers. */
  private record Endpoint(String name, Function<Api, Api.Answer> call, Set<String> allowed) {}

  @BeforeAll
  void produceARoundAndANetwork() {
    anonymous = new Api(client, json);
    events = new TestEvents(SharedKafka.bootstrapServers());
    events.sendMunicipality(FRAENA, "Fræna", "Møre og Romsdal", "nn");
    events.sendUnit(FRAENA, "1548-HEIM", "Heimebaserte tenester", null, 230, "heimeteneste");
    events.sendNetwork(network, "Heiltid", "heiltid/deltid", List.of(FRAENA));
    events.sendRound(round, FRAENA, "Tilgang", wave, "2032-09-01", Instruments.heiltid());
    events.sendResponses(round, UNIT, List.of(Map.of("H1", 50, "H2", 80)));
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                roundArrived(round)
                    && organisationArrived(FRAENA, "1548-HEIM")
                    && new Sql(database)
                            .number(
                                "SELECT COUNT(*) FROM network_member WHERE network = ?", network)
                        == 1);
    Api.Answer goal = anonymous.as(Tokens.hr(FRAENA)).post("/api/goals", goal());
    goalId = ((Number) anonymous.parse(goal.body()).get("id")).longValue();
    Api.Answer measure =
        anonymous.as(Tokens.hr(FRAENA)).post("/api/goals/" + goalId + "/measures", measure());
    measureId = ((Number) anonymous.parse(measure.body()).get("id")).longValue();
  }

  @AfterAll
  void closeProducer() {
    events.close();
  }

  /** The callers, by name. */
  private Map<String, Api> callers() {
    Map<String, Api> callers = new LinkedHashMap<>();
    callers.put("admin", anonymous.as(Tokens.admin()));
    callers.put("hr of Fræna", anonymous.as(Tokens.hr(FRAENA)));
    callers.put("hr of Vefsn", anonymous.as(Tokens.hr("1824")));
    callers.put("hr without municipality", anonymous.as(sign("HR", null, null)));
    callers.put("leader of Fræna's network", anonymous.as(Tokens.leader(network)));
    callers.put("leader of another network", anonymous.as(Tokens.leader("another-network")));
    callers.put("unknown role", anonymous.as(sign("GUEST", FRAENA, network)));
    return callers;
  }

  private List<Endpoint> endpoints() {
    Set<String> signedIn = callers().keySet();
    Set<String> fraenasHr = Set.of("admin", "hr of Fræna");
    return List.of(
        new Endpoint("GET /api/indicators", a -> a.get("/api/indicators"), signedIn),
        new Endpoint(
            "GET /api/rounds/{id}/results",
            a -> a.get("/api/rounds/" + round + "/results"),
            fraenasHr),
        new Endpoint(
            "GET /api/rounds/{id}/results?unit&breakdown",
            a -> a.get("/api/rounds/" + round + "/results?unit=1548-HEIM&breakdown=ageBand"),
            fraenasHr),
        new Endpoint(
            "GET /api/rounds/{id}/comments?unit&module&page",
            a -> a.get("/api/rounds/" + round + "/comments?unit=1548-HEIM&module=HEILTID"),
            fraenasHr),
        new Endpoint(
            "GET /api/rounds/{id}/export (csv)",
            a -> a.get("/api/rounds/" + round + "/export?format=csv"),
            fraenasHr),
        new Endpoint(
            "GET /api/rounds/{id}/export (xlsx)",
            a -> a.get("/api/rounds/" + round + "/export?format=xlsx"),
            fraenasHr),
        new Endpoint(
            "GET /api/rounds/{id}/export/codebook",
            a -> a.get("/api/rounds/" + round + "/export/codebook"),
            fraenasHr),
        new Endpoint(
            "GET /api/networks/{id}/export",
            a -> a.get("/api/networks/" + network + "/export?wave=" + wave + "&format=csv"),
            Set.of("admin", "leader of Fræna's network")),
        new Endpoint(
            "GET /api/networks/{id}/export/codebook",
            a -> a.get("/api/networks/" + network + "/export/codebook?wave=" + wave),
            Set.of("admin", "leader of Fræna's network")),
        new Endpoint(
            "GET /api/rounds?municipality",
            a -> a.get("/api/rounds?municipality=" + FRAENA),
            fraenasHr),
        new Endpoint(
            "GET /api/rounds/{id}/units", a -> a.get("/api/rounds/" + round + "/units"), fraenasHr),
        new Endpoint(
            "GET /api/municipalities/{code}/results",
            a -> a.get("/api/municipalities/" + FRAENA + "/results?wave=" + wave),
            Set.of("admin", "hr of Fræna", "leader of Fræna's network")),
        new Endpoint(
            "GET /api/networks/{id}/comparison",
            a -> a.get("/api/networks/" + network + "/comparison?wave=" + wave),
            Set.of("admin", "leader of Fræna's network")),
        new Endpoint(
            "GET /api/networks/{id}",
            a -> a.get("/api/networks/" + network),
            Set.of("admin", "leader of Fræna's network")),
        new Endpoint(
            "GET /api/rounds/{id}/drivers",
            a -> a.get("/api/rounds/" + round + "/drivers?unit=1548-HEIM&outcome=wants_larger"),
            fraenasHr),
        new Endpoint(
            "GET /api/rounds/{id}/recruitment",
            a -> a.get("/api/rounds/" + round + "/recruitment?need=2.5"),
            fraenasHr),
        new Endpoint("POST /api/goals", a -> a.post("/api/goals", goal()), fraenasHr),
        new Endpoint(
            "POST /api/goals/{id}/measures",
            a -> a.post("/api/goals/" + goalId + "/measures", measure()),
            fraenasHr),
        new Endpoint(
            "PUT /api/goals/{id}/measures/{measure}",
            a -> a.put("/api/goals/" + goalId + "/measures/" + measureId, measure()),
            fraenasHr),
        new Endpoint(
            "GET /api/goals",
            a -> a.get("/api/goals?municipality=" + FRAENA),
            Set.of("admin", "hr of Fræna", "leader of Fræna's network")),
        new Endpoint(
            "POST /api/register/sick-leave",
            a ->
                a.post(
                    "/api/register/sick-leave?municipality=" + FRAENA,
                    "unit;period;agreed_days;lost_days_self_certified;lost_days_doctor_certified;"
                        + "lost_days_short;lost_days_long;headcount_3y;long_term_healthy\n"
                        + "1548-HEIM;2013Q1;1000;10;20;10;20;10;5\n",
                    "text/csv"),
            fraenasHr),
        new Endpoint(
            "GET /api/reports/unit",
            a -> a.get("/api/reports/unit?round=" + round + "&unit=1548-HEIM&format=csv"),
            fraenasHr),
        new Endpoint(
            "GET /api/reports/unit?outcome&need",
            a ->
                a.get(
                    "/api/reports/unit?round="
                        + round
                        + "&unit=1548-HEIM&format=csv&outcome=N6&need=2.5"),
            fraenasHr),
        new Endpoint(
            "GET /api/reports/unit (xlsx)",
            a -> a.get("/api/reports/unit?round=" + round + "&unit=1548-HEIM&format=xlsx"),
            fraenasHr),
        new Endpoint(
            "GET /api/reports/municipality",
            a ->
                a.get(
                    "/api/reports/municipality?municipality="
                        + FRAENA
                        + "&wave="
                        + wave
                        + "&format=csv"),
            fraenasHr),
        new Endpoint(
            "GET /api/reports/network",
            a -> a.get("/api/reports/network?network=" + network + "&wave=" + wave + "&format=csv"),
            Set.of("admin", "leader of Fræna's network")),
        new Endpoint("GET /api/status", a -> a.get("/api/status"), Set.of("admin")));
  }

  @Test
  void shouldAnswerExactlyTheCallersInScopeAndRefuseTheRestAsProblems() {
    List<String> wrong = new ArrayList<>();
    for (Endpoint endpoint : endpoints()) {
      for (Map.Entry<String, Api> caller : callers().entrySet()) {
        Api.Answer answer = endpoint.call().apply(caller.getValue());
        boolean allowed = endpoint.allowed().contains(caller.getKey());
        String cell = endpoint.name() + " as " + caller.getKey() + ": " + answer.status();
        if (allowed && (answer.status() < 200 || answer.status() > 299)) {
          wrong.add(cell + " (should be answered)");
        }
        if (!allowed && !isProblem(answer, 403)) {
          wrong.add(cell + " " + answer.contentType() + " (should be a 403 problem)");
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void shouldRefuseEveryApiEndpointWithoutAValidToken() {
    List<Api> strangers =
        List.of(
            anonymous,
            anonymous.as("not-a-jwt"),
            anonymous.as(
                Tokens.sign("admin", "ADMIN", null, null, "another-secret-of-32-characters!!")));
    List<String> wrong = new ArrayList<>();
    for (Endpoint endpoint : endpoints()) {
      for (Api stranger : strangers) {
        Api.Answer answer = endpoint.call().apply(stranger);
        if (!isProblem(answer, 401)) {
          wrong.add(endpoint.name() + ": " + answer.status() + " " + answer.contentType());
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void shouldKeepHealthAndMetricsOpen() {
    assertThat(anonymous.get("/health").status()).isEqualTo(200);
    assertThat(anonymous.get("/metrics").status()).isEqualTo(200);
  }

  private static boolean isProblem(Api.Answer answer, int status) {
    return answer.status() == status
        && answer.contentType() != null
        && answer.contentType().startsWith("application/problem+json");
  }

  private static String sign(String role, String municipality, String network) {
    return Tokens.sign("someone", role, municipality, network, Tokens.TEST_SECRET);
  }

  private static Map<String, Object> measure() {
    return Map.of(
        "title", "Heiltidskultur", "owner", "HR", "starts", "2032-10-01", "status", "planned");
  }

  private Map<String, Object> goal() {
    Map<String, Object> goal = new HashMap<>();
    goal.put("municipality", FRAENA);
    goal.put("indicator", "avg_position_size");
    goal.put("baseline", 71.05);
    goal.put("baselineWave", wave);
    goal.put("target", 75.0);
    goal.put("deadline", "2035-12-31");
    return goal;
  }
}
