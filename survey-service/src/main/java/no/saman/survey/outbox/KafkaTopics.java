package no.saman.survey.outbox;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the topics survey-service publishes, if missing, with the right retention: the state
 * topics (organisation, rounds) are compacted so that a new consumer can rebuild from them; the
 * response topic keeps every event.
 */
@Singleton
public class KafkaTopics implements ApplicationEventListener<StartupEvent> {

  static final int PARTITIONS = 6;
  private static final Logger LOG = LoggerFactory.getLogger(KafkaTopics.class);

  private final KafkaSettings kafka;

  public KafkaTopics(KafkaSettings kafka) {
    this.kafka = kafka;
  }

  static List<NewTopic> topics() {
    Map<String, String> compacted =
        Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT);
    Map<String, String> kept = Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1");
    return List.of(
        new NewTopic("survey.response.v1", PARTITIONS, (short) -1).configs(kept),
        new NewTopic("survey.organisation.v1", PARTITIONS, (short) -1).configs(compacted),
        new NewTopic("survey.rounds.v1", PARTITIONS, (short) -1).configs(compacted));
  }

  /** Best effort at start: with Kafka down the service still takes responses into the outbox. */
  @Override
  public void onApplicationEvent(StartupEvent event) {
    Properties p = new Properties();
    p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
    p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
    p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000);
    try (Admin admin = Admin.create(p)) {
      Set<String> existing = admin.listTopics().names().get(10, TimeUnit.SECONDS);
      List<NewTopic> missing = topics().stream().filter(t -> !existing.contains(t.name())).toList();
      if (!missing.isEmpty()) {
        admin.createTopics(missing).all().get(10, TimeUnit.SECONDS);
        LOG.info("Created Kafka topics {}", missing.stream().map(NewTopic::name).toList());
      }
    } catch (ExecutionException | java.util.concurrent.TimeoutException | RuntimeException e) {
      LOG.warn(
          "Could not check the Kafka topics now ({}); they are created on first publish",
          e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
