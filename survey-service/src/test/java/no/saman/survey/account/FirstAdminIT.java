package no.saman.survey.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.saman.survey.support.SurveyServiceIT;
import org.junit.jupiter.api.Test;

/**
 * Two survey-service instances started together on an empty schema both find no accounts and both
 * create the first administrator: neither start may fail, and the first one's account stays.
 */
@MicronautTest(transactional = false)
class FirstAdminIT extends SurveyServiceIT {

  private static final int INSTANCES = 6;

  @Inject UserAccountRepository accounts;

  @Test
  void shouldLeaveTheAdministratorAnotherInstanceJustCreated() {
    // This instance found no accounts at its start, but another one created the admin meanwhile.
    new FirstAdmin(accounts, "admin", "another-instances-password").createAdmin();

    assertThat(login("test-admin-password")).isEqualTo(200);
    assertThat(login("another-instances-password")).isEqualTo(401);
  }

  @Test
  void shouldCreateOneAdministratorWhenInstancesStartTogetherOnAnEmptySchema() throws Exception {
    String before = passwordHash();
    deleteAccounts();
    CyclicBarrier together = new CyclicBarrier(INSTANCES);
    ExecutorService starts = Executors.newFixedThreadPool(INSTANCES);
    try {
      List<Future<?>> started = new ArrayList<>();
      for (int i = 0; i < INSTANCES; i++) {
        FirstAdmin instance = new FirstAdmin(accounts, "admin", "test-admin-password");
        started.add(
            starts.submit(
                () -> {
                  together.await();
                  instance.onApplicationEvent(null);
                  return null;
                }));
      }
      for (Future<?> start : started) {
        start.get(); // a failed start throws here
      }
    } finally {
      starts.shutdownNow();
    }

    assertThat(accounts.count()).isEqualTo(1);
    assertThat(passwordHash()).isNotEqualTo(before); // created anew, not left from the context
    assertThat(login("test-admin-password")).isEqualTo(200);
  }

  private int login(String password) {
    return respondent
        .post("/api/login", Map.of("username", "admin", "password", password))
        .status();
  }

  private void deleteAccounts() throws SQLException {
    try (Connection c = database.connect();
        Statement s = c.createStatement()) {
      s.executeUpdate("DELETE FROM user_account");
    }
  }

  private String passwordHash() throws SQLException {
    try (Connection c = database.connect();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery("SELECT password_hash FROM user_account WHERE username = 'admin'")) {
      return rs.next() ? rs.getString(1) : null;
    }
  }
}
