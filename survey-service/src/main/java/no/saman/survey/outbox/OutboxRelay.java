package no.saman.survey.outbox;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Provider;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The background thread that drains the outbox to Kafka: woken when a transaction with new events
 * commits, polling otherwise, backing off exponentially while Kafka or the database is unavailable.
 */
@Context
public class OutboxRelay implements ApplicationEventListener<ServerStartupEvent> {

  private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);

  private final Provider<OutboxPublisher> publisher;
  private final OutboxSettings settings;
  private final Semaphore wakeUps = new Semaphore(0);
  private volatile boolean running;
  private Thread thread;

  public OutboxRelay(Provider<OutboxPublisher> publisher, OutboxSettings settings) {
    this.publisher = publisher;
    this.settings = settings;
  }

  @Override
  public synchronized void onApplicationEvent(ServerStartupEvent event) {
    if (thread == null) {
      running = true;
      thread = new Thread(this::run, "outbox-relay");
      thread.setDaemon(true);
      thread.start();
    }
  }

  /** Wakes the relay, e.g. after a transaction with new events has committed. */
  public void wakeUp() {
    wakeUps.release();
  }

  @PreDestroy
  synchronized void stop() throws InterruptedException {
    running = false;
    if (thread != null) {
      thread.interrupt();
      thread.join(5_000);
    }
  }

  private void run() {
    Duration backoff = Duration.ZERO;
    while (running) {
      try {
        int published = publisher.get().publishBatch();
        backoff = Duration.ZERO;
        if (published == 0) {
          wakeUps.tryAcquire(settings.idlePoll().toMillis(), TimeUnit.MILLISECONDS);
          wakeUps.drainPermits();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        backoff = nextBackoff(backoff);
        LOG.warn("Outbox not published, retrying in {} ms: {}", backoff.toMillis(), e.getMessage());
        if (!sleep(backoff)) {
          return;
        }
      }
    }
  }

  private Duration nextBackoff(Duration current) {
    Duration next = current.isZero() ? Duration.ofMillis(100) : current.multipliedBy(2);
    return next.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : next;
  }

  private static boolean sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
