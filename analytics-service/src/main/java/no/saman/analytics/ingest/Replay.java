package no.saman.analytics.ingest;

import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replays the survey topics from offset 0 up to their current end into this service's schema,
 * through the same decoding and storing as live consumption: the organisation and rounds first, so
 * that responses find their instrument, then the responses. Records the live consumer dead-lettered
 * are only counted: the dead-letter topic has them already.
 */
@Singleton
public class Replay {

  private static final Logger LOG = LoggerFactory.getLogger(Replay.class);
  private static final Duration POLL_TIMEOUT = Duration.ofMillis(500);
  private static final Duration RETRY_PAUSE = Duration.ofSeconds(1);
  private static final int MAX_ATTEMPTS = 30;

  private final KafkaProperties properties;
  private final BatchProcessor processor;

  Replay(KafkaProperties properties, BatchProcessor processor) {
    this.properties = properties;
    this.processor = processor;
  }

  /** Told how far the replay has come, after every stored batch. */
  @FunctionalInterface
  public interface Progress {
    void update(String phase, long done, long total);
  }

  /**
   * What the replay did.
   *
   * @param events records read and stored or rejected
   * @param rejected records that could not be used
   * @param endOffsets where each partition ended: a consumer group continuing from here misses
   *     nothing
   */
  public record Result(long events, long rejected, Map<TopicPartition, Long> endOffsets) {}

  /** Replays everything up to the ends the topics have now. */
  public Result run(Progress progress) throws InterruptedException {
    Map<TopicPartition, Long> ends = new HashMap<>();
    long events = 0;
    long rejected = 0;
    try (KafkaConsumer<byte[], byte[]> kafka =
        new KafkaConsumer<>(config(), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      for (List<String> phase :
          List.of(
              List.of(OrganisationEvent.TOPIC, RoundEvent.TOPIC), List.of(ResponseEvent.TOPIC))) {
        long[] counts = replay(kafka, phase, ends, progress);
        events += counts[0];
        rejected += counts[1];
      }
    }
    return new Result(events, rejected, Map.copyOf(ends));
  }

  private long[] replay(
      KafkaConsumer<byte[], byte[]> kafka,
      List<String> topics,
      Map<TopicPartition, Long> ends,
      Progress progress)
      throws InterruptedException {
    List<TopicPartition> partitions = new ArrayList<>();
    for (String topic : topics) {
      List<PartitionInfo> infos = kafka.partitionsFor(topic, Duration.ofSeconds(30));
      if (infos != null) {
        infos.forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
      }
    }
    String phase = String.join(" + ", topics);
    kafka.assign(partitions);
    kafka.seekToBeginning(partitions);
    Map<TopicPartition, Long> end = kafka.endOffsets(partitions);
    Map<TopicPartition, Long> begin = kafka.beginningOffsets(partitions);
    ends.putAll(end);
    long total = partitions.stream().mapToLong(p -> end.get(p) - begin.get(p)).sum();
    long done = 0;
    long rejected = 0;
    progress.update(phase, 0, total);
    while (partitions.stream().anyMatch(p -> kafka.position(p) < end.get(p))) {
      List<ConsumerRecord<byte[], byte[]>> batch = new ArrayList<>();
      for (ConsumerRecord<byte[], byte[]> r : kafka.poll(POLL_TIMEOUT)) {
        if (r.offset() < end.get(new TopicPartition(r.topic(), r.partition()))) {
          batch.add(r);
        }
      }
      if (batch.isEmpty()) {
        continue;
      }
      rejected += storeWithRetries(batch);
      done += batch.size();
      progress.update(phase, done, total);
    }
    kafka.unsubscribe();
    return new long[] {done, rejected};
  }

  private int storeWithRetries(List<ConsumerRecord<byte[], byte[]>> batch)
      throws InterruptedException {
    for (int attempt = 1; ; attempt++) {
      try {
        return processor.store(batch).size();
      } catch (TransientFailure e) {
        if (attempt >= MAX_ATTEMPTS) {
          throw new IllegalStateException("The database keeps failing; replay stopped", e);
        }
        LOG.warn(
            "Batch not stored ({}); retrying in {} s", e.getMessage(), RETRY_PAUSE.toSeconds());
        Thread.sleep(RETRY_PAUSE.toMillis());
      }
    }
  }

  /**
   * Commits the replay's end offsets for a consumer group, so that a service started on the rebuilt
   * schema with that group continues exactly where the replay stopped.
   */
  public void commitFor(String groupId, Map<TopicPartition, Long> endOffsets) {
    Map<String, Object> config = new HashMap<>(config());
    config.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
    Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
    endOffsets.forEach((p, o) -> offsets.put(p, new OffsetAndMetadata(o)));
    try (KafkaConsumer<byte[], byte[]> kafka =
        new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      kafka.commitSync(offsets);
    }
  }

  private Map<String, Object> config() {
    return Map.of(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
        properties.bootstrapServers(),
        ConsumerConfig.CLIENT_ID_CONFIG,
        properties.groupId() + "-replay",
        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
        false,
        ConsumerConfig.ISOLATION_LEVEL_CONFIG,
        "read_committed",
        ConsumerConfig.MAX_POLL_RECORDS_CONFIG,
        2000);
  }
}
