package no.saman.reports.group;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import no.saman.reports.format.IndicatorFormat;
import org.junit.jupiter.api.Test;

class HeatMapTest {

  @Test
  void shouldColourHigherAsBetterWhereHigherIsGood() {
    assertThat(
            HeatMap.levels(
                IndicatorFormat.byId("avg_position_size"),
                71.05,
                Arrays.asList(58.51, 66.2, 74.8, 84.6, null)))
        .containsExactly(-2, -1, 1, 2, null);
  }

  @Test
  void shouldColourLowerAsBetterForSickLeaveAndWantingMore() {
    assertThat(
            HeatMap.levels(
                IndicatorFormat.byId("sick_leave_pct"), 7.7, Arrays.asList(8.6, 7.4, 6.9)))
        .containsExactly(-2, 1, 2);
  }

  @Test
  void shouldLeaveNearlyEqualValuesUncolouredInsteadOfMagnifyingThem() {
    assertThat(
            HeatMap.levels(
                IndicatorFormat.byId("wants_larger_share"), 0.42, Arrays.asList(0.42, 0.43, 0.41)))
        .containsExactly(0, 0, 0);
  }

  @Test
  void shouldNotColourIndicatorsWithoutADirectionOrWithoutAReference() {
    assertThat(HeatMap.levels(IndicatorFormat.byId("hidden_fte"), 31.4, Arrays.asList(5.3, 7.9)))
        .containsExactly(null, null);
    assertThat(HeatMap.levels(IndicatorFormat.byId("full_time_share"), null, Arrays.asList(0.1)))
        .containsExactly((Integer) null);
  }
}
