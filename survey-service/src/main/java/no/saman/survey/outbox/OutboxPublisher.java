package no.saman.survey.outbox;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes one batch of the outbox: takes the relay lock (one relay at a time across instances, so
 * that a key's events leave in commit order), claims the oldest rows, sends them with an idempotent
 * producer, waits for every acknowledgement and deletes the rows in the same transaction. If any
 * send fails the transaction rolls back and the rows wait for the next attempt (at-least-once).
 */
@Singleton
public class OutboxPublisher {

  private static final Duration SEND_TIMEOUT = Duration.ofSeconds(15);

  private final OutboxRepository repository;
  private final OutboxSettings settings;
  private final Producer<String, String> producer;

  public OutboxPublisher(
      OutboxRepository repository, OutboxSettings settings, KafkaSettings kafka) {
    this.repository = repository;
    this.settings = settings;
    this.producer = createProducer(kafka);
  }

  /**
   * Returns how many events were published. READ COMMITTED: under REPEATABLE READ the claim's
   * {@code FOR UPDATE} takes gap locks past the last row, which block every writer's outbox insert
   * until the batch's acknowledgements are in.
   */
  @Transactional(isolation = TransactionDefinition.Isolation.READ_COMMITTED)
  public int publishBatch() throws InterruptedException {
    if (repository.lockRelay().isEmpty()) {
      return 0; // another relay is publishing; it takes these rows in its next batch
    }
    List<OutboxMessage> batch = repository.claim(settings.batchSize());
    if (batch.isEmpty()) {
      return 0;
    }
    List<Future<RecordMetadata>> sends = new ArrayList<>(batch.size());
    for (OutboxMessage m : batch) {
      sends.add(producer.send(new ProducerRecord<>(m.topic(), m.messageKey(), m.payload())));
    }
    try {
      for (Future<RecordMetadata> send : sends) {
        send.get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      }
    } catch (ExecutionException | TimeoutException e) {
      throw new PublishFailedException(e);
    }
    repository.deleteByIdIn(batch.stream().map(OutboxMessage::id).toList());
    return batch.size();
  }

  @PreDestroy
  void close() {
    producer.close(Duration.ofSeconds(5));
  }

  private static Producer<String, String> createProducer(KafkaSettings kafka) {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
    p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
    p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
    p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10_000);
    p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
    p.put(ProducerConfig.CLIENT_ID_CONFIG, "survey-outbox-relay");
    return new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
  }

  /** A send was not acknowledged: the batch stays in the outbox. */
  static final class PublishFailedException extends RuntimeException {
    PublishFailedException(Exception cause) {
      super("Kafka did not acknowledge the batch: " + cause.getMessage(), cause);
    }
  }
}
