package no.saman.analytics.rebuild;

import java.io.PrintStream;
import java.time.Duration;
import no.saman.analytics.ingest.Replay;

/**
 * Shows how far a replay has come on one line (rewritten in place on a terminal, a new line every
 * few seconds otherwise): events done of the total, percent, rate and the time left.
 */
final class ProgressLine implements Replay.Progress {

  private static final Duration TERMINAL_EVERY = Duration.ofMillis(250);
  private static final Duration LOG_EVERY = Duration.ofSeconds(5);

  private final PrintStream out;
  private final boolean terminal;
  private final long started = System.nanoTime();
  private String phase;
  private long phaseStarted;
  private long lastPrinted;

  ProgressLine(PrintStream out, boolean terminal) {
    this.out = out;
    this.terminal = terminal;
  }

  @Override
  public void update(String phase, long done, long total) {
    long now = System.nanoTime();
    boolean newPhase = !phase.equals(this.phase);
    if (newPhase) {
      if (this.phase != null && terminal) {
        out.println();
      }
      this.phase = phase;
      phaseStarted = now;
    }
    long every = (terminal ? TERMINAL_EVERY : LOG_EVERY).toNanos();
    if (!newPhase && done < total && now - lastPrinted < every) {
      return;
    }
    lastPrinted = now;
    String line = describe(phase, done, total, (now - phaseStarted) / 1e9);
    if (terminal) {
      out.print("\r" + line + "   ");
    } else {
      out.println(line);
    }
    out.flush();
  }

  /** Ends the display with the whole replay's time. */
  void finish(long events, long rejected) {
    if (terminal) {
      out.println();
    }
    out.printf(
        "Replayed %,d events (%,d unusable) in %.1f s%n",
        events, rejected, (System.nanoTime() - started) / 1e9);
  }

  static String describe(String phase, long done, long total, double seconds) {
    double rate = seconds > 0 ? done / seconds : 0;
    String percent = total == 0 ? "100" : String.valueOf(done * 100 / total);
    String left =
        rate > 0 && done < total ? String.format(", %.0f s left", (total - done) / rate) : "";
    return String.format(
        "%s: %,d / %,d events (%s %%), %,.0f events/s%s", phase, done, total, percent, rate, left);
  }
}
