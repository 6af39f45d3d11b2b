package no.saman.infra.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import no.saman.infra.bench.LoadRounds;
import no.saman.infra.demo.JsonHttp;
import no.saman.infra.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * survey-service killed with SIGKILL while it takes responses under load, with a long batching
 * window so that the kill lands while batches are being gathered and written: after a restart,
 * every token is spent exactly when its response is stored, every 201 is among the stored
 * responses, a request cut off by the kill either got stored (a retry then answers 409) or not (a
 * retry gets 201), and analytics counts each stored response exactly once.
 */
class SurveyKilledUnderLoadIT {

  private static final String MUNICIPALITY = "9971";
  private static final int CLIENTS = 16;
  private static final int LINKS = 1500;

  @Test
  void shouldCountEvery201ExactlyOnceAndSpendNoTokenWithoutItsResponse() throws Exception {
    try (PackagedServices services =
        PackagedServices.start("killed", Map.of("SURVEY_INTAKE_BATCH_WINDOW", "20ms"))) {
      JsonHttp anonymous = new JsonHttp(services.surveyUrl());
      String token =
          anonymous.login(PackagedServices.ADMIN_USERNAME, PackagedServices.ADMIN_PASSWORD);
      JsonHttp admin = anonymous.withToken(token);
      LoadRounds.municipality(admin, MUNICIPALITY, "Killed", "KILLED", 100_000);
      String round = LoadRounds.open(admin, MUNICIPALITY, "Killed under load", "2099-killed");
      Queue<String> links =
          new ConcurrentLinkedQueue<>(LoadRounds.links(admin, round, "KILLED", LINKS));
      Set<String> accepted = ConcurrentHashMap.newKeySet();
      Set<String> cutOff = ConcurrentHashMap.newKeySet();
      Queue<Integer> unexpected = new ConcurrentLinkedQueue<>();

      List<Thread> clients = new ArrayList<>();
      for (int i = 0; i < CLIENTS; i++) {
        Thread t =
            new Thread(
                () -> {
                  String link;
                  while ((link = links.poll()) != null) {
                    int status = IntakeRounds.submit(services.surveyUrl(), link);
                    if (status == 201) {
                      accepted.add(link);
                    } else if (status == 0) {
                      cutOff.add(link);
                    } else {
                      unexpected.add(status);
                    }
                  }
                });
        clients.add(t);
        t.start();
      }
      await().atMost(Duration.ofMinutes(3)).until(() -> accepted.size() >= 200);
      services.killSurvey();
      for (Thread t : clients) {
        t.join();
      }
      int acceptedBeforeKill = accepted.size();
      assertThat(unexpected).as("answers other than 201 before the kill").isEmpty();
      assertThat(cutOff).as("requests in flight when survey-service was killed").isNotEmpty();

      services.restartSurvey();
      int storedWithoutA201 = 0;
      for (String link : cutOff) {
        int status = IntakeRounds.submit(services.surveyUrl(), link);
        assertThat(status).as("a cut-off request sent again").isIn(201, 409);
        if (status == 201) {
          accepted.add(link);
        } else {
          storedWithoutA201++;
        }
      }

      System.out.printf(
          "killed after %d 201s; %d requests cut off or refused, %d of them stored%n",
          acceptedBeforeKill, cutOff.size(), storedWithoutA201);
      String jdbc = services.surveyDatabase().jdbcUrl();
      long stored = count(jdbc, "SELECT COUNT(*) FROM response WHERE round_id = ?", round);
      long spent =
          count(jdbc, "SELECT COUNT(*) FROM invitation WHERE round_id = ? AND used", round);
      assertThat(spent).as("tokens spent = responses stored").isEqualTo(stored);
      assertThat(stored)
          .as("stored = every 201 plus the cut-off requests a retry found stored")
          .isEqualTo(accepted.size() + storedWithoutA201);
      assertThat(acceptedBeforeKill).isGreaterThanOrEqualTo(200);
      for (String link : accepted) {
        assertThat(spent(jdbc, link)).as("the token of a 201 is spent").isTrue();
      }

      JsonHttp results = new JsonHttp(services.analyticsUrl()).withToken(token);
      await()
          .atMost(Duration.ofMinutes(3))
          .pollInterval(Duration.ofMillis(500))
          .until(() -> LoadRounds.counted(results, round) >= stored);
      await()
          .atMost(Duration.ofMinutes(1))
          .until(() -> count(jdbc, "SELECT COUNT(*) FROM outbox") == 0);
      // The outbox is drained: the count must stay put while a redelivered event could still
      // arrive.
      await()
          .during(Duration.ofSeconds(3))
          .atMost(Duration.ofSeconds(15))
          .until(() -> LoadRounds.counted(results, round), n -> n == stored);
      assertThat(LoadRounds.counted(results, round))
          .as("counted in analytics")
          .isEqualTo((int) stored);
    }
  }

  private static long count(String jdbc, String sql, String... parameters) throws SQLException {
    try (Connection c = connect(jdbc);
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        s.setString(i + 1, parameters[i]);
      }
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static boolean spent(String jdbc, String link) throws Exception {
    byte[] hash =
        MessageDigest.getInstance("SHA-256").digest(link.getBytes(StandardCharsets.US_ASCII));
    try (Connection c = connect(jdbc);
        PreparedStatement s =
            c.prepareStatement("SELECT used FROM invitation WHERE token_hash = ?")) {
      s.setBytes(1, hash);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() && rs.getBoolean(1);
      }
    }
  }

  private static Connection connect(String jdbc) throws SQLException {
    return DriverManager.getConnection(jdbc, TestDatabase.user(), TestDatabase.password());
  }
}
