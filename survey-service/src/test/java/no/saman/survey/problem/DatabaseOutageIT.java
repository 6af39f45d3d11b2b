package no.saman.survey.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.net.InetSocketAddress;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.saman.infra.testing.TcpProxy;
import no.saman.infra.testing.TestDatabase;
import no.saman.survey.support.Api;
import no.saman.survey.support.SurveyServiceIT;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * quality.md "database restart": while the database is unreachable, requests get 503 problem+json
 * quickly and nothing is half-stored; once it is back the service answers again without a restart.
 * The real database sits behind a TCP proxy that the test cuts and restores.
 */
@MicronautTest(transactional = false)
class DatabaseOutageIT extends SurveyServiceIT {

  private static final String MUNICIPALITY = "1548";
  private static final String UNIT = "1548-INST";

  private final TcpProxy proxy = proxyToDatabase();

  private static TcpProxy proxyToDatabase() {
    InetSocketAddress server = TestDatabase.serverAddress();
    return TcpProxy.to(server.getHostString(), server.getPort());
  }

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = new HashMap<>(super.getProperties());
    properties.put("datasources.default.url", database.jdbcUrlThrough(proxy.port()));
    return properties;
  }

  @AfterAll
  void closeProxy() {
    proxy.close();
  }

  @Test
  void shouldAnswer503WhileTheDatabaseIsDownAndRecoverWithoutARestart() throws SQLException {
    String round = openRound(MUNICIPALITY, UNIT);
    List<String> tokens = invite(round, UNIT, 2);
    String token = tokens.get(0);

    proxy.cut();
    long start = System.nanoTime();
    Api.Answer submission =
        respondent.post("/api/survey/" + token + "/response", validResponse(60, 80));
    long millis = (System.nanoTime() - start) / 1_000_000;
    Api.Answer progress = api.get("/api/rounds/" + round + "/progress");
    Api.Answer questionnaire = respondent.get("/api/survey/" + tokens.get(1));

    for (Api.Answer answer : List.of(submission, progress, questionnaire)) {
      assertThat(answer.status()).as(answer.body()).isEqualTo(503);
      assertThat(answer.contentType()).startsWith("application/problem+json");
      assertThat(answer.map()).containsEntry("status", 503);
      assertThat((String) answer.map().get("detail")).contains("database");
    }
    assertThat(millis).as("answered without waiting for long").isLessThan(10_000);

    proxy.restore();
    Api.Answer retried =
        await()
            .atMost(Duration.ofSeconds(30))
            .until(
                () -> respondent.post("/api/survey/" + token + "/response", validResponse(60, 80)),
                a -> a.status() != 503);
    assertThat(retried.status()).as(retried.body()).isEqualTo(201);
    assertThat(api.get("/api/rounds/" + round + "/progress").status()).isEqualTo(200);
    assertThat(storedResponses()).isEqualTo(1);
  }

  private int storedResponses() throws SQLException {
    try (Connection c = database.connect();
        ResultSet rows = c.createStatement().executeQuery("SELECT COUNT(*) FROM response")) {
      rows.next();
      return rows.getInt(1);
    }
  }
}
