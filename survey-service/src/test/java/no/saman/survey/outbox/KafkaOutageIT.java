package no.saman.survey.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.saman.infra.kafka.KraftBroker;
import no.saman.survey.support.SurveyServiceIT;
import no.saman.survey.support.TopicReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** With its own broker, so that stopping it disturbs no other test. */
@MicronautTest(transactional = false)
class KafkaOutageIT extends SurveyServiceIT {

  private final Path brokerDir = tempDir();
  private KraftBroker broker = new KraftBroker(brokerDir, 0).start();
  private final int brokerPort = broker.port();

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = new HashMap<>(super.getProperties());
    properties.put("survey.kafka.bootstrap-servers", broker.bootstrapServers());
    return properties;
  }

  @AfterAll
  void stopBroker() {
    broker.close();
  }

  @Test
  void shouldAcceptResponsesWhileKafkaIsDownAndPublishEachOnceItReturns() throws Exception {
    String round = openRound("1560", "1560-A");
    List<String> tokens = invite(round, "1560-A", 5);
    await().atMost(Duration.ofSeconds(20)).until(() -> count("outbox") == 0);

    broker.close();
    for (String token : tokens) {
      assertThat(
              respondent.post("/api/survey/" + token + "/response", validResponse(60, 80)).status())
          .isEqualTo(201);
    }
    assertThat(count("outbox")).isEqualTo(5);

    broker = new KraftBroker(brokerDir, brokerPort).start();

    await().atMost(Duration.ofSeconds(60)).until(() -> count("outbox") == 0);
    try (TopicReader reader = new TopicReader(broker.bootstrapServers(), "survey.response.v1")) {
      await()
          .atMost(Duration.ofSeconds(20))
          .until(() -> reader.poll(r -> r.value().contains(round)).size() == 5);
    }
  }

  private long count(String table) throws SQLException {
    try (Connection c = database.connect();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static Path tempDir() {
    try {
      return Files.createTempDirectory("saman-outage-kafka-");
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
