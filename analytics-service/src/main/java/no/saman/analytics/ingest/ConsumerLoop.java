package no.saman.analytics.ingest;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One member of the consumer group, on a thread of its own: commits a batch's offsets only once its
 * transaction has committed and its rejects are on the dead-letter topic; on a transient failure it
 * seeks back and retries with growing back-off, so that nothing is lost and nothing is counted
 * twice.
 */
final class ConsumerLoop implements Runnable {

  private static final Logger LOG = LoggerFactory.getLogger(ConsumerLoop.class);
  private static final Duration POLL_TIMEOUT = Duration.ofMillis(500);
  private static final Duration FIRST_BACKOFF = Duration.ofMillis(200);
  private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

  private final Map<String, Object> config;
  private final EventConsumer.Parts parts;
  private final CountDownLatch stopping;
  private volatile KafkaConsumer<byte[], byte[]> consumer;
  private Duration backoff = FIRST_BACKOFF;

  ConsumerLoop(String clientId, EventConsumer.Parts parts, CountDownLatch stopping) {
    this.parts = parts;
    this.stopping = stopping;
    this.config = config(parts, clientId);
  }

  /** Makes a poll in progress return, so that the thread sees it is stopping. */
  void wakeup() {
    KafkaConsumer<byte[], byte[]> running = consumer;
    if (running != null) {
      running.wakeup();
    }
  }

  @Override
  public void run() {
    try (KafkaConsumer<byte[], byte[]> kafka =
        new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      consumer = kafka;
      kafka.subscribe(EventDecoder.TOPICS);
      LOG.info(
          "Consuming {} as {} of group {}",
          EventDecoder.TOPICS,
          config.get(ConsumerConfig.CLIENT_ID_CONFIG),
          parts.properties().groupId());
      while (!isStopping()) {
        pollOnce(kafka);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    LOG.info("Stopped consuming");
  }

  private void pollOnce(KafkaConsumer<byte[], byte[]> kafka) throws InterruptedException {
    try {
      ConsumerRecords<byte[], byte[]> records = kafka.poll(POLL_TIMEOUT);
      if (!records.isEmpty()) {
        handle(kafka, records);
      }
    } catch (WakeupException e) {
      LOG.debug("Woken up; stopping: {}", isStopping());
    } catch (KafkaException e) {
      LOG.error("Polling failed; polling again in {} ms", backoff.toMillis(), e);
      pause();
    }
  }

  private void handle(KafkaConsumer<byte[], byte[]> kafka, ConsumerRecords<byte[], byte[]> records)
      throws InterruptedException {
    try {
      deadLetter(parts.processor().store(records));
    } catch (TransientFailure | KafkaException | ExecutionException e) {
      retryLater(kafka, records, e);
      return;
    } catch (RuntimeException e) {
      LOG.error("Unexpected failure while processing a batch; it will be retried", e);
      retryLater(kafka, records, e);
      return;
    }
    backoff = FIRST_BACKOFF;
    parts.state().stored(records);
    commit(kafka, records);
  }

  /** Sends the rejects of a stored batch to the dead-letter topic before its offsets move on. */
  private void deadLetter(List<DeadLetters.Letter> letters)
      throws ExecutionException, InterruptedException {
    if (letters.isEmpty()) {
      return;
    }
    parts.deadLetters().send(letters);
    parts.state().deadLettered(letters.size());
    for (DeadLetters.Letter letter : letters) {
      LOG.warn(
          "Dead-lettered {}-{}@{}: {}",
          letter.record().topic(),
          letter.record().partition(),
          letter.record().offset(),
          letter.reason());
      parts.metrics().count(letter.record().topic(), IngestMetrics.Outcome.DEAD_LETTERED, 1);
    }
  }

  private void commit(
      KafkaConsumer<byte[], byte[]> kafka, ConsumerRecords<byte[], byte[]> records) {
    Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
    for (TopicPartition partition : records.partitions()) {
      List<ConsumerRecord<byte[], byte[]>> batch = records.records(partition);
      offsets.put(partition, new OffsetAndMetadata(batch.get(batch.size() - 1).offset() + 1));
    }
    try {
      kafka.commitSync(offsets);
    } catch (KafkaException e) {
      LOG.warn("Offsets not committed; the batch may be redelivered and will be skipped then", e);
    }
  }

  private void retryLater(
      KafkaConsumer<byte[], byte[]> kafka, ConsumerRecords<byte[], byte[]> records, Exception cause)
      throws InterruptedException {
    parts.metrics().retry();
    LOG.warn(
        "Batch of {} records not stored; retrying in {} ms",
        records.count(),
        backoff.toMillis(),
        cause);
    for (TopicPartition partition : records.partitions()) {
      kafka.seek(partition, records.records(partition).get(0).offset());
    }
    pause();
  }

  /** Waits the current back-off (or until stopped) and doubles it, up to the maximum. */
  private void pause() throws InterruptedException {
    stopping.await(backoff.toMillis(), TimeUnit.MILLISECONDS);
    Duration doubled = backoff.multipliedBy(2);
    backoff = doubled.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : doubled;
  }

  private boolean isStopping() {
    return stopping.getCount() == 0;
  }

  private static Map<String, Object> config(EventConsumer.Parts parts, String clientId) {
    Map<String, Object> config = parts.settings().forClient(clientId);
    config.put(ConsumerConfig.GROUP_ID_CONFIG, parts.properties().groupId());
    config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    return config;
  }
}
