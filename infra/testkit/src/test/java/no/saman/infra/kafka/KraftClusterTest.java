package no.saman.infra.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KraftClusterTest {

  private static final String TOPIC = "t.cluster";

  @TempDir Path dataDir;

  @Test
  void shouldReplicateToThreeKeepWritingWithOneNodeStoppedAndLoseNothing() throws Exception {
    try (KraftCluster cluster = new KraftCluster(dataDir).start();
        Admin admin =
            Admin.create(
                Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers()))) {
      admin
          .createTopics(List.of(new NewTopic(TOPIC, 3, (short) -1)))
          .all()
          .get(30, TimeUnit.SECONDS);
      assertThat(admin.describeCluster().nodes().get(10, TimeUnit.SECONDS)).hasSize(3);
      for (TopicPartitionInfo p : describe(admin).partitions()) {
        assertThat(p.replicas()).as("replicas of partition %d", p.partition()).hasSize(3);
      }
      ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, TOPIC);
      assertThat(
              admin
                  .describeConfigs(List.of(topic))
                  .all()
                  .get(10, TimeUnit.SECONDS)
                  .get(topic)
                  .get("min.insync.replicas")
                  .value())
          .isEqualTo("2");

      try (KafkaProducer<String, String> producer = producer(cluster.bootstrapServers())) {
        send(producer, 0, 100);
        int leader = describe(admin).partitions().get(0).leader().id();
        cluster.stop(leader); // the leader of partition 0, and perhaps the active controller
        send(producer, 100, 200);
        assertThat(consumeAll(cluster.bootstrapServers(), 200))
            .as("every acknowledged record once, with node %d stopped", leader)
            .hasSize(200)
            .doesNotHaveDuplicates();

        cluster.restart(leader);
        await()
            .atMost(Duration.ofSeconds(60))
            .alias("node " + leader + " back in every partition's ISR")
            .until(() -> allInSync(admin));
      }
    }
  }

  private static TopicDescription describe(Admin admin) throws Exception {
    return admin
        .describeTopics(List.of(TOPIC))
        .allTopicNames()
        .get(10, TimeUnit.SECONDS)
        .get(TOPIC);
  }

  private static boolean allInSync(Admin admin) throws Exception {
    return describe(admin).partitions().stream().allMatch(p -> p.isr().size() == 3);
  }

  private static void send(KafkaProducer<String, String> producer, int from, int to)
      throws Exception {
    List<java.util.concurrent.Future<?>> sends = new ArrayList<>();
    for (int i = from; i < to; i++) {
      sends.add(producer.send(new ProducerRecord<>(TOPIC, "k" + (i % 7), "v" + i)));
    }
    for (var send : sends) {
      send.get(60, TimeUnit.SECONDS);
    }
  }

  private static List<String> consumeAll(String bootstrap, int expected) {
    List<String> values = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "cluster-test",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
            new StringDeserializer(),
            new StringDeserializer())) {
      consumer.subscribe(List.of(TOPIC));
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (values.size() < expected && System.nanoTime() < deadline) {
        for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
          values.add(r.value());
        }
      }
      // A little longer: a duplicate would show up now.
      for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofSeconds(1))) {
        values.add(r.value());
      }
    }
    Set<String> expectedValues = new HashSet<>();
    for (int i = 0; i < expected; i++) {
      expectedValues.add("v" + i);
    }
    assertThat(new HashSet<>(values)).isEqualTo(expectedValues);
    return values;
  }

  private static KafkaProducer<String, String> producer(String bootstrap) {
    return new KafkaProducer<>(
        Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
            bootstrap,
            ProducerConfig.ACKS_CONFIG,
            "all",
            ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
            true),
        new StringSerializer(),
        new StringSerializer());
  }
}
