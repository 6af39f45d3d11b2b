package no.saman.analytics.ingest;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * What this instance's consumer has done lately, for {@code /api/status}: the broker time of the
 * newest event it has stored and how many records it has dead-lettered since it started.
 */
@Singleton
public class ConsumerState {

  private final AtomicReference<Instant> lastEventTime = new AtomicReference<>();
  private final AtomicLong deadLettered = new AtomicLong();

  void stored(Iterable<ConsumerRecord<byte[], byte[]>> records) {
    for (ConsumerRecord<byte[], byte[]> r : records) {
      Instant time = Instant.ofEpochMilli(r.timestamp());
      lastEventTime.accumulateAndGet(time, (a, b) -> a == null || b.isAfter(a) ? b : a);
    }
  }

  void deadLettered(long count) {
    deadLettered.addAndGet(count);
  }

  /** The broker timestamp of the newest event stored by this instance, null before the first. */
  public Instant lastEventTime() {
    return lastEventTime.get();
  }

  /** Records dead-lettered by this instance since it started. */
  public long deadLetteredSinceStart() {
    return deadLettered.get();
  }
}
