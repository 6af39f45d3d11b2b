package no.saman.analytics.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import no.saman.analytics.goal.GoalView;
import no.saman.analytics.goal.GoalView.StepView;
import no.saman.reports.goal.Goal;
import no.saman.reports.goal.GoalMeasurement;
import no.saman.reports.goal.GoalStatus;
import org.junit.jupiter.api.Test;

class ReportGoalsTest {

  private static final GoalView POSITION_SIZE =
      new GoalView(
          1,
          "1551",
          "1551-PLO-INST",
          "avg_position_size",
          60.28,
          "2026-baseline",
          "2026-02-02",
          75,
          "2028-12-31",
          List.of(
              new StepView("2026-spring", "2026-05-04", 61.0, 0.05, 0.06, "behind"),
              new StepView("2026-summer", "2026-06-01", null, null, 0.09, "no_data"),
              new StepView("2026-autumn", "2026-09-07", 66.0, 0.39, 0.18, "on_track"),
              new StepView("2027-spring", "2027-03-01", 75.5, 1.03, 0.5, "achieved")),
          "achieved",
          List.of());

  @Test
  void shouldKeepTheApisValuesAndStatusesUpToTheReportsWave() {
    List<Goal> goals =
        ReportGoals.of(List.of(POSITION_SIZE), "2026-autumn", LocalDate.of(2026, 10, 5), false);

    assertThat(goals).hasSize(1);
    Goal goal = goals.get(0);
    assertThat(goal.baselineValue()).isEqualTo(60.28);
    assertThat(goal.targetValue()).isEqualTo(75);
    assertThat(goal.deadline()).isEqualTo("2028-12-31");
    assertThat(goal.baselineDate()).isEqualTo("2026-02-02");
    assertThat(goal.measurements())
        .containsExactly(
            new GoalMeasurement("2026-spring", 61.0, GoalStatus.BEHIND, "2026-05-04"),
            new GoalMeasurement("2026-summer", null, null, "2026-06-01"),
            new GoalMeasurement("2026-autumn", 66.0, GoalStatus.ON_TRACK, "2026-09-07"));
  }

  @Test
  void shouldPrintAReachedGoalAsReached() {
    List<Goal> goals = ReportGoals.of(List.of(POSITION_SIZE), "2027-spring", null, false);

    assertThat(goals.get(0).measurements())
        .last()
        .isEqualTo(new GoalMeasurement("2027-spring", 75.5, GoalStatus.REACHED, "2027-03-01"));
  }

  @Test
  void shouldShowNoValueInTheWaveTheReportShowsItsGroupSuppressed() {
    List<Goal> goals =
        ReportGoals.of(List.of(POSITION_SIZE), "2026-autumn", LocalDate.of(2026, 10, 5), true);

    assertThat(goals.get(0).measurements())
        .contains(new GoalMeasurement("2026-autumn", null, null, "2026-09-07"))
        .contains(new GoalMeasurement("2026-spring", 61.0, GoalStatus.BEHIND, "2026-05-04"));
  }

  @Test
  void shouldLeaveOutGoalsOfIndicatorsTheReportsCannotPrint() {
    GoalView alpha =
        new GoalView(
            2,
            "1551",
            null,
            "mastery_leadership_index_alpha",
            0.6,
            "2026-baseline",
            "2026-02-02",
            0.8,
            "2028-12-31",
            List.of(),
            "no_data",
            List.of());

    assertThat(ReportGoals.of(List.of(alpha, POSITION_SIZE), "2026-autumn", null, false))
        .extracting(Goal::indicatorId)
        .containsExactly("avg_position_size");
  }
}
