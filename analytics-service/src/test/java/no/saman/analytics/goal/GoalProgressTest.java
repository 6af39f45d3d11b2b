package no.saman.analytics.goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import no.saman.analytics.goal.GoalProgress.Measurement;
import no.saman.analytics.goal.GoalProgress.Status;
import no.saman.analytics.goal.GoalProgress.Step;
import org.junit.jupiter.api.Test;

/** Fræna's published goals (domain §4) followed over hand-made waves. */
class GoalProgressTest {

  private static final LocalDate START = LocalDate.of(2012, 1, 1);
  private static final LocalDate DEADLINE = LocalDate.of(2016, 1, 1);

  @Test
  void shouldPutAvgPositionSizeOnTrackWhenAheadOfTheStraightLine() {
    // 71.05 → 75: 72.9 after a year is (72.9 − 71.05) / 3.95 = 0.468 of the way, a quarter of the
    // time gone.
    List<Step> steps =
        GoalProgress.of(
            71.05,
            75,
            START,
            DEADLINE,
            List.of(new Measurement("2013-autumn", LocalDate.of(2013, 1, 1), 72.9)));

    Step step = steps.get(0);
    assertThat(step.progress()).isCloseTo(1.85 / 3.95, within(1e-9));
    assertThat(step.elapsed()).isCloseTo(366 / 1461.0, within(1e-9));
    assertThat(step.status()).isEqualTo(Status.ON_TRACK);
  }

  @Test
  void shouldMeasureProgressTowardsALowerTargetAsPositiveAndFallBehind() {
    // wants_larger_share 42 % → at most 20 %: 35 % halfway through is 0.32 of the way.
    List<Step> steps =
        GoalProgress.of(
            0.42,
            0.20,
            START,
            DEADLINE,
            List.of(
                new Measurement("2014-spring", LocalDate.of(2014, 1, 1), 0.35),
                new Measurement("2015-spring", LocalDate.of(2015, 1, 1), null)));

    assertThat(steps.get(0).progress()).isCloseTo(0.07 / 0.22, within(1e-9));
    assertThat(steps.get(0).status()).isEqualTo(Status.BEHIND);
    assertThat(steps.get(1).status()).isEqualTo(Status.NO_DATA);
    assertThat(GoalProgress.status(steps)).as("the latest with data").isEqualTo(Status.BEHIND);
  }

  @Test
  void shouldCallAGoalReachedAchievedEvenBeforeItsDeadlineAndCapElapsedTime() {
    List<Step> steps =
        GoalProgress.of(
            9.2,
            6.9,
            START,
            DEADLINE,
            List.of(new Measurement("2017Q1", LocalDate.of(2017, 3, 31), 6.5)));

    assertThat(steps.get(0).status()).isEqualTo(Status.ACHIEVED);
    assertThat(steps.get(0).elapsed()).isEqualTo(1.0);
    assertThat(GoalProgress.status(List.of())).isEqualTo(Status.NO_DATA);
  }
}
