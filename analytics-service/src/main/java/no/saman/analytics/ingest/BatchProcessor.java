package no.saman.analytics.ingest;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import no.saman.analytics.ingest.IngestMetrics.Outcome;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns one polled batch into one transaction: decodes every record, stores the accepted ones
 * together and hands back the rest; if the batch fails because of one record's data, it finds that
 * record by storing the batch one record at a time.
 */
@Singleton
class BatchProcessor {

  private static final Logger LOG = LoggerFactory.getLogger(BatchProcessor.class);

  private final EventDecoder decoder;
  private final IngestWriter writer;
  private final IngestMetrics metrics;

  BatchProcessor(EventDecoder decoder, IngestWriter writer, IngestMetrics metrics) {
    this.decoder = decoder;
    this.writer = writer;
    this.metrics = metrics;
  }

  private record Pending(ConsumerRecord<byte[], byte[]> record, IngestEvent event) {}

  /**
   * Stores the batch; returns normally only when it is durable.
   *
   * @return the records that cannot be used, with why: the caller dead-letters them
   * @throws TransientFailure when the database failed for a reason that may pass
   */
  List<DeadLetters.Letter> store(Iterable<ConsumerRecord<byte[], byte[]>> records)
      throws TransientFailure {
    return store(records, IngestWriter.Counting.IN_BATCH);
  }

  /**
   * Stores the batch as {@link #store(Iterable)} does, its responses counted as {@code counting}
   * says.
   */
  List<DeadLetters.Letter> store(
      Iterable<ConsumerRecord<byte[], byte[]>> records, IngestWriter.Counting counting)
      throws TransientFailure {
    List<Pending> accepted = new ArrayList<>();
    List<DeadLetters.Letter> letters = new ArrayList<>();
    for (ConsumerRecord<byte[], byte[]> record : records) {
      Decoded decoded = decoder.decode(record);
      if (decoded instanceof Decoded.Accepted a) {
        accepted.add(new Pending(record, a.event()));
      } else if (decoded instanceof Decoded.Rejected r) {
        letters.add(new DeadLetters.Letter(record, r.reason()));
      } else {
        metrics.count(record.topic(), Outcome.SKIPPED, 1);
      }
    }
    store(accepted, letters, counting);
    return letters;
  }

  private void store(
      List<Pending> accepted, List<DeadLetters.Letter> letters, IngestWriter.Counting counting)
      throws TransientFailure {
    if (accepted.isEmpty()) {
      return;
    }
    try {
      count(accepted, writer.apply(accepted.stream().map(Pending::event).toList(), counting));
    } catch (RuntimeException batchFailure) {
      if (FailureKind.of(batchFailure) == FailureKind.TRANSIENT) {
        throw new TransientFailure(batchFailure);
      }
      LOG.warn("A record broke its batch; storing the batch one record at a time", batchFailure);
      for (Pending pending : accepted) {
        storeAlone(pending, letters, counting);
      }
    }
  }

  private void storeAlone(
      Pending pending, List<DeadLetters.Letter> letters, IngestWriter.Counting counting)
      throws TransientFailure {
    try {
      count(List.of(pending), writer.apply(List.of(pending.event()), counting));
    } catch (RuntimeException failure) {
      if (FailureKind.of(failure) == FailureKind.TRANSIENT) {
        throw new TransientFailure(failure);
      }
      letters.add(new DeadLetters.Letter(pending.record(), "cannot be stored: " + failure));
    }
  }

  private void count(List<Pending> stored, int duplicates) {
    metrics.count(ResponseEvent.TOPIC, Outcome.DUPLICATE, duplicates);
    for (Pending pending : stored) {
      if (!(pending.event() instanceof ResponseEvent)) {
        metrics.count(pending.record().topic(), Outcome.APPLIED, 1);
      }
    }
    long responses = stored.stream().filter(p -> p.event() instanceof ResponseEvent).count();
    metrics.count(ResponseEvent.TOPIC, Outcome.APPLIED, responses - duplicates);
  }
}
