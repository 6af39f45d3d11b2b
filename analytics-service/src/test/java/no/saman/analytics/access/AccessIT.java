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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import no.saman.analytics.support.Api;
import no.saman.analytics.support.IntegrationTest;
import no.saman.analytics.support.TestEvents;
import no.saman.analytics.support.Tokens;
import no.saman.infra.testing.SharedKafka;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every analytics endpoint against every role and scope: who gets an answer and who a refusal. */
@MicronautTest
class AccessIT extends IntegrationTest {

  private static final List<String> UNIT = List.of("1548", "1548-HEIM");

  @Inject
  @Client("/")
  HttpClient client;

  @Inject ObjectMapper json;

  private final String round = uniqueRound("1548-access");
  private Api anonymous;
  private TestEvents events;

  /** One endpoint: how to call it. */
  private record Endpoint(String name, Function<Api, Api.Answer> call) {}

  @BeforeAll
  void produceARound() {
    anonymous = new Api(client, json);
    events = new TestEvents(SharedKafka.bootstrapServers());
    events.sendMunicipality("1548", "Fræna", "Møre og Romsdal", "nn");
    events.sendUnit("1548", "1548-HEIM", "Heimebaserte tenester", null, 230, "heimeteneste");
    events.sendRound(round, "1548", "Tilgang");
    events.sendResponses(round, UNIT, List.of(Map.of("H1", 50, "H2", 80)));
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> roundArrived(round) && organisationArrived("1548", "1548-HEIM"));
  }

  @AfterAll
  void closeProducer() {
    events.close();
  }

  /** The endpoints HR of Fræna may use, with what they answer for her. */
  private List<Endpoint> fraenasEndpoints() {
    return List.of(
        new Endpoint("round results", a -> a.get("/api/rounds/" + round + "/results")),
        new Endpoint(
            "unit results", a -> a.get("/api/rounds/" + round + "/results?unit=1548-HEIM")),
        new Endpoint(
            "unit report",
            a -> a.get("/api/reports/unit?round=" + round + "&unit=1548-HEIM&format=csv")));
  }

  @Test
  void shouldRefuseEveryApiEndpointWithoutAValidToken() {
    List<Api> strangers =
        List.of(
            anonymous,
            anonymous.as("not-a-jwt"),
            anonymous.as(
                Tokens.sign("admin", "ADMIN", null, null, "another-secret-of-32-characters!!")));
    for (Endpoint endpoint : fraenasEndpoints()) {
      for (Api stranger : strangers) {
        assertRefused(endpoint, endpoint.call().apply(stranger), 401);
      }
    }
  }

  @Test
  void shouldLetHrOfTheMunicipalityAndAdminsIn() {
    for (Endpoint endpoint : fraenasEndpoints()) {
      assertThat(endpoint.call().apply(anonymous.as(Tokens.hr("1548"))).status())
          .as(endpoint.name())
          .isEqualTo(200);
      assertThat(endpoint.call().apply(anonymous.as(Tokens.admin())).status())
          .as(endpoint.name())
          .isEqualTo(200);
    }
  }

  @Test
  void shouldRefuseHrOfAnotherMunicipalityAndNetworkLeaders() {
    Map<String, Api> others = new LinkedHashMap<>();
    others.put("HR of Vefsn", anonymous.as(Tokens.hr("1824")));
    others.put(
        "HR without municipality",
        anonymous.as(Tokens.sign("x", "HR", null, null, Tokens.TEST_SECRET)));
    others.put("leader of another network", anonymous.as(Tokens.leader("another-network")));
    others.put(
        "unknown role", anonymous.as(Tokens.sign("x", "GUEST", "1548", null, Tokens.TEST_SECRET)));
    for (Endpoint endpoint : fraenasEndpoints()) {
      for (Map.Entry<String, Api> other : others.entrySet()) {
        assertRefused(endpoint, endpoint.call().apply(other.getValue()), 403);
      }
    }
  }

  @Test
  void shouldShowTheIndicatorCatalogueToEverySignedInRoleOnly() {
    Endpoint catalogue = new Endpoint("indicators", a -> a.get("/api/indicators"));
    for (String token :
        List.of(Tokens.admin(), Tokens.hr("1824"), Tokens.leader("another-network"))) {
      assertThat(catalogue.call().apply(anonymous.as(token)).status()).isEqualTo(200);
    }
    assertRefused(catalogue, catalogue.call().apply(anonymous), 401);
  }

  @Test
  void shouldKeepHealthAndMetricsOpen() {
    assertThat(anonymous.get("/health").status()).isEqualTo(200);
    assertThat(anonymous.get("/metrics").status()).isEqualTo(200);
  }

  private void assertRefused(Endpoint endpoint, Api.Answer answer, int status) {
    List<String> problems = new ArrayList<>();
    if (answer.status() != status) {
      problems.add("status " + answer.status());
    }
    if (answer.contentType() == null
        || !answer.contentType().startsWith("application/problem+json")) {
      problems.add("content type " + answer.contentType());
    }
    assertThat(problems).as(endpoint.name() + " should be " + status).isEmpty();
  }
}
