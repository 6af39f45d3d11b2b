package no.saman.analytics.ingest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;

/**
 * Counts what consumption did, for /metrics and for the tests that must know an event was seen
 * without sleeping.
 */
@Singleton
public class IngestMetrics {

  public static final String EVENTS = "analytics.ingest.events";
  public static final String RETRIES = "analytics.ingest.retries";

  private final MeterRegistry registry;
  private final Counter retries;

  IngestMetrics(MeterRegistry registry) {
    this.registry = registry;
    this.retries = registry.counter(RETRIES);
  }

  /** Outcomes of a consumed record. */
  public enum Outcome {
    APPLIED,
    DUPLICATE,
    DEAD_LETTERED,
    SKIPPED;

    public String tag() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  void count(String topic, Outcome outcome, long amount) {
    if (amount > 0) {
      counter(registry, topic, outcome).increment(amount);
    }
  }

  void retry() {
    retries.increment();
  }

  /** The counter of one topic and outcome. */
  public static Counter counter(MeterRegistry registry, String topic, Outcome outcome) {
    return registry.counter(EVENTS, "topic", topic, "outcome", outcome.tag());
  }
}
