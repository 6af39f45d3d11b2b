package no.saman.analytics.support;

import io.micronaut.test.support.TestPropertyProvider;
import java.util.Map;
import java.util.UUID;
import no.saman.infra.testing.SharedKafka;
import no.saman.infra.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;

/**
 * The base of every integration test class: a fresh schema on the real MySQL-compatible server, the
 * JVM's real Kafka broker, and a consumer group of its own, so that classes never share state.
 * Classes share the topics, so each one works in rounds of its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class IntegrationTest implements TestPropertyProvider {

  protected final TestDatabase database = TestDatabase.create("analytics");
  protected final String groupId = "analytics-test-" + UUID.randomUUID();

  @Override
  public Map<String, String> getProperties() {
    return Map.of(
        "datasources.default.url", database.jdbcUrl() + "&rewriteBatchedStatements=true",
        "datasources.default.username", TestDatabase.user(),
        "datasources.default.password", TestDatabase.password(),
        "analytics.kafka.bootstrap-servers", SharedKafka.bootstrapServers(),
        "analytics.kafka.group-id", groupId);
  }

  @AfterAll
  void dropDatabase() {
    database.close();
  }

  /** Whether the organisation topic has delivered the municipality and at least these units. */
  protected boolean organisationArrived(String municipality, String... units) {
    Sql sql = new Sql(database);
    if (sql.number("SELECT COUNT(*) FROM municipality WHERE code = ?", municipality) == 0) {
      return false;
    }
    for (String unit : units) {
      if (sql.number("SELECT COUNT(*) FROM org_unit WHERE id = ?", municipality + "/" + unit)
          == 0) {
        return false;
      }
    }
    return true;
  }

  /** Whether the rounds topic has delivered the round itself (not only its responses). */
  protected boolean roundArrived(String round) {
    return new Sql(database)
            .number("SELECT COUNT(*) FROM survey_round WHERE id = ? AND title IS NOT NULL", round)
        == 1;
  }

  /** A round id no other test class uses. */
  protected static String uniqueRound(String name) {
    return "r-" + name + "-" + UUID.randomUUID().toString().substring(0, 8);
  }
}
