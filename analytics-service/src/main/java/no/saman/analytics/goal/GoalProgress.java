package no.saman.analytics.goal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A goal's progress over its measurements (domain §4, gevinstrealisering): progress = (current −
 * baseline) / (target − baseline), so 0 at the baseline and 1 at the target whichever way the
 * target lies; elapsed = the share of the time from the baseline to the deadline that has passed at
 * the measurement, between 0 and 1. A measurement is achieved when progress ≥ 1, on track when
 * progress ≥ elapsed (at least as far as a straight line from baseline to target would be by then),
 * behind otherwise, and without data when its figure may not be shown or does not exist. The goal's
 * status is that of its latest measurement with data.
 */
public final class GoalProgress {

  /** A measurement's standing against the straight line to the target. */
  public enum Status {
    ACHIEVED,
    ON_TRACK,
    BEHIND,
    NO_DATA;

    public String wireName() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * One wave's (or period's) figure.
   *
   * @param value null when it may not be shown or does not exist
   */
  public record Measurement(String label, LocalDate date, Double value) {}

  /**
   * A measurement judged against the goal.
   *
   * @param progress null without a value
   */
  public record Step(
      String label, LocalDate date, Double value, Double progress, double elapsed, Status status) {}

  private GoalProgress() {}

  /**
   * @param start when the baseline was measured
   * @param measurements after the baseline, oldest first
   */
  public static List<Step> of(
      double baseline,
      double target,
      LocalDate start,
      LocalDate deadline,
      List<Measurement> measurements) {
    if (target == baseline) {
      throw new IllegalArgumentException("the target must differ from the baseline");
    }
    long span = Math.max(1, ChronoUnit.DAYS.between(start, deadline));
    List<Step> steps = new ArrayList<>();
    for (Measurement m : measurements) {
      double elapsed = clamp(ChronoUnit.DAYS.between(start, m.date()) / (double) span);
      if (m.value() == null) {
        steps.add(new Step(m.label(), m.date(), null, null, elapsed, Status.NO_DATA));
        continue;
      }
      double progress = (m.value() - baseline) / (target - baseline);
      Status status =
          progress >= 1 ? Status.ACHIEVED : progress >= elapsed ? Status.ON_TRACK : Status.BEHIND;
      steps.add(new Step(m.label(), m.date(), m.value(), progress, elapsed, status));
    }
    return steps;
  }

  /** The goal's status: its latest measurement's with data, no data when there is none. */
  public static Status status(List<Step> steps) {
    for (int i = steps.size() - 1; i >= 0; i--) {
      if (steps.get(i).status() != Status.NO_DATA) {
        return steps.get(i).status();
      }
    }
    return Status.NO_DATA;
  }

  private static double clamp(double share) {
    return Math.max(0, Math.min(1, share));
  }
}
