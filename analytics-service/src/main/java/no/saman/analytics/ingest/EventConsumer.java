package no.saman.analytics.ingest;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Reads the survey topics for as long as the application runs, with {@code
 * analytics.consumer.threads} members of the consumer group in this instance, each on a thread of
 * its own: the group splits the partitions between them as between instances, so that one member's
 * database round trips overlap another's decoding and merging.
 */
@Singleton
@Requires(property = "analytics.consumer.enabled", notEquals = "false")
class EventConsumer {

  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(15);

  /** What every member works with. */
  record Parts(
      KafkaProperties properties,
      BatchProcessor processor,
      DeadLetters deadLetters,
      IngestMetrics metrics,
      ConsumerState state,
      ConsumerSettings settings) {}

  private final Parts parts;
  private final int threads;
  private final CountDownLatch stopping = new CountDownLatch(1);
  private final List<ConsumerLoop> loops = new ArrayList<>();
  private final List<Thread> running = new ArrayList<>();

  EventConsumer(
      KafkaProperties properties,
      BatchProcessor processor,
      DeadLetters deadLetters,
      IngestMetrics metrics,
      ConsumerState state,
      ConsumerSettings settings,
      @Value("${analytics.consumer.threads:2}") int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("analytics.consumer.threads must be at least 1");
    }
    this.parts = new Parts(properties, processor, deadLetters, metrics, state, settings);
    this.threads = threads;
  }

  @EventListener
  void onStartup(StartupEvent event) {
    for (int i = 1; i <= threads; i++) {
      ConsumerLoop loop = new ConsumerLoop(clientId(i), parts, stopping);
      Thread thread = new Thread(loop, "analytics-consumer-" + i);
      loops.add(loop);
      running.add(thread);
      thread.start();
    }
  }

  /**
   * Names the member after its process and thread, {@code <group>-<pid>-consumer-<n>}: the group's
   * description then tells which instance owns which partitions.
   */
  private String clientId(int thread) {
    return parts.properties().groupId()
        + "-"
        + ProcessHandle.current().pid()
        + "-consumer-"
        + thread;
  }

  @PreDestroy
  void stop() throws InterruptedException {
    stopping.countDown();
    loops.forEach(ConsumerLoop::wakeup);
    long deadline = System.nanoTime() + STOP_TIMEOUT.toNanos();
    for (Thread thread : running) {
      thread.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
    }
  }
}
