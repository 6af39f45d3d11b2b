package no.saman.infra.bench;

import java.util.ArrayList;
import java.util.List;
import no.saman.infra.demo.JsonHttp;

/**
 * How long after its 201 each response was counted in analytics: a thread polls the round's
 * response count while responses come in; the k-th 201 counts as seen at the first poll that showed
 * at least k responses.
 */
final class Freshness implements AutoCloseable {

  private static final long POLL_MILLIS = 50;

  private final JsonHttp results;
  private final String round;
  private final List<long[]> polls = new ArrayList<>();
  private final Thread poller;
  private volatile boolean running = true;
  private volatile int target = Integer.MAX_VALUE;

  Freshness(JsonHttp results, String round) {
    this.results = results;
    this.round = round;
    this.poller = new Thread(this::poll, "freshness-poller");
    poller.setDaemon(true);
    poller.start();
  }

  private void poll() {
    while (running) {
      long at = System.nanoTime();
      JsonHttp.Reply reply = results.get("/api/rounds/" + round + "/results");
      int counted = reply.status() == 200 ? reply.json().path("responses").asInt() : 0;
      synchronized (polls) {
        polls.add(new long[] {at, counted});
      }
      if (counted >= target) {
        return;
      }
      try {
        Thread.sleep(POLL_MILLIS);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /**
   * Waits until analytics counts every accepted response (at most {@code timeoutMillis}) and gives
   * the delay of each 201, in nanoseconds; a response never counted gets the whole wait.
   */
  long[] delays(long[] acceptedAt, long timeoutMillis) throws InterruptedException {
    target = acceptedAt.length;
    poller.join(timeoutMillis);
    running = false;
    poller.interrupt();
    long[] delays = new long[acceptedAt.length];
    long now = System.nanoTime();
    synchronized (polls) {
      int p = 0;
      for (int k = 0; k < acceptedAt.length; k++) {
        while (p < polls.size() && polls.get(p)[1] < k + 1) {
          p++;
        }
        long seen = p < polls.size() ? polls.get(p)[0] : now;
        delays[k] = Math.max(0, seen - acceptedAt[k]);
      }
    }
    return delays;
  }

  /** How many responses analytics counted at the last poll. */
  int lastCount() {
    synchronized (polls) {
      return polls.isEmpty() ? 0 : (int) polls.get(polls.size() - 1)[1];
    }
  }

  @Override
  public void close() {
    running = false;
    poller.interrupt();
  }

  static double p95Millis(long[] delays) {
    return Percentiles.of(delays).p95();
  }
}
