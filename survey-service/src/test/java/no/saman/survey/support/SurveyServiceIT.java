package no.saman.survey.support;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.saman.infra.testing.SharedKafka;
import no.saman.infra.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * Base of the survey-service integration tests: the real MySQL-compatible server (a fresh schema
 * per test class) and the real Kafka broker of this test JVM.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class SurveyServiceIT implements TestPropertyProvider {

  protected final TestDatabase database = TestDatabase.create("survey");

  @Inject protected EmbeddedServer server;
  @Inject protected ObjectMapper json;

  /** The service's clock: rounds are dated in its zone, never the test machine's. */
  @Inject protected Clock clock;

  /** Signed in as the first administrator. */
  protected Api api;

  /** Without credentials, as a respondent with a link is. */
  protected Api respondent;

  @Override
  public Map<String, String> getProperties() {
    return Map.of(
        "datasources.default.url", database.jdbcUrl() + "&rewriteBatchedStatements=true",
        "datasources.default.username", TestDatabase.user(),
        "datasources.default.password", TestDatabase.password(),
        "survey.kafka.bootstrap-servers", SharedKafka.bootstrapServers());
  }

  @BeforeEach
  protected void connectApi() {
    respondent = new Api(server.getURI(), json);
    api = respondent.signedInAs("admin", "test-admin-password");
  }

  @AfterAll
  void dropDatabase() {
    database.close();
  }

  /** Registers a municipality with one unit (headcount 90) and opens a HEILTID round for it. */
  protected String openRound(String municipality, String unit) {
    api.put(
        "/api/municipalities/" + municipality,
        Map.of("name", "Fræna", "county", "Møre og Romsdal", "language", "nn"));
    api.put(
        "/api/municipalities/" + municipality + "/units/" + unit,
        Map.of("name", "Institusjonstenesta", "headcount", 90, "type", "sjukeheim"));
    LocalDate today = LocalDate.now(clock);
    Api.Answer round =
        api.post(
            "/api/rounds",
            Map.of(
                "municipality",
                municipality,
                "title",
                "Heiltid og deltid",
                "wave",
                "2013-autumn",
                "modules",
                List.of("HEILTID"),
                "opens",
                today.minusDays(1).toString(),
                "closes",
                today.plusDays(30).toString()));
    if (round.status() != 201) {
      throw new IllegalStateException("Round not created: " + round.body());
    }
    return (String) round.map().get("id");
  }

  @SuppressWarnings("unchecked")
  protected List<String> invite(String roundId, String unit, int count) {
    Api.Answer answer =
        api.post("/api/rounds/" + roundId + "/invitations", Map.of("unit", unit, "count", count));
    if (answer.status() != 201) {
      throw new IllegalStateException("Invitations not issued: " + answer.body());
    }
    return (List<String>) answer.map().get("tokens");
  }

  protected static Map<String, Object> validResponse(int h1, int h2) {
    return Map.of(
        "language", "nn",
        "background", Map.of("occupation", "healthcare_worker", "ageBand", "30-39"),
        "answers", Map.of("H1", h1, "H2", h2, "H7", 4),
        "comments", Map.of("HEILTID", "Eg vil ha større stilling."));
  }
}
