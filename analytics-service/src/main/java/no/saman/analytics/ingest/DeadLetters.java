package no.saman.analytics.ingest;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Sends records that cannot be used to {@code <topic>.dlt} with their original key, value and
 * headers plus why and where from, and waits for the broker to have them before their offsets are
 * committed.
 */
@Singleton
class DeadLetters implements AutoCloseable {

  static final String SUFFIX = ".dlt";
  static final String ERROR_HEADER = "dlt-error";
  static final String TOPIC_HEADER = "dlt-original-topic";
  static final String PARTITION_HEADER = "dlt-original-partition";
  static final String OFFSET_HEADER = "dlt-original-offset";
  private static final int MAX_REASON = 2000;

  private final KafkaProducer<byte[], byte[]> producer;

  DeadLetters(KafkaProperties properties) {
    this.producer =
        new KafkaProducer<>(
            Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                properties.bootstrapServers(),
                ProducerConfig.CLIENT_ID_CONFIG,
                properties.groupId() + "-dead-letters",
                ProducerConfig.ACKS_CONFIG,
                "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                true),
            new ByteArraySerializer(),
            new ByteArraySerializer());
  }

  /** One record to dead-letter and the reason. */
  record Letter(ConsumerRecord<byte[], byte[]> record, String reason) {}

  /** Sends every letter and returns once the broker has acknowledged them all. */
  void send(List<Letter> letters) throws ExecutionException, InterruptedException {
    List<Future<RecordMetadata>> sent = new ArrayList<>();
    for (Letter letter : letters) {
      sent.add(producer.send(toDeadLetter(letter)));
    }
    for (Future<RecordMetadata> future : sent) {
      future.get();
    }
  }

  private static ProducerRecord<byte[], byte[]> toDeadLetter(Letter letter) {
    ConsumerRecord<byte[], byte[]> r = letter.record();
    RecordHeaders headers = new RecordHeaders(r.headers().toArray());
    String reason = letter.reason();
    headers.add(
        ERROR_HEADER,
        utf8(reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) : reason));
    headers.add(TOPIC_HEADER, utf8(r.topic()));
    headers.add(PARTITION_HEADER, utf8(String.valueOf(r.partition())));
    headers.add(OFFSET_HEADER, utf8(String.valueOf(r.offset())));
    return new ProducerRecord<>(r.topic() + SUFFIX, null, r.key(), r.value(), headers);
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  @PreDestroy
  public void close() {
    producer.close();
  }
}
