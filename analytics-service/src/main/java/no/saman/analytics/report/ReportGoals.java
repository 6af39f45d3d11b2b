package no.saman.analytics.report;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.saman.analytics.goal.GoalView;
import no.saman.reports.goal.Goal;
import no.saman.reports.goal.GoalAction;
import no.saman.reports.goal.GoalMeasurement;
import no.saman.reports.goal.GoalStatus;

/**
 * A goal as GET /api/goals shows it, as the reports print it: its measurements up to the report's
 * wave, each with the value and status the API gives, and none for a group the report shows as
 * suppressed in that wave.
 */
final class ReportGoals {

  private ReportGoals() {}

  /**
   * @param goals the goals of one group, as the API shows them
   * @param wave the report's wave
   * @param until the last date of the report's wave; later measurements are left out, null for none
   * @param suppressed whether the report shows the goals' group as suppressed in {@code wave}
   * @return the goals the reports can print, in the API's order
   */
  static List<Goal> of(
      List<GoalView> goals, String wave, @Nullable LocalDate until, boolean suppressed) {
    List<Goal> printable = new ArrayList<>();
    for (GoalView goal : goals) {
      if (!KeyIndicators.printable(goal.indicator())) {
        continue;
      }
      List<GoalMeasurement> measurements = new ArrayList<>();
      for (GoalView.StepView step : goal.progress()) {
        if (until != null && LocalDate.parse(step.date()).isAfter(until)) {
          continue;
        }
        boolean hidden = step.value() == null || (suppressed && step.wave().equals(wave));
        measurements.add(
            hidden
                ? new GoalMeasurement(step.wave(), null, null, step.date())
                : new GoalMeasurement(
                    step.wave(), step.value(), status(step.status()), step.date()));
      }
      printable.add(
          new Goal(
              goal.indicator(),
              goal.baselineWave(),
              goal.baseline(),
              goal.target(),
              goal.deadline(),
              measurements,
              actions(goal),
              goal.baselineDate()));
    }
    return printable;
  }

  /** The goal's measures as the reports list them. */
  private static List<GoalAction> actions(GoalView goal) {
    if (goal.measures() == null) {
      return List.of();
    }
    return goal.measures().stream()
        .map(
            m ->
                new GoalAction(
                    m.title(),
                    m.owner(),
                    m.status(),
                    m.starts(),
                    m.ends(),
                    m.partners().stream().map(p -> p.role()).toList(),
                    m.partners().stream().map(p -> p.name()).toList(),
                    (int)
                        m.milestones().stream().filter(x -> Boolean.TRUE.equals(x.done())).count(),
                    m.milestones().size()))
        .toList();
  }

  /** The API's status of a measurement with a value: achieved, on_track or behind. */
  private static GoalStatus status(String status) {
    return switch (status) {
      case "achieved" -> GoalStatus.REACHED;
      case "on_track" -> GoalStatus.ON_TRACK;
      case "behind" -> GoalStatus.BEHIND;
      default -> null;
    };
  }
}
