package no.saman.survey.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.saman.infra.testing.SharedKafka;
import no.saman.survey.support.SurveyServiceIT;
import no.saman.survey.support.TopicReader;
import org.junit.jupiter.api.Test;

/**
 * Several relays at once — as when two survey-service instances share the schema — must publish a
 * key's successive states in the order they were committed: analytics keeps the last state it reads
 * of a unit or a round. One row per batch and big rows between small ones widen the window in which
 * a second relay, claiming with SKIP LOCKED, would overtake the first; the relay lock closes it.
 */
@MicronautTest(transactional = false)
class OutboxRelayOrderIT extends SurveyServiceIT {

  private static final int STATES = 60;
  private static final Pattern SEQUENCE = Pattern.compile("\"seq\":(\\d+)");

  @Inject OutboxPublisher publisher;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = new HashMap<>(super.getProperties());
    properties.put("survey.outbox.batch-size", "1");
    properties.put("survey.outbox.idle-poll", "5ms");
    return properties;
  }

  @Test
  void shouldPublishOneKeysSuccessiveStatesInCommitOrderWhenRelaysRunAtOnce() throws Exception {
    String topic = "relay-order-" + UUID.randomUUID();
    String key = "1548/1548-A";
    insertStates(topic, key);

    AtomicBoolean drained = new AtomicBoolean();
    ExecutorService relays = Executors.newFixedThreadPool(3);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        running.add(relays.submit(() -> relay(drained)));
      }
      await().atMost(Duration.ofSeconds(120)).until(() -> outboxRows(topic) == 0);
      drained.set(true);
      for (Future<?> relay : running) {
        relay.get();
      }
    } finally {
      relays.shutdownNow();
    }

    try (TopicReader reader = new TopicReader(SharedKafka.bootstrapServers(), topic)) {
      List<Integer> published = new ArrayList<>();
      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () -> {
                published.clear();
                reader
                    .poll(r -> key.equals(r.key()))
                    .forEach(r -> published.add(sequence(r.value())));
                return published.size() >= STATES;
              });
      List<Integer> inOrder = new ArrayList<>();
      for (int i = 0; i < STATES; i++) {
        inOrder.add(i);
      }
      assertThat(published).as("the states in the order the topic holds them").isEqualTo(inOrder);
    }
  }

  /** A relay of its own, as another instance runs: publishes batches until the test is done. */
  private Void relay(AtomicBoolean drained) throws InterruptedException {
    while (!drained.get()) {
      publisher.publishBatch();
    }
    return null;
  }

  /**
   * The key's successive states in one commit, so that every relay finds them at once (their ids
   * are the order they were written in); every other one is big (300 kB).
   */
  private void insertStates(String topic, String key) throws SQLException {
    Random random = new Random(13);
    try (Connection c = database.connect();
        PreparedStatement insert =
            c.prepareStatement(
                "INSERT INTO outbox (topic, message_key, payload) VALUES (?, ?, ?)")) {
      c.setAutoCommit(false);
      for (int seq = 0; seq < STATES; seq++) {
        insert.setString(1, topic);
        insert.setString(2, key);
        insert.setString(3, "{\"seq\":" + seq + ",\"pad\":\"" + padding(random, seq) + "\"}");
        insert.executeUpdate();
      }
      c.commit();
    }
  }

  private static String padding(Random random, int seq) {
    if (seq % 2 == 1) {
      return "";
    }
    StringBuilder text = new StringBuilder(300_000);
    for (int i = 0; i < 300_000; i++) {
      text.append((char) ('a' + random.nextInt(26)));
    }
    return text.toString();
  }

  private long outboxRows(String topic) throws SQLException {
    try (Connection c = database.connect();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery("SELECT COUNT(*) FROM outbox WHERE topic = '" + topic + "'")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static int sequence(String payload) {
    Matcher m = SEQUENCE.matcher(payload);
    if (!m.find()) {
      throw new AssertionError("No sequence number in " + payload.substring(0, 40));
    }
    return Integer.parseInt(m.group(1));
  }
}
