package no.saman.analytics.ingest;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;

/**
 * How much one poll may hold, for the live consumer (where a poll is one transaction) and for the
 * replay alike: larger batches write each statistics row once for more responses (README, Scale).
 */
@Singleton
final class ConsumerBatching {

  private final int maxRecords;
  private final int partitionFetchBytes;

  /**
   * @param maxRecords records per poll
   * @param partitionFetchBytes bytes one fetch takes of a partition; with three partitions per
   *     member it must hold about a third of {@code maxRecords}
   */
  ConsumerBatching(
      @Value("${analytics.consumer.batch-records:10000}") int maxRecords,
      @Value("${analytics.consumer.partition-fetch-bytes:8388608}") int partitionFetchBytes) {
    if (maxRecords < 1 || partitionFetchBytes < 1) {
      throw new IllegalArgumentException(
          "analytics.consumer.batch-records and partition-fetch-bytes must be at least 1");
    }
    this.maxRecords = maxRecords;
    this.partitionFetchBytes = partitionFetchBytes;
  }

  /** The consumer settings that carry it. */
  Map<String, Object> consumerConfig() {
    return Map.of(
        ConsumerConfig.MAX_POLL_RECORDS_CONFIG,
        maxRecords,
        ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG,
        partitionFetchBytes);
  }
}
