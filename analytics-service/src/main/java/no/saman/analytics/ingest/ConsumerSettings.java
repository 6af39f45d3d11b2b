package no.saman.analytics.ingest;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;

/**
 * The consumer settings the live consumer and the replay share: committed records only, offsets
 * committed by the code, and how much one poll may hold. For the live consumer a poll is one
 * transaction, and larger batches write each statistics row once for more responses (README,
 * Scale).
 */
@Singleton
final class ConsumerSettings {

  private final KafkaProperties properties;
  private final int maxRecords;
  private final int partitionFetchBytes;

  /**
   * @param maxRecords records per poll
   * @param partitionFetchBytes bytes one fetch takes of a partition; with three partitions per
   *     member it must hold about a third of {@code maxRecords}
   */
  ConsumerSettings(
      KafkaProperties properties,
      @Value("${analytics.consumer.batch-records:10000}") int maxRecords,
      @Value("${analytics.consumer.partition-fetch-bytes:8388608}") int partitionFetchBytes) {
    if (maxRecords < 1 || partitionFetchBytes < 1) {
      throw new IllegalArgumentException(
          "analytics.consumer.batch-records and partition-fetch-bytes must be at least 1");
    }
    this.properties = properties;
    this.maxRecords = maxRecords;
    this.partitionFetchBytes = partitionFetchBytes;
  }

  /** A consumer's configuration, modifiable so that the caller can add its own. */
  Map<String, Object> forClient(String clientId) {
    Map<String, Object> config = new HashMap<>();
    config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, properties.bootstrapServers());
    config.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, maxRecords);
    config.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, partitionFetchBytes);
    return config;
  }
}
