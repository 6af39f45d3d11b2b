package no.saman.reports.goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class GoalTest {

  private final Goal fraena =
      new Goal("avg_position_size", "2012-baseline", 71.05, 75.0, "2015", List.of());
  private final Goal wantingMore =
      new Goal("wants_larger_share", "2012-baseline", 0.42, 0.20, "2015", List.of());

  @Test
  void shouldMeasureProgressFromBaselineTowardsTarget() {
    assertThat(fraena.progress(71.05)).isZero();
    assertThat(fraena.progress(75.0)).isEqualTo(1.0);
    assertThat(fraena.progress(73.025)).isCloseTo(0.5, within(1e-9));
  }

  @Test
  void shouldMeasureProgressOfAGoalToGoDown() {
    assertThat(wantingMore.progress(0.31)).isCloseTo(0.5, within(1e-9));
    assertThat(wantingMore.progress(0.45)).isNegative();
  }

  @Test
  void shouldHaveNoProgressWithoutAValueOrADistance() {
    assertThat(fraena.progress(null)).isNull();
    assertThat(new Goal("hidden_fte", "w", 3, 3, null, null).progress(4.0)).isNull();
  }
}
