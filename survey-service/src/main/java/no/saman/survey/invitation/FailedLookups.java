package no.saman.survey.invitation;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts unknown-link lookups per client address in fixed one-minute windows, in memory only: the
 * address is never stored with a response and is forgotten when its window ends.
 */
final class FailedLookups {

  static final long WINDOW_MILLIS = 60_000;

  /** Beyond this many tracked addresses, ended windows are swept before a new one is added. */
  private static final int SWEEP_ABOVE = 10_000;

  private record Window(long start, int failures) {}

  private final Map<String, Window> windows = new ConcurrentHashMap<>();
  private final int maxFailures;
  private final Clock clock;

  FailedLookups(int maxFailures, Clock clock) {
    this.maxFailures = maxFailures;
    this.clock = clock;
  }

  /** Milliseconds until {@code address} may look up links again; 0 when it may now. */
  long blockedFor(String address) {
    Window w = windows.get(address);
    long now = clock.millis();
    if (w == null || now - w.start() >= WINDOW_MILLIS || w.failures() < maxFailures) {
      return 0;
    }
    return WINDOW_MILLIS - (now - w.start());
  }

  void recordFailure(String address) {
    long now = clock.millis();
    if (windows.size() > SWEEP_ABOVE) {
      windows.values().removeIf(w -> now - w.start() >= WINDOW_MILLIS);
    }
    windows.merge(
        address,
        new Window(now, 1),
        (old, one) ->
            now - old.start() >= WINDOW_MILLIS ? one : new Window(old.start(), old.failures() + 1));
  }
}
