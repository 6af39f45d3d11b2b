package no.saman.reports.goal;

import java.util.List;
import no.saman.reports.format.IndicatorFormat;
import no.saman.reports.group.FiguresGuard;

/**
 * Refuses goals that would print a figure of a suppressed group: a wave without a value must have
 * no status either, and the current wave of a suppressed group must have no value.
 */
public final class GoalGuard {

  private GoalGuard() {}

  /**
   * @param goals the goals of one unit or municipality
   * @param currentWave the report's wave
   * @param suppressedNow whether the goals' group is suppressed in {@code currentWave}
   */
  public static void requireShowable(
      List<Goal> goals, String currentWave, boolean suppressedNow, String what) {
    FiguresGuard.requireElements(goals, what);
    for (Goal goal : goals) {
      FiguresGuard.require(goal.indicatorId(), what + ".indicatorId");
      IndicatorFormat.byId(goal.indicatorId());
      FiguresGuard.require(goal.baselineWave(), what + ".baselineWave");
      FiguresGuard.requireElements(goal.measurements(), what + ".measurements");
      for (GoalMeasurement measurement : goal.measurements()) {
        FiguresGuard.require(measurement.wave(), what + ".measurements.wave");
        if (measurement.value() == null && measurement.status() != null) {
          throw new IllegalArgumentException(
              what + ": a suppressed measurement (" + measurement.wave() + ") has a status");
        }
        if (suppressedNow
            && measurement.wave().equals(currentWave)
            && measurement.value() != null) {
          throw new IllegalArgumentException(
              what + " is suppressed in " + currentWave + " but its goal carries a value");
        }
      }
    }
  }
}
